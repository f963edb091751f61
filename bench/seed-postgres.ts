// PostgreSQL seeder: the demo content through the application, then the bulk articles as multi-row
// INSERTs, one transaction per chunk, with synchronous_commit off. The GIN full-text index (and with
// BENCH_SEED_DEFER=indexes,fts the other secondary indexes) is dropped first and rebuilt after the
// load; the definitions are kept in a table meanwhile, so an interrupted load gets them back on the
// next run. The tsvector trigger stays: it computes each row's vector as it is inserted.
import pg from 'pg';
import {
  loadDemoContent, lookupsFrom, META_TABLE, metaMatches, NO_PHASES, progressReporter, SEEDER_VERSION, stopwatch,
  type SeedMeta, type SeedOptions, type SeedPhases, type SeedResult,
} from './seed-common.js';
import { LISTED_LINKS } from '../src/store/migrations/009-listings.js';
import { RECOUNT_LISTINGS_SQL } from '../src/store/listings.js';
import { RELATED_COLUMNS, VIEWS_DAILY_COLUMNS, VIEWS_HOURLY_COLUMNS } from './seed-audience.js';
import { ARTICLE_AUTHOR_COLUMNS, ARTICLE_COLUMNS, ARTICLE_TAG_COLUMNS, bulkRows, spanDays, STORY_COLUMNS, textPool, type Row } from './seed-rows.js';

/** rows per multi-row INSERT (23 columns x 500 rows stays far below the 65535 parameter limit) */
const PG_BATCH = 500;
const BULK_TABLES = ['stories', 'articles', 'article_tags', 'article_authors', 'related_articles', 'article_views_hourly', 'article_views_daily'];
/** every content table (as src/store/reset.ts lists them, with the audience tables of issue 5) */
const CONTENT_TABLES = ['related_articles', 'related_overrides', 'article_links', 'article_views_hourly', 'article_views_daily', 'article_tags', 'article_authors', 'articles', 'stories', 'images', 'tag_i18n', 'tags', 'rubric_i18n', 'rubrics', 'author_i18n', 'authors', 'currency_rates', 'currency_rate_corrections', 'rate_fetch_state'];
/** the listing triggers of migration 009: [table, trigger] */
const LISTING_TRIGGERS = [['articles', 'listing_article'], ...LISTED_LINKS.flatMap(({ table, list }) => [[table, `listing_${list}_fill`], [table, `listing_${list}_count`]])];

/** index definitions dropped for a load in progress */
const DEFERRED_TABLE = 'bench_deferred_indexes';

async function exists(client: pg.Client, table: string): Promise<boolean> {
  const { rows } = await client.query('SELECT to_regclass($1) IS NOT NULL AS ok', [table]);
  return rows[0].ok;
}

async function pgCount(client: pg.Client): Promise<number | null> {
  if (!(await exists(client, 'articles'))) return null;
  const { rows } = await client.query('SELECT count(*)::int AS n FROM articles');
  return rows[0].n;
}

async function pgMeta(client: pg.Client): Promise<SeedMeta | null> {
  if (!(await exists(client, META_TABLE))) return null;
  const { rows } = await client.query(`SELECT value FROM ${META_TABLE} WHERE key = 'seed'`);
  return rows[0] ? (JSON.parse(rows[0].value) as SeedMeta) : null;
}

async function pgInfo(client: pg.Client): Promise<{ newest: number | null; stories: number; bytes: number }> {
  const { rows } = await client.query(
    "SELECT (SELECT max(published_at) FROM articles WHERE status = 'published')::float8 AS newest, (SELECT count(*) FROM stories)::int AS stories, pg_database_size(current_database())::float8 AS bytes",
  );
  return { newest: rows[0].newest, stories: rows[0].stories, bytes: rows[0].bytes };
}

