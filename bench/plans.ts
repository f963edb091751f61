// `node dist/bench.js --plans`: the query plans and timings of the public pages' queries at each
// scale, on SQLite (EXPLAIN QUERY PLAN) or PostgreSQL (EXPLAIN ANALYZE), so that a query whose cost
// grows with the archive shows as a scan or a large row count. The queries are captured from the
// application's own readers (Kysely's log) as the pages call them: the article (with its related
// list), a rubric page at the first page and the deepest (at most 500), a tag page, a day archive,
// the day feed, the home page's blocks, the feed and two searches.
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Config } from '../src/config.js';
import type { Lang } from '../src/domain/lang.js';
import { parseQuery } from '../src/domain/search/index.js';
import { dayRange, isoDay, addDays } from '../src/i18n/format.js';
import { ArticleReader } from '../src/store/articles.js';
import type { Database } from '../src/store/schema.js';
import { SearchReader } from '../src/store/search.js';
import { TaxonomyReader } from '../src/store/taxonomy.js';
import { round } from './measure.js';
import { DEEP_PAGE } from './pages.js';

const PAGE_SIZE = 20;
/** runs per query for its time (after one run that warms the caches) */
const RUNS = 5;

interface Captured {
  page: string;
  sql: string;
  parameters: readonly unknown[];
}

export interface PlanLine {
  page: string;
  sql: string;
  ms: number;
  plan: string[];
}

function open(config: Config, log: (e: LogEvent) => void): Kysely<Database> {
  if (config.dialect === 'sqlite') {
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(config.sqlitePath!, { readonly: true }) }), log });
  }
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.databaseUrl, max: 2 }) }), log });
}

/** Runs the readers the pages use and returns every query they sent, labelled by page. */
async function capture(config: Config, now: number): Promise<Captured[]> {
  const out: Captured[] = [];
  let page = '';
  const db = open(config, (e) => {
    if (e.level === 'query') out.push({ page, sql: e.query.sql, parameters: e.query.parameters });
  });
  try {
    const lang: Lang = 'ru';
    const articles = new ArticleReader(db);
    const taxonomy = new TaxonomyReader(db);
    const search = new SearchReader({ db, dialect: config.dialect, close: async () => {} });
    const newest = await db.selectFrom('articles').where('lang', '=', lang).where('status', '=', 'published').where('published_at', '<=', now).orderBy('published_at', 'desc').select('id').limit(1).executeTakeFirstOrThrow();
    const biggest = await db.selectFrom('articles').where('lang', '=', lang).where('status', '=', 'published').groupBy('rubric_id').select((eb) => ['rubric_id', eb.fn.countAll<number>().as('n')]).orderBy('n', 'desc').limit(1).executeTakeFirstOrThrow();
    const tag = await db.selectFrom('article_tags').groupBy('tag_id').select((eb) => ['tag_id', eb.fn.countAll<number>().as('n')]).orderBy('n', 'desc').limit(1).executeTakeFirstOrThrow();
    const rubricId = Number(biggest.rubric_id);
    const deepest = Math.min(DEEP_PAGE, Math.max(1, Math.ceil(Number(biggest.n) / PAGE_SIZE)));
    const today = isoDay(config.siteTz, now);
    const day = dayRange(config.siteTz, addDays(today, -1));
    out.length = 0;

    page = 'article';
    const full = await articles.full(newest.id, lang, now);
    await db.selectFrom('related_articles as r').innerJoin('articles as a', 'a.id', 'r.related_id').where('r.article_id', '=', newest.id).where('a.lang', '=', lang).where('a.status', '=', 'published').where('a.published_at', '<=', now).select(['a.id', 'a.slug', 'a.headline', 'r.position']).execute();
    if (!full) throw new Error(`article ${newest.id} is not readable`);
    page = 'home';
    await articles.pinned(lang, now);
    await articles.breaking(lang, now, now - 6 * 3_600_000);
    await articles.latest(lang, now, 12);
    await articles.latestInRubric(lang, rubricId, now, 4);
    await taxonomy.rubrics(lang);
    page = 'day feed (beside every page)';
    await articles.latestPublishedAt(lang, now);
    await articles.headlinesBetween(lang, dayRange(config.siteTz, today).start, dayRange(config.siteTz, today).end, now, 40);
    page = 'rubric page 1';
    await articles.byRubric(lang, rubricId, now, PAGE_SIZE, 0);
    page = `rubric page ${deepest}`;
    await articles.byRubric(lang, rubricId, now, PAGE_SIZE, (deepest - 1) * PAGE_SIZE);
    page = 'tag page 1';
    await articles.byTag(lang, tag.tag_id, now, PAGE_SIZE, 0);
    page = 'day archive';
    await articles.between(lang, day.start, day.end, now);
    page = 'feed';
    await articles.forFeed(lang, now, 30);
    page = 'search Бишкек (relevance)';
    await search.search({ query: parseQuery('Бишкек'), langs: [lang], uiLang: lang, sort: 'relevance', limit: 20, offset: 0, now });
    page = 'search доллара (date)';
    await search.search({ query: parseQuery('доллара'), langs: [lang], uiLang: lang, sort: 'date', limit: 20, offset: 0, now });
    return out;
  } finally {
    await db.destroy();
  }
}

/** Plans and timings of the captured queries. */
export async function queryPlans(config: Config, now: number): Promise<PlanLine[]> {
  const captured = await capture(config, now);
  const db = open(config, () => {});
  try {
    const lines: PlanLine[] = [];
    for (const q of captured) {
      const explain = config.dialect === 'sqlite' ? `EXPLAIN QUERY PLAN ${q.sql}` : `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${q.sql}`;
      const plan = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(explain, [...q.parameters]));
      const text = plan.rows.map((r) => String(config.dialect === 'sqlite' ? r.detail : r['QUERY PLAN']));
      const run = CompiledQuery.raw(q.sql, [...q.parameters]);
      await db.executeQuery(run);
      const t = performance.now();
      for (let i = 0; i < RUNS; i++) await db.executeQuery(run);
      lines.push({ page: q.page, sql: q.sql, ms: round((performance.now() - t) / RUNS, 3), plan: text });
    }
    return lines;
  } finally {
    await db.destroy();
  }
}

export function printPlans(label: string, lines: PlanLine[]): void {
  console.log(`\n── query plans at ${label} (ms: mean of ${RUNS} runs after one warm-up, in the harness process)`);
  for (const l of lines) {
    console.log(`\n[${l.page}] ${l.ms} ms — ${l.sql.replace(/\s+/g, ' ').slice(0, 220)}${l.sql.length > 220 ? '…' : ''}`);
    for (const p of l.plan) console.log(`    ${p}`);
  }
  const byPage = new Map<string, number>();
  for (const l of lines) byPage.set(l.page, (byPage.get(l.page) ?? 0) + l.ms);
  console.log(`\nper page (sum of its queries): ${[...byPage].map(([p, ms]) => `${p} ${round(ms, 2)} ms`).join('; ')}`);
}
