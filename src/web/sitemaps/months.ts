// Calendar months in the site time zone: article sitemaps are cut by the month an article was
// published in, as the reader sees the date.
import type { Lang } from '../../domain/lang.js';
import { dayRange, isoDay } from '../../i18n/format.js';
import type { SitemapReader } from '../../store/sitemap.js';

export interface MonthStats {
  /** "2024-02" */
  month: string;
  count: number;
  lastmod: number;
}

/** "2024-02" for a real month in the years the site can show, else false. */
export function isValidMonth(month: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return false;
  const year = Number(m[1]);
  const mon = Number(m[2]);
  return year >= 1900 && year <= 2999 && mon >= 1 && mon <= 12;
}

export function monthOf(tz: string, ms: number): string {
  return isoDay(tz, ms).slice(0, 7);
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** [start, end) of a month in the time zone, as epoch milliseconds. */
export function monthRange(tz: string, month: string): { start: number; end: number } {
  return { start: dayRange(tz, `${month}-01`).start, end: dayRange(tz, `${nextMonth(month)}-01`).start };
}

/**
 * Months that have published articles, oldest first. Skips empty months with one index seek per
 * language, then reads each month's own range: work grows with the number of months, and each
 * month's range is read once.
 */
export async function monthsWithArticles(reader: SitemapReader, langs: readonly Lang[], tz: string, now: number): Promise<MonthStats[]> {
  const out: MonthStats[] = [];
  let cursor = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const firsts = (await Promise.all(langs.map((l) => reader.firstPublishedFrom(l, cursor, now)))).filter((t): t is number => t != null);
    if (!firsts.length) break;
    const month = monthOf(tz, Math.min(...firsts));
    const { start, end } = monthRange(tz, month);
    const stats = await reader.rangeStats(langs, start, end, now);
    if (stats.count > 0) out.push({ month, count: stats.count, lastmod: stats.lastmod! });
    if (end <= cursor) break; // cannot happen with a sane clock; never loop forever
    cursor = end;
  }
  return out;
}
