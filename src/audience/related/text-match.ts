// Up to TEXT_CANDIDATES articles whose headline or text share the subject's most distinctive words,
// found in the site search index (FTS5 on SQLite, tsvector on PostgreSQL: src/store/search.ts).
// The match is limited to ids within ID_WINDOW of the subject (ids grow with time): the index skips
// everything outside, so the work stays the same whether the archive holds a thousand or a million.
import { sql } from 'kysely';
import { toFts5, toTsquery } from '../../domain/search/index.js';
import type { Store } from '../../store/db.js';

export const TEXT_CANDIDATES = 100;
/** ids either side of the subject searched for similar text (about half a year of a busy agency) */
export const ID_WINDOW = 40_000;

export async function textMatches(store: Store, subject: { id: number; lang: string }, terms: string[], now: number): Promise<number[]> {
  if (!terms.length) return [];
  // One group of alternatives: any of the terms (their forms are already the index's).
  const alts = [terms.map((t) => ({ tokens: [t], prefix: false }))];
  const lo = subject.id - ID_WINDOW;
  const hi = subject.id + ID_WINDOW;
  if (store.dialect === 'sqlite') {
    const r = await sql<{ id: number }>`SELECT a.id FROM articles_fts CROSS JOIN articles a INDEXED BY articles_search_filter ON a.id = articles_fts.rowid
      WHERE articles_fts MATCH ${toFts5(alts)} AND articles_fts.rowid BETWEEN ${lo} AND ${hi}
        AND a.lang = ${subject.lang} AND a.status = 'published' AND a.published_at <= ${now} AND a.id <> ${subject.id}
      ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ${TEXT_CANDIDATES}`.execute(store.db);
    return r.rows.map((row) => Number(row.id));
  }
  const q = sql`to_tsquery('simple', ${toTsquery(alts)})`;
  const r = await sql<{ id: number }>`SELECT a.id FROM articles a
    WHERE a.search_vector @@ ${q} AND a.id BETWEEN ${lo} AND ${hi}
      AND a.lang = ${subject.lang} AND a.status = 'published' AND a.published_at <= ${now} AND a.id <> ${subject.id}
    ORDER BY ts_rank(a.search_vector, ${q}) DESC LIMIT ${TEXT_CANDIDATES}`.execute(store.db);
  return r.rows.map((row) => Number(row.id));
}