async function insertMany(client: pg.Client, table: string, cols: string[], rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += PG_BATCH) {
    const batch = rows.slice(i, i + PG_BATCH);
    const params: unknown[] = [];
    const tuples = batch.map((r) => {
      const start = params.length;
      params.push(...r);
      return `(${r.map((_, j) => `$${start + j + 1}`).join(',')})`;
    });
    await client.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${tuples.join(',')}`, params);
  }
}

/** Recreates indexes an interrupted load left dropped. */
async function restoreDeferred(client: pg.Client, log?: (s: string) => void): Promise<void> {
  if (!(await exists(client, DEFERRED_TABLE))) return;
  const { rows } = await client.query(`SELECT name, def FROM ${DEFERRED_TABLE}`);
  if (rows.length) log?.(`Restoring ${rows.length} indexes an interrupted seeding left dropped.`);
  for (const r of rows) await client.query(String(r.def).replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
  await client.query(`DROP TABLE ${DEFERRED_TABLE}`);
}

export async function seedPostgres(opts: SeedOptions): Promise<SeedResult> {
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  try {
    await restoreDeferred(client, opts.log);
    const existing = await pgCount(client);
    const meta = await pgMeta(client);
    if (!opts.reseed && metaMatches(meta, opts, existing)) {
      const info = await pgInfo(client);
      return {
        reused: true, articles: existing!, demoArticles: 0, stories: info.stories, spanDays: meta!.spanDays,
        seconds: 0, bulkSeconds: 0, articlesPerSecond: 0, phases: meta!.phases ?? NO_PHASES, newestPublishedAt: info.newest, dbBytes: info.bytes,
      };
    }
    if (existing != null) {
      opts.log?.(`Reseeding the PostgreSQL database (it has ${existing} articles${meta ? ` at ${meta.perDay} a day` : ''}, ${opts.articles} at ${opts.perDay} a day wanted): all content is deleted.`);
      // TRUNCATE rather than DELETE: no dead rows inflating the size, and ids start from 1 again as on SQLite.
      await client.query(`TRUNCATE ${CONTENT_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    }
    await client.query(`DROP TABLE IF EXISTS ${META_TABLE}`);

    const started = performance.now();
    const lap = stopwatch();
    const phases: SeedPhases = { ...NO_PHASES };
    const now = Date.now();
    opts.log?.('Loading the demo content…');
    const demoArticles = await loadDemoContent(opts, now);
    const wanted = Math.max(0, opts.articles - demoArticles);
    const span = spanDays(wanted, opts.perDay);
    if (opts.articles < demoArticles) opts.log?.(`BENCH_ARTICLES=${opts.articles} is below the demo content (${demoArticles} articles); the database has the demo content only.`);
    phases.demo = lap();

    const bulkStarted = performance.now();
    await client.query('SET synchronous_commit = off');
    await client.query("SET maintenance_work_mem = '512MB'");
    const lookups = await lookupsFrom(async (q) => (await client.query(q)).rows);
    const maxId = async (t: string) => Number((await client.query(`SELECT coalesce(max(id), 0) AS m FROM ${t}`)).rows[0].m);
    const pool = wanted > 0 ? textPool(now, opts.tz, wanted) : [];
    phases.pool = lap();
    const report = progressReporter(opts, wanted);
    let done = 0;
    if (wanted > 0) {
      // Secondary indexes (not those behind primary keys and unique constraints) wait for the end.
      let { rows: deferred } = await client.query(
        `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
          WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
        [BULK_TABLES],
      ) as { rows: Array<{ name: string; def: string }> };
      await client.query(`CREATE TABLE ${DEFERRED_TABLE} (name text PRIMARY KEY, def text NOT NULL)`);
      const isFullText = (def: string) => /USING gin/i.test(def);
      deferred = deferred.filter((d) => (isFullText(d.def) ? opts.defer.fullText : opts.defer.indexes));
      for (const d of deferred) await client.query(`INSERT INTO ${DEFERRED_TABLE} (name, def) VALUES ($1, $2)`, [d.name, d.def]);
      for (const d of deferred) await client.query(`DROP INDEX "${d.name}"`);
      const rows = bulkRows({ count: wanted, spanDays: span, firstStoryId: (await maxId('stories')) + 1, firstArticleId: (await maxId('articles')) + 1, now, tz: opts.tz, pool, lookups });
      for (const c of rows) {
        await client.query('BEGIN');
        try {
          // The rows carry their listing columns; the counts are rebuilt once after the load. Switched
          // off inside each chunk's transaction, so an interrupted load cannot leave them off.
          for (const [table, trigger] of LISTING_TRIGGERS) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
          await insertMany(client, 'stories', STORY_COLUMNS, c.stories);
          await insertMany(client, 'articles', ARTICLE_COLUMNS, c.articles);
          await insertMany(client, 'article_tags', ARTICLE_TAG_COLUMNS, c.tags);
          await insertMany(client, 'article_authors', ARTICLE_AUTHOR_COLUMNS, c.authors);
          await insertMany(client, 'related_articles', RELATED_COLUMNS, c.related);
          await insertMany(client, 'article_views_hourly', VIEWS_HOURLY_COLUMNS, c.hourly);
          await insertMany(client, 'article_views_daily', VIEWS_DAILY_COLUMNS, c.daily);
          for (const [table, trigger] of LISTING_TRIGGERS) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          throw err;
        }
        done += c.articles.length;
        report(done);
      }
      // Explicit ids bypassed the identity sequences: move them past the new rows.
      for (const t of ['stories', 'articles']) {
        await client.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
      }
      await client.query(RECOUNT_LISTINGS_SQL);
      phases.insert = lap();
      for (const d of deferred) if (!isFullText(d.def)) await client.query(d.def);
      phases.indexes = lap();
      for (const d of deferred) if (isFullText(d.def)) await client.query(d.def);
      await client.query(`DROP TABLE ${DEFERRED_TABLE}`);
      phases.fullText = lap();
    }
    // Fresh statistics and the visibility map, as autovacuum would leave them on a site that has run
    // for a while (and not in the middle of a run). Without the visibility map a count cannot be an
    // index-only scan: a rubric page's count read 68 000 heap pages at 1M (185 ms; 6 ms after VACUUM).
    await client.query('VACUUM (ANALYZE)');
    phases.finish = lap();
    const newMeta: SeedMeta = { version: SEEDER_VERSION, articles: opts.articles, perDay: opts.perDay, spanDays: span, seededAt: now, phases };
    await client.query(`CREATE TABLE ${META_TABLE} (key text PRIMARY KEY, value text NOT NULL)`);
    await client.query(`INSERT INTO ${META_TABLE} (key, value) VALUES ('seed', $1)`, [JSON.stringify(newMeta)]);
    const bulkSeconds = (performance.now() - bulkStarted) / 1000;
    const info = await pgInfo(client);
    return {
      reused: false,
      articles: (await pgCount(client)) ?? 0,
      demoArticles,
      stories: info.stories,
      spanDays: span,
      seconds: (performance.now() - started) / 1000,
      bulkSeconds,
      articlesPerSecond: wanted / Math.max(bulkSeconds, 1e-3),
      phases,
      newestPublishedAt: info.newest,
      dbBytes: info.bytes,
    };
  } finally {
    await client.end();
  }
}
