// Dates, times and numbers as each language writes them, always in the site time zone.
// Intl gives most of it; where its output reads wrong for a news page we compose the parts ourselves.
import type { Lang } from '../domain/lang.js';

/** Intl locale per language: British English writes "14 February", as the agency does. */
const LOCALE: Record<Lang, string> = { ru: 'ru-RU', ky: 'ky-KG', en: 'en-GB' };

// Formatters by options object (the constants below), then by language and zone: building a key from
// the options at every call (JSON.stringify) cost more than the formatting on list pages.
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const ISO_DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
const ALL_FIELDS: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };

function fmt(lang: Lang, tz: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byZone = formatters.get(options);
  if (!byZone) formatters.set(options, (byZone = new Map()));
  const key = lang + '|' + tz;
  let f = byZone.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: tz, ...options });
    byZone.set(key, f);
  }
  return f;
}

function parts(lang: Lang, tz: string, ms: number, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of fmt(lang, tz, options).formatToParts(ms)) out[p.type] = p.value;
  return out;
}

/** A formatted value kept by key (a bounded map: emptied when it reaches 20 000 entries). */
function remembered(cache: Map<string, string>, key: string, format: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = format();
    if (cache.size >= 20_000) cache.clear();
    cache.set(key, value);
  }
  return value;
}

const timeCache = new Map<string, string>();

/** "14:35" (the same digits in every language; cached per minute, as feeds repeat the same times) */
export function formatTime(lang: Lang, tz: string, ms: number): string {
  return remembered(timeCache, `${tz}|${Math.floor(ms / 60_000)}`, () => {
    const p = parts(lang, tz, ms, TIME);
    return `${p.hour}:${p.minute}`;
  });
}

/** "14 February" / "14 февраля" / "14-февраль" */
export function formatDayMonth(lang: Lang, tz: string, ms: number): string {
  return fmt(lang, tz, DAY_MONTH).format(ms);
}

/** "Wednesday" / "среда" / "шаршемби" */
export function formatWeekday(lang: Lang, tz: string, ms: number): string {
  return fmt(lang, tz, WEEKDAY).format(ms);
}

/** Day heading of the feed: "14 February, Wednesday" / "14 февраля, среда" / "14-февраль, шаршемби" */
export function formatDayHeading(lang: Lang, tz: string, ms: number): string {
  return `${formatDayMonth(lang, tz, ms)}, ${formatWeekday(lang, tz, ms)}`;
}

/** "14 February 2024" / "14 февраля 2024" / "14-февраль, 2024" (Intl adds "г." and "-ж." that read as forms). */
export function formatLongDate(lang: Lang, tz: string, ms: number): string {
  const p = parts(lang, tz, ms, YEAR);
  const dm = formatDayMonth(lang, tz, ms);
  return lang === 'ky' ? `${dm}, ${p.year}` : `${dm} ${p.year}`;
}

/** Dateline in agency style: "14:35, 14 February 2024, Bishkek – by Aigerim SADYKOVA" */
export function formatDateline(lang: Lang, tz: string, ms: number, place: string | null, byline: string, authors: string[]): string {
  let out = `${formatTime(lang, tz, ms)}, ${formatLongDate(lang, tz, ms)}`;
  if (place) out += `, ${place}`;
  if (authors.length) out += ` – ${byline} ${authors.join(', ')}`;
  return out;
}

/** The calendar year in the time zone. */
export function yearOf(tz: string, ms: number): number {
  return Number(parts('en', tz, ms, YEAR).year);
}

/** ISO calendar date in the site time zone: "2024-02-14" */
export function isoDay(tz: string, ms: number): string {
  // Every zone's offset has been a multiple of 15 minutes since 1972, so the date cannot change inside
  // a quarter hour counted from the epoch: one Intl call per quarter hour, not one per headline.
  return remembered(dayCache, tz + '|' + Math.floor(ms / QUARTER_HOUR_MS), () => {
    const p = parts('en', tz, ms, ISO_DAY);
    return `${p.year}-${p.month}-${p.day}`;
  });
}

const QUARTER_HOUR_MS = 15 * 60_000;
const dayCache = new Map<string, string>();

/** Offset of the time zone from UTC at the given instant, in milliseconds. */
function tzOffset(tz: string, ms: number): number {
  const p = parts('en', tz, ms, ALL_FIELDS);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) starts in the time zone, and the next day's start. */
export function dayRange(tz: string, day: string): { start: number; end: number } {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const start = guess - tzOffset(tz, guess - tzOffset(tz, guess));
  const nextGuess = Date.UTC(y, m - 1, d + 1);
  const end = nextGuess - tzOffset(tz, nextGuess - tzOffset(tz, nextGuess));
  return { start, end };
}

/** Adds days to a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function addDays(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
}

/** A real calendar date in YYYY-MM-DD form (rejects 2024-02-30). */
export function isValidIsoDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2999 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const numberCache = new Map<string, Intl.NumberFormat>();
/** Number with a fixed count of decimals: "89.43" / "89,43" */
export function formatDecimal(lang: Lang, value: number, decimals = 2): string {
  const key = `${lang}|${decimals}`;
  let f = numberCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    numberCache.set(key, f);
  }
  return f.format(value);
}

/** Whole numbers with the language's grouping: "1,234" / "1 234" */
export function formatInteger(lang: Lang, value: number): string {
  const key = `${lang}|int`;
  let f = numberCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 });
    numberCache.set(key, f);
  }
  return f.format(value);
}
