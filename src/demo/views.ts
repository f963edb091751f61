// Demo view history: each published demo article's stored total (view_count) spread over the hours
// since it was published — most readers in the first day, fewer at night — and written as the daily
// counters (site time zone) and, for the last 8 days, the hourly ones. Sums match view_count exactly,
// so Popular and the newsroom's charts agree with the pages. Deterministic: no randomness at all.
import type { Kysely, Transaction } from 'kysely';
import { HOURLY_KEEP_MS } from '../audience/views/counter.js';
import { HOUR_MS } from '../audience/views/buffer.js';
import type { Lang } from '../domain/lang.js';
import { isoDay } from '../i18n/format.js';
import type { Database } from '../store/schema.js';

export interface DemoViewedArticle {
  id: number;
  lang: Lang;
  publishedAt: number;
  viewCount: number;
}

/** Interest halves about every ten hours after publishing. */
const DECAY_HOURS = 14;
/** Share of readers by local hour: quiet nights, busy days. */
const BY_LOCAL_HOUR = [0.2, 0.12, 0.08, 0.06, 0.08, 0.15, 0.35, 0.7, 0.95, 1, 1, 1, 1, 1, 0.95, 0.9, 0.9, 0.95, 1, 1, 0.95, 0.8, 0.6, 0.35];
const ROWS_PER_INSERT = 400;

interface HourInfo {
  localHour: number;
  day: string;
}

/** Local hour and day of every hour start in [from, to], one Intl call per hour. */
function hoursBetween(tz: string, from: number, to: number): Map<number, HourInfo> {
  const f = new Intl.DateTimeFormat('en', { timeZone: tz, hour: '2-digit', hourCycle: 'h23' });
  const out = new Map<number, HourInfo>();
  for (let h = from; h <= to; h += HOUR_MS) {
    // The middle of the hour decides its day (time zones with half-hour offsets).
    out.set(h, { localHour: Number(f.format(h + HOUR_MS / 2)) % 24, day: isoDay(tz, h + HOUR_MS / 2) });
  }
  return out;
}

export function planDemoViews(articles: DemoViewedArticle[], tz: string, now: number) {
  const daily: Array<{ article_id: number; day: string; lang: string; views: number }> = [];
  const hourly: Array<{ article_id: number; hour: number; lang: string; views: number }> = [];
  const read = articles.filter((a) => a.viewCount > 0 && a.publishedAt <= now);
  if (!read.length) return { daily, hourly };
  const lastHour = Math.floor(now / HOUR_MS) * HOUR_MS;
  const hours = hoursBetween(tz, Math.floor(Math.min(...read.map((a) => a.publishedAt)) / HOUR_MS) * HOUR_MS, lastHour);
  const keepFrom = now - HOURLY_KEEP_MS;
  for (const a of read) {
    const weights: Array<[number, number]> = [];
    let sum = 0;
    for (let h = Math.floor(a.publishedAt / HOUR_MS) * HOUR_MS; h <= lastHour; h += HOUR_MS) {
      // Only the part of the first and the current hour that the article was online.
      const share = (Math.min(h + HOUR_MS, now) - Math.max(h, a.publishedAt)) / HOUR_MS;
      const w = Math.max(share, 0) * Math.exp(-(h - a.publishedAt) / (DECAY_HOURS * HOUR_MS)) * BY_LOCAL_HOUR[hours.get(h)!.localHour];
      weights.push([h, w]);
      sum += w;
    }
    if (sum <= 0) weights.splice(0, weights.length, [lastHour, (sum = 1)]);
    // Cumulative rounding: whole numbers per hour that add up to view_count exactly.
    const byDay = new Map<string, number>();
    let acc = 0;
    let given = 0;
    for (const [h, w] of weights) {
      acc += w;
      const n = Math.round((a.viewCount * acc) / sum) - given;
      given += n;
      if (n <= 0) continue;
      const day = hours.get(h)!.day;
      byDay.set(day, (byDay.get(day) ?? 0) + n);
      if (h >= keepFrom) hourly.push({ article_id: a.id, hour: h, lang: a.lang, views: n });
    }
    for (const [day, views] of byDay) daily.push({ article_id: a.id, day, lang: a.lang, views });
  }
  return { daily, hourly };
}

export async function insertDemoViews(db: Kysely<Database> | Transaction<Database>, articles: DemoViewedArticle[], tz: string, now: number): Promise<number> {
  const { daily, hourly } = planDemoViews(articles, tz, now);
  for (let i = 0; i < daily.length; i += ROWS_PER_INSERT) await db.insertInto('article_views_daily').values(daily.slice(i, i + ROWS_PER_INSERT)).execute();
  for (let i = 0; i < hourly.length; i += ROWS_PER_INSERT) await db.insertInto('article_views_hourly').values(hourly.slice(i, i + ROWS_PER_INSERT)).execute();
  return daily.length + hourly.length;
}
