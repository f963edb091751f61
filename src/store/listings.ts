// Published-article counts per rubric, tag and author and language, kept by triggers (migration 009,
// decision 013): "page N of M" reads one row instead of counting the list at every request.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export type ListKind = 'rubric' | 'tag' | 'author';

/** How many published articles a list has in a language (articles scheduled into the future included). */
export async function listingCount(db: Db, list: ListKind, keyId: number, lang: string): Promise<number> {
  const row = await db.selectFrom('listing_counts').where('list', '=', list).where('key_id', '=', keyId).where('lang', '=', lang).select('n').executeTakeFirst();
  return Math.max(0, Number(row?.n ?? 0));
}

const RECOUNT_STATEMENTS = [
  'DELETE FROM listing_counts',
  `INSERT INTO listing_counts (list, key_id, lang, n)
    SELECT 'rubric', rubric_id, lang, count(*) FROM articles WHERE status = 'published' AND rubric_id IS NOT NULL GROUP BY rubric_id, lang
    UNION ALL
    SELECT 'tag', tag_id, lang, count(*) FROM article_tags WHERE listed_at IS NOT NULL GROUP BY tag_id, lang
    UNION ALL
    SELECT 'author', author_id, lang, count(*) FROM article_authors WHERE listed_at IS NOT NULL GROUP BY author_id, lang`,
];

/** The same rebuild as one script, for the benchmark seeders' own drivers (better-sqlite3 exec, pg query). */
export const RECOUNT_LISTINGS_SQL = RECOUNT_STATEMENTS.join(';\n');

/**
 * Rebuilds every count from the articles and their link rows. The triggers keep them in step from
 * then on; this is for the migration and for bulk loads that bypass the triggers.
 */
export async function recountListings(db: Kysely<any>): Promise<void> {
  for (const statement of RECOUNT_STATEMENTS) await sql.raw(statement).execute(db);
}
