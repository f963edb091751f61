// The day windows of the statistics pages, in the site time zone, and the gap filling that turns
// sparse counter rows into one value per day (a day without views is a 0, never a missing point).
import { addDays } from '../../i18n/format.js';
import { dayNumber } from '../../web/components/chart-scale.js';

/** Lengths the site chart offers, in days (today included). */
export const CHART_PERIODS = [30, 90, 365] as const;
export type ChartPeriod = (typeof CHART_PERIODS)[number];

/** The top-stories windows: today alone, the last 7 days, the last 30 days (today included). */
export const TOP_WINDOWS = {
  today: { days: 1, label: 'Today' },
  week: { days: 7, label: 'This week' },
  month: { days: 30, label: 'This month' },
} as const;
export type TopWindow = keyof typeof TOP_WINDOWS;

/** An article's chart goes back to its publication, but no further than this. */
export const ARTICLE_CHART_MAX_DAYS = 365;

export interface DayRange {
  /** first day, YYYY-MM-DD, inclusive */
  from: string;
  /** last day, inclusive (today) */
  to: string;
}

/** The `days` days that end with `today` (inclusive). */
export function lastDays(today: string, days: number): DayRange {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** Number of calendar days from `from` to `to`, both included. */
export function daysIn(range: DayRange): number {
  return dayNumber(range.to) - dayNumber(range.from) + 1;
}

export interface DayValue {
  day: string;
  value: number;
}

/** One value per day of the range, oldest first: the given sums, 0 where there is none. */
export function fillDays(range: DayRange, sums: ReadonlyMap<string, number>): DayValue[] {
  const out: DayValue[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) out.push({ day, value: sums.get(day) ?? 0 });
  return out;
}

/** Reads a query parameter that must be one of `choices`; absent gives the default, anything else null. */
export function oneOf<T extends string | number>(value: unknown, choices: readonly T[], fallback: T): T | null {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string') return null; // repeated parameters arrive as arrays
  return choices.find((c) => String(c) === value) ?? null;
}
