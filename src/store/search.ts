// Full-text search over published articles: FTS5 (bm25) on SQLite, tsvector + GIN (ts_rank) on
// PostgreSQL, both over the same index forms (docs/decisions/005-search.md). Only published articles
// whose time has come are ever found: the status and time are checked on the articles row at query
// time, so an unpublished article drops out at once.
import { sql, type RawBuilder } from 'kysely';
import type { ArticleSummary } from '../domain/article.js';
import type { Lang } from '../domain/lang.js';
import { alternatives, bodyText, toFts5, toTsquery, type Alternative, type ParsedQuery } from '../domain/search/index.js';
import { summaryColumns, toSummary } from './article-rows.js';
import type { Store } from './db.js';

export type SearchSort = 'relevance' | 'date';

export interface SearchParams {
  query: ParsedQuery;
  /** languages searched */
  langs: Lang[];
  /** language of the page (rubric names) */
  uiLang: Lang;
  rubricId?: number | null;
  /** published at or after (epoch ms) */
  from?: number | null;
  /** published before (epoch ms) */
  to?: number | null;
  sort: SearchSort;
  limit: number;
  offset: number;
  now: number;
}

export interface SearchHit extends ArticleSummary {
  bodyText: string;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
  /** the index forms searched for, per item (for highlighting) */
  alternatives: Alternative[][];
}

/**
 * Counting every match of a very common word costs as much as the search itself; past this many the
 * page says "more than N" and offers pages up to it.
 */
export const COUNT_LIMIT = 1000;

/** Relevance is ranked among this many newest matches (both dialects): as many as the page counts. */
const RANK_WINDOW = COUNT_LIMIT;

/** PostgreSQL looks for matches in the last 30 days first, then in a window sized by what it found there. */
const FIRST_WINDOW_DAYS = 30;
/** past this the window is the whole archive */
const MAX_WINDOW_DAYS = 5 * 365;

export class SearchReader {
  constructor(private readonly store: Store) {}

