// Reading the view counters for the statistics pages. Every query names its window, so it reads the
// index range of those days (article_views_daily_lang_day for the site, the primary key
// (article_id, day) for one article) and never the archive. The counters are written elsewhere (the
// view beacon); these functions only read.
import type { Kysely } from 'kysely';
import { articlePath } from '../../domain/article.js';
import type { Lang } from '../../domain/lang.js';
import type { ArticleStatus, Database } from '../../store/schema.js';
import type { DayRange } from './periods.js';

type Db = Kysely<Database>;

export interface DailyRow {
  day: string;
  lang: string;
  views: number;
}

/** The site's views per day and language within the range (days without views have no row). */
export async function siteDailyViews(db: Db, langs: readonly Lang[], range: DayRange): Promise<DailyRow[]> {
  if (!langs.length) return [];
  const rows = await db
    .selectFrom('article_views_daily')
    .where('lang', 'in', [...langs])
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .select(['day', 'lang'])
    .select((eb) => eb.fn.sum<number>('views').as('views'))
    .groupBy(['lang', 'day'])
    .execute();
  return rows.map((r) => ({ day: r.day, lang: r.lang, views: Number(r.views) }));
}

export interface ArticleRef {
  id: number;
  storyId: number;
  lang: Lang;
  headline: string;
  status: ArticleStatus;
  /** the public address while the article is live, else null */
  publicPath: string | null;
}

export interface TopRow extends ArticleRef {
  views: number;
}

type RefRow = { id: number; story_id: number; lang: string; headline: string; slug: string; status: ArticleStatus; published_at: number | null };

function toRef(r: RefRow, now: number): ArticleRef {
  const live = r.status === 'published' && r.published_at != null && Number(r.published_at) <= now;
  return { id: r.id, storyId: r.story_id, lang: r.lang as Lang, headline: r.headline, status: r.status, publicPath: live ? articlePath(r) : null };
}

const REF_COLUMNS = ['id', 'story_id', 'lang', 'headline', 'slug', 'status', 'published_at'] as const;

/** The most read articles of one language within the range: most views first, then the newer article. */
export async function topStories(db: Db, lang: Lang, range: DayRange, now: number, limit = 10): Promise<TopRow[]> {
  const sums = await db
    .selectFrom('article_views_daily')
    .where('lang', '=', lang)
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .select('article_id')
    .select((eb) => eb.fn.sum<number>('views').as('views'))
    .groupBy('article_id')
    .orderBy('views', 'desc')
    .orderBy('article_id', 'desc')
    .limit(limit)
    .execute();
  if (!sums.length) return [];
  const rows = await db
    .selectFrom('articles')
    .where('id', 'in', sums.map((s) => s.article_id))
    .select(REF_COLUMNS)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return sums.flatMap((s) => {
    const r = byId.get(s.article_id);
    return r ? [{ ...toRef(r, now), views: Number(s.views) }] : [];
  });
}

export interface ArticleHead extends ArticleRef {
  /** when it went live (published or since unpublished articles only) */
  publishedAt: number | null;
  createdAt: number;
  /** the article's all-time total (articles.view_count) */
  total: number;
}

export async function articleHead(db: Db, id: number, now: number): Promise<ArticleHead | null> {
  const r = await db
    .selectFrom('articles')
    .where('id', '=', id)
    .select([...REF_COLUMNS, 'created_at', 'view_count'])
    .executeTakeFirst();
  if (!r) return null;
  const wasLive = (r.status === 'published' || r.status === 'unpublished') && r.published_at != null && Number(r.published_at) <= now;
  return { ...toRef(r, now), publishedAt: wasLive ? Number(r.published_at) : null, createdAt: Number(r.created_at), total: Number(r.view_count) };
}

/** One article's views per day within the range. */
export async function articleDailyViews(db: Db, id: number, range: DayRange): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('article_views_daily')
    .where('article_id', '=', id)
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .select(['day', 'views'])
    .execute();
  return new Map(rows.map((r) => [r.day, Number(r.views)]));
}

/** The first day on or after `from` with views for the article, or null. */
export async function firstViewDay(db: Db, id: number, from: string): Promise<string | null> {
  const r = await db
    .selectFrom('article_views_daily')
    .where('article_id', '=', id)
    .where('day', '>=', from)
    .select((eb) => eb.fn.min<string>('day').as('first'))
    .executeTakeFirst();
  return r?.first ?? null;
}

export interface VersionViews extends ArticleRef {
  total: number;
  /** views in the range given to storyVersionViews */
  recent: number;
}

/** Every language version of a story with its all-time total and its views within the range. */
export async function storyVersionViews(db: Db, storyId: number, range: DayRange, now: number): Promise<VersionViews[]> {
  const rows = await db
    .selectFrom('articles')
    .where('story_id', '=', storyId)
    .select([...REF_COLUMNS, 'view_count'])
    .orderBy('id')
    .execute();
  if (!rows.length) return [];
  const sums = await db
    .selectFrom('article_views_daily')
    .where('article_id', 'in', rows.map((r) => r.id))
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .select('article_id')
    .select((eb) => eb.fn.sum<number>('views').as('views'))
    .groupBy('article_id')
    .execute();
  const recent = new Map(sums.map((s) => [s.article_id, Number(s.views)]));
  return rows.map((r) => ({ ...toRef(r, now), total: Number(r.view_count), recent: recent.get(r.id) ?? 0 }));
}

/** The side panel's summary: the all-time total and the views of the last days (range). */
export async function viewSummary(db: Db, id: number, range: DayRange): Promise<{ total: number; recent: number } | null> {
  const [head, sum] = await Promise.all([
    db.selectFrom('articles').where('id', '=', id).select('view_count').executeTakeFirst(),
    db
      .selectFrom('article_views_daily')
      .where('article_id', '=', id)
      .where('day', '>=', range.from)
      .where('day', '<=', range.to)
      .select((eb) => eb.fn.sum<number>('views').as('views'))
      .executeTakeFirst(),
  ]);
  if (!head) return null;
  return { total: Number(head.view_count), recent: Number(sum?.views ?? 0) };
}
