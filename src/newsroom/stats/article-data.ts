// What one article's statistics page draws: the days from its publication (or its first counted view,
// if that is earlier, e.g. before an unpublish and a new publication) to today, at most a year.
import type { Kysely } from 'kysely';
import { isoDay } from '../../i18n/format.js';
import type { Database } from '../../store/schema.js';
import { ARTICLE_CHART_MAX_DAYS, fillDays, lastDays, type DayRange, type DayValue } from './periods.js';
import { articleDailyViews, articleHead, firstViewDay, viewSummary, type ArticleHead } from './query.js';
import type { ViewsSummary } from './side-box.js';

/** The chart's days, or null when there is nothing to draw (never live, no views). */
export function articleChartRange(today: string, publishedDay: string | null, firstView: string | null): { range: DayRange; capped: boolean } | null {
  const starts = [publishedDay, firstView].filter((d): d is string => d !== null && d <= today);
  if (!starts.length) return null;
  const cap = lastDays(today, ARTICLE_CHART_MAX_DAYS).from;
  const from = starts.reduce((a, b) => (a < b ? a : b));
  return from < cap ? { range: { from: cap, to: today }, capped: true } : { range: { from, to: today }, capped: false };
}

export interface ArticleStats {
  article: ArticleHead;
  chart: { range: DayRange; points: DayValue[]; capped: boolean } | null;
}

export async function articleStats(db: Kysely<Database>, tz: string, id: number, now: number): Promise<ArticleStats | null> {
  const article = await articleHead(db, id, now);
  if (!article) return null;
  const today = isoDay(tz, now);
  const first = await firstViewDay(db, id, lastDays(today, ARTICLE_CHART_MAX_DAYS).from);
  const span = articleChartRange(today, article.publishedAt === null ? null : isoDay(tz, article.publishedAt), first);
  if (!span) return { article, chart: null };
  const sums = await articleDailyViews(db, id, span.range);
  return { article, chart: { ...span, points: fillDays(span.range, sums) } };
}

/** Days of the "recent" figure in the edit page's Views box. */
export const SIDE_PANEL_DAYS = 7;

/** The edit page's Views box: the all-time total and the last week (null for an unknown id). */
export async function sidePanelViews(db: Kysely<Database>, tz: string, id: number, now: number): Promise<ViewsSummary | null> {
  const s = await viewSummary(db, id, lastDays(isoDay(tz, now), SIDE_PANEL_DAYS));
  return s ? { ...s, days: SIDE_PANEL_DAYS } : null;
}