  async search(p: SearchParams): Promise<SearchResult> {
    const alts = alternatives(p.query, p.langs);
    if (!alts.length || !p.langs.length) return { items: [], total: 0, alternatives: alts };
    const conds: RawBuilder<unknown>[] = [
      sql`a.status = 'published'`,
      sql`a.published_at <= ${p.now}`,
      sql`a.lang IN (${sql.join(p.langs)})`,
    ];
    if (p.rubricId != null) conds.push(sql`a.rubric_id = ${p.rubricId}`);
    if (p.from != null) conds.push(sql`a.published_at >= ${p.from}`);
    if (p.to != null) conds.push(sql`a.published_at < ${p.to}`);
    const where = sql.join(conds, sql` AND `);
    const db = this.store.db;

    let ids: number[];
    let total: number;
    if (this.store.dialect === 'sqlite') {
      // CROSS JOIN keeps the FTS5 match as the outer loop (SQLite would otherwise walk the language
      // index and probe FTS5 once per article); the narrow index answers the filters (migration 002).
      const match = toFts5(alts);
      const matches = sql`articles_fts CROSS JOIN articles a INDEXED BY articles_search_filter ON a.id = articles_fts.rowid WHERE articles_fts MATCH ${match} AND ${where}`;
      const count = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM ${matches} LIMIT ${COUNT_LIMIT + 1})`.execute(db);
      total = Number(count.rows[0]?.n ?? 0);
      let query;
      if (p.sort === 'relevance') {
        // bm25 scores every match before the first 20 can be picked: 160 000 for a common word at a
        // million articles, 180 ms. As on PostgreSQL, relevance ranks the newest RANK_WINDOW matches:
        // FTS5 walks its matches by descending rowid (ids grow with time) and stops there.
        query = sql<{ id: number }>`SELECT m.id FROM (SELECT a.id, a.published_at, bm25(articles_fts, 4.0, 1.0) AS score FROM ${matches}
          ORDER BY articles_fts.rowid DESC LIMIT ${RANK_WINDOW}) m
          ORDER BY m.score, m.published_at DESC, m.id DESC LIMIT ${p.limit} OFFSET ${p.offset}`;
      } else if (total <= COUNT_LIMIT) {
        query = sql<{ id: number }>`SELECT a.id FROM ${matches} ORDER BY a.published_at DESC, a.id DESC LIMIT ${p.limit} OFFSET ${p.offset}`;
      } else {
        // Newest first among very many matches: sorting them all (40 000 for "доллара" at a million
        // articles) cost 35 ms. Instead the match ids go into a lookup once and the publishing-time
        // index is walked from the newest until the page is full (a fraction of a percent of matches
        // at least, so a page of 20 is near).
        const byTime = p.langs.length === 1 ? sql`articles_lang_status_published` : sql`articles_status_published`;
        query = sql<{ id: number }>`SELECT a.id FROM articles a INDEXED BY ${byTime}
          WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${match}) AND ${where}
          ORDER BY a.published_at DESC, a.id DESC LIMIT ${p.limit} OFFSET ${p.offset}`;
      }
      ids = (await query.execute(db)).rows.map((r) => r.id);
    } else {
      ({ ids, total } = await this.searchPostgres(toTsquery(alts), conds, p));
    }
    return { items: await this.load(ids, p.uiLang), total, alternatives: alts };
  }

  /**
   * PostgreSQL: the newest matches are found in widening windows of time. Asked at once, a word in a
   * quarter of the articles made PostgreSQL read every match's row to sort them by time (54 000 rows
   * for "Bishkek" at a million articles, 0.6 s); the newest weeks hold enough matches for a common
   * word, and a rare word is cheap to look for over the whole archive. A window is enough once it
   * holds `needed` matches: the newest `needed` of the archive are then all inside it.
   */
  private async searchPostgres(tsquery: string, conds: RawBuilder<unknown>[], p: SearchParams): Promise<{ ids: number[]; total: number }> {
    const q = sql`to_tsquery('simple', ${tsquery})`;
    // Relevance ranks the newest RANK_WINDOW matches (docs/decisions/005-search.md); either order also
    // needs COUNT_LIMIT + 1 to tell "more than COUNT_LIMIT".
    const needed = Math.max(p.sort === 'relevance' ? RANK_WINDOW : p.offset + p.limit, COUNT_LIMIT + 1);
    const newest = p.to != null ? Math.min(p.to, p.now) : p.now;
    let rows: { id: number; published_at: string | number; score: number }[] = [];
    for (let days: number | null = FIRST_WINDOW_DAYS; ; ) {
      const since = days === null ? null : newest - days * 86_400_000;
      const bounded = since !== null && (p.from == null || since > p.from);
      const where = sql.join(bounded ? [...conds, sql`a.published_at >= ${since}`] : conds, sql` AND `);
      const score = p.sort === 'relevance' ? sql`ts_rank(a.search_vector, ${q})` : sql`0`;
      rows = (
        await sql<{ id: number; published_at: string | number; score: number }>`SELECT a.id, a.published_at, ${score} AS score FROM articles a
          WHERE a.search_vector @@ ${q} AND ${where} ORDER BY a.published_at DESC, a.id DESC LIMIT ${needed}`.execute(this.store.db)
      ).rows;
      if (rows.length >= needed || !bounded || days === null) break;
      // The next window from this one's density of matches, with a margin: one more query, mostly.
      const grow = rows.length ? Math.min(64, Math.max(2, (needed / rows.length) * 1.5)) : 16;
      days = days * grow > MAX_WINDOW_DAYS ? null : Math.ceil(days * grow);
    }
    const total = Math.min(rows.length, COUNT_LIMIT + 1);
    if (p.sort === 'relevance') {
      rows = rows.slice(0, RANK_WINDOW).sort((a, b) => b.score - a.score || Number(b.published_at) - Number(a.published_at) || b.id - a.id);
    }
    return { ids: rows.slice(p.offset, p.offset + p.limit).map((r) => r.id), total };
  }

  /** The found articles in the order found, with their body text for snippets. */
  private async load(ids: number[], uiLang: Lang): Promise<SearchHit[]> {
    if (!ids.length) return [];
    // rubric names in the page's language (results may be in several languages)
    const rows = await summaryColumns(this.store.db, uiLang).where('a.id', 'in', ids).select('a.body').execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ ...toSummary(r), bodyText: bodyText(r.body) }] : [];
    });
  }
}
