// Dates and rates as the rates page writes them.
import type { Lang } from '../../../domain/lang.js';
import { formatAmount } from '../../../i18n/currencies.js';
import { formatLongDate } from '../../../i18n/format.js';

const noon = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 12);
};

/** "14 February 2024" for a YYYY-MM-DD date (a calendar date: no time zone involved). */
export function dateLabel(lang: Lang, date: string): string {
  return formatLongDate(lang, 'UTC', noon(date));
}

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', ky: 'ky-KG', en: 'en-GB' };
export function shortDate(lang: Lang, date: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(noon(date));
}

/** A per-unit rate: four decimals as the National Bank publishes them, six for tiny currencies. */
export function formatRate(lang: Lang, rate: number): string {
  return formatAmount(lang, rate, rate > 0 && rate < 0.01 ? 6 : 4);
}

export function direction(rate: number, previous: number | null): 'up' | 'down' | 'same' | 'none' {
  if (previous == null) return 'none';
  if (Math.abs(rate - previous) < 0.00005) return 'same';
  return rate > previous ? 'up' : 'down';
}
