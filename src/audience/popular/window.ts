// Views per article of a language in a time window, read from the hourly counters alone: the query
// touches only the window's rows (index lang, hour), however large the archive grows.
import { sql, type Kysely } from 'kysely';
import type { Lang } from '../../domain/lang.js';
import type { Database } from '../../store/schema.js';

export interface WindowCount {
  id: number;
  views: number;
}

function windowQuery(db: Kysely<Database>, lang: Lang, since: number, now: number) {
  return db
    .selectFrom('article_views_hourly as v')
    .innerJoin('articles as a', 'a.id', 'v.article_id')
    .where('v.lang', '=', lang)
    .where('v.hour', '>=', since)
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', now)
    .groupBy('v.article_id')
    .select(['v.article_id as id', sql<number>`sum(v.views)`.as('views')]);
}

/** The most read published articles of the window, most views first (newer id first on a tie). */
export async function windowLeaders(db: Kysely<Database>, lang: Lang, since: number, now: number, limit: number): Promise<WindowCount[]> {
  const rows = await windowQuery(db, lang, since, now).orderBy('views', 'desc').orderBy('v.article_id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, views: Number(r.views) }));
}

/** Stored views in the window of these articles (published ones only). */
export async function windowViewsOf(db: Kysely<Database>, lang: Lang, since: number, now: number, ids: number[]): Promise<WindowCount[]> {
  if (!ids.length) return [];
  const rows = await windowQuery(db, lang, since, now).where('v.article_id', 'in', ids).execute();
  return rows.map((r) => ({ id: r.id, views: Number(r.views) }));
}
