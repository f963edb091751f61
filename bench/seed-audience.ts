// The audience rows of the bulk articles (issue 5), made while the articles are generated, so the
// article page reads stored lists as in production at every scale:
// - related_articles: ten per published article, the nearest stories of the same rubric and
//   language (never the article itself; translations are in another language, so never those either).
//   An article has the ten before it; the first ones of a rubric get the ones after them instead.
// - article_views_hourly (last 8 days) and article_views_daily (last 31 days): the article's views
//   spread over the hours since it was published, most in the first hours. For those articles
//   view_count is exactly the sum of their daily rows.
import type { Lang } from '../src/domain/lang.js';
import { isoDay } from '../src/i18n/format.js';
import type { Row } from './seed-rows.js';

export const RELATED_COLUMNS = ['article_id', 'related_id', 'position', 'score', 'computed_at'];
export const VIEWS_HOURLY_COLUMNS = ['article_id', 'hour', 'lang', 'views'];
export const VIEWS_DAILY_COLUMNS = ['article_id', 'day', 'lang', 'views'];

export const RELATED_PER_ARTICLE = 10;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** the hourly table keeps 8 days (the application purges older hours) */
export const HOURLY_DAYS = 8;
/** per-day rows for the articles of the last month (week and month tops, charts) */
export const DAILY_DAYS = 31;
/** views fade with this time constant (hours): most of an article's readers come on its first day */
const FADE_HOURS = 10;

export interface AudienceRows {
  related: Row[];
  hourly: Row[];
  daily: Row[];
}

interface Waiting {
  id: number;
  at: number;
  list: number[];
}

interface Group {
  /** the newest published ids, oldest first */
  recent: number[];
  /** the first articles of the group, still short of ten related */
  waiting: Waiting[];
}

/** Related lists, group by group (rubric and language), as the articles arrive in time order. */
export class RelatedLists {
  private readonly groups = new Map<string, Group>();

  /** Adds a published article; returns the related rows that became complete. */
  add(id: number, lang: Lang, rubricId: number | null, at: number, out: Row[]): void {
    const key = `${rubricId ?? 0}:${lang}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { recent: [], waiting: [] }));
    for (const w of g.waiting) w.list.push(id);
    const complete = g.waiting.filter((w) => w.list.length >= RELATED_PER_ARTICLE);
    for (const w of complete) emit(w, out);
    if (complete.length) g.waiting = g.waiting.filter((w) => w.list.length < RELATED_PER_ARTICLE);
    const mine: Waiting = { id, at, list: [...g.recent].reverse() };
    if (mine.list.length >= RELATED_PER_ARTICLE) emit(mine, out);
    else g.waiting.push(mine);
    g.recent.push(id);
    if (g.recent.length > RELATED_PER_ARTICLE) g.recent.shift();
  }

  /** The lists of groups too small to fill ten, as they are. */
  flush(out: Row[]): void {
    for (const g of this.groups.values()) {
      for (const w of g.waiting) emit(w, out);
      g.waiting = [];
    }
  }
}

function emit(w: Waiting, out: Row[]): void {
  w.list.slice(0, RELATED_PER_ARTICLE).forEach((relatedId, position) => {
    out.push([w.id, relatedId, position, Number((1 - position / 20).toFixed(2)), w.at]);
  });
}

/** The view history of the recent articles, and their view count so far. */
export class ViewHistory {
  private readonly days = new Map<number, string>();

  constructor(
    private readonly now: number,
    private readonly tz: string,
  ) {}

  private dayOf(hourStart: number): string {
    let d = this.days.get(hourStart);
    if (d === undefined) this.days.set(hourStart, (d = isoDay(this.tz, hourStart)));
    return d;
  }

  /**
   * `lifetime` is what the article will have been read in all; what it has been read by now is
   * returned (the part of the fading curve that has passed), with its hourly and daily rows.
   */
  add(id: number, lang: Lang, publishedAt: number, lifetime: number, out: AudienceRows): number {
    if (this.now - publishedAt > DAILY_DAYS * DAY) return lifetime;
    const firstHour = Math.floor(publishedAt / HOUR) * HOUR;
    const hours = Math.floor(this.now / HOUR) - firstHour / HOUR + 1;
    const hourlyFrom = this.now - HOURLY_DAYS * DAY;
    const perDay = new Map<string, number>();
    let before = 0;
    for (let h = 0; h < hours; h++) {
      const upTo = Math.round(lifetime * (1 - Math.exp(-(h + 1) / FADE_HOURS)));
      const views = upTo - before;
      before = upTo;
      if (views === 0) {
        if (upTo === lifetime) break;
        continue;
      }
      const hour = firstHour + h * HOUR;
      if (hour >= hourlyFrom) out.hourly.push([id, hour, lang, views]);
      const day = this.dayOf(hour);
      perDay.set(day, (perDay.get(day) ?? 0) + views);
    }
    for (const [day, views] of perDay) out.daily.push([id, day, lang, views]);
    return before;
  }
}
