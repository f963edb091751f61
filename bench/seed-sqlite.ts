// SQLite seeder: the demo content through the application, then the bulk articles with better-sqlite3
// multi-row INSERTs, one transaction per chunk, synchronous=OFF and foreign keys off while loading.
// The full-text triggers are dropped first; after the load the FTS5 index is filled with one
// INSERT … SELECT over the new rows and the triggers come back. BENCH_SEED_DEFER=indexes,fts also
// drops and rebuilds the secondary indexes — slower here: the rows arrive in id and time order, so
// keeping the indexes costs little, while each CREATE INDEX reads the whole wide table again.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  loadDemoContent, lookupsFrom, META_TABLE, metaMatches, NO_PHASES, progressReporter, SEEDER_VERSION, stopwatch,
  type SeedMeta, type SeedOptions, type SeedPhases, type SeedResult,
} from './seed-common.js';
import { LISTING_TRIGGER_PREFIX } from '../src/store/migrations/009-listings.js';
import { RECOUNT_LISTINGS_SQL } from '../src/store/listings.js';
import { RELATED_COLUMNS, VIEWS_DAILY_COLUMNS, VIEWS_HOURLY_COLUMNS } from './seed-audience.js';
import { ARTICLE_AUTHOR_COLUMNS, ARTICLE_COLUMNS, ARTICLE_TAG_COLUMNS, bulkRows, spanDays, STORY_COLUMNS, textPool, type Chunk, type Row } from './seed-rows.js';

/** tables the bulk load writes: their secondary indexes are rebuilt after it */
const BULK_TABLES = ['stories', 'articles', 'article_tags', 'article_authors', 'related_articles', 'article_views_hourly', 'article_views_daily'];
/** rows per multi-row INSERT (articles: 23 columns x 100 rows, far below SQLite's 32766 parameters) */
const ROWS_PER_INSERT = 100;

interface Existing {
  count: number | null;
  meta: SeedMeta | null;
  newest: number | null;
  stories: number;
}

function inspect(file: string): Existing | null {
  if (!existsSync(file)) return null;
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const count = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(META_TABLE);
    const meta = hasMeta ? (JSON.parse((db.prepare(`SELECT value FROM ${META_TABLE} WHERE key = 'seed'`).get() as { value: string } | undefined)?.value ?? 'null') as SeedMeta | null) : null;
    const newest = (db.prepare("SELECT max(published_at) AS t FROM articles WHERE status = 'published'").get() as { t: number | null }).t;
    const stories = (db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    return { count, meta, newest, stories };
  } catch {
    return { count: null, meta: null, newest: null, stories: 0 };
  } finally {
    db?.close();
  }
}

export function sqliteBytes(file: string): number {
  let total = 0;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) total += statSync(f).size;
  return total;
}

/** A multi-row INSERT for a table: statements prepared once per batch size. */
function inserter(db: SQLite.Database, table: string, cols: string[]) {
  const statements = new Map<number, SQLite.Statement>();
  const tuple = `(${cols.map(() => '?').join(',')})`;
  const statement = (n: number) => {
    let s = statements.get(n);
    if (!s) statements.set(n, (s = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${Array(n).fill(tuple).join(',')}`)));
    return s;
  };
  return (rows: Row[]) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const batch = rows.slice(i, i + ROWS_PER_INSERT);
      statement(batch.length).run(batch.flat());
    }
  };
}

const isListing = (d: { type: string; name: string }) => d.type === 'trigger' && d.name.startsWith(LISTING_TRIGGER_PREFIX);

export async function seedSqlite(opts: SeedOptions): Promise<SeedResult> {
  const file = opts.sqlitePath!;
  if (file === ':memory:') throw new Error('BENCH_DATABASE_URL: an in-memory SQLite database cannot be shared with the server; name a file');
  const existing = inspect(file);
  if (!opts.reseed && existing && metaMatches(existing.meta, opts, existing.count)) {
    return {
      reused: true, articles: existing.count!, demoArticles: 0, stories: existing.stories, spanDays: existing.meta!.spanDays,
      seconds: 0, bulkSeconds: 0, articlesPerSecond: 0, phases: existing.meta!.phases ?? NO_PHASES, newestPublishedAt: existing.newest, dbBytes: sqliteBytes(file),
    };
  }
  if (existing) {
    const why = existing.count == null ? 'not a seeded database' : !existing.meta ? `it has ${existing.count} articles from an older seeder` : `it has ${existing.count} articles at ${existing.meta.perDay} a day (seeder ${existing.meta.version}), ${opts.articles} at ${opts.perDay} a day wanted`;
    opts.log?.(`${opts.reseed ? 'Reseeding (BENCH_RESEED=1)' : 'Reseeding'} ${file} (${why}).`);
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });

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

  const db = new SQLite(file);
  const bulkStarted = performance.now();
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF'); // rows are consistent by construction; checked below
    db.pragma('cache_size = -262144'); // 256 MB page cache while loading
    db.pragma('temp_store = MEMORY');
    const all = (q: string) => Promise.resolve(db.prepare(q).all() as Array<Record<string, unknown>>);
    const lookups = await lookupsFrom(all);
    const maxId = (t: string) => (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM ${t}`).get() as { m: number }).m;
    const pool = wanted > 0 ? textPool(now, opts.tz, wanted) : [];
    phases.pool = lap();

    // Secondary indexes and the full-text triggers go away for the load and come back after it.
    const marks = BULK_TABLES.map(() => '?').join(', ');
    const deferred = (
      db
        .prepare(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN (${marks}) AND sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' AND (sql LIKE '%articles_fts%' OR name LIKE '${LISTING_TRIGGER_PREFIX}%')))`)
        .all(...BULK_TABLES) as Array<{ type: 'index' | 'trigger'; name: string; sql: string }>
    ).filter((d) => (d.type === 'index' ? opts.defer.indexes : isListing(d) || opts.defer.fullText));
    const hasFts = deferred.some((d) => d.type === 'trigger' && !isListing(d));
    const firstArticleId = maxId('articles') + 1;
    if (wanted > 0) for (const d of deferred) db.exec(`DROP ${d.type.toUpperCase()} "${d.name}"`);

    const insStory = inserter(db, 'stories', STORY_COLUMNS);
    const insArticle = inserter(db, 'articles', ARTICLE_COLUMNS);
    const insTag = inserter(db, 'article_tags', ARTICLE_TAG_COLUMNS);
    const insAuthor = inserter(db, 'article_authors', ARTICLE_AUTHOR_COLUMNS);
    const insRelated = inserter(db, 'related_articles', RELATED_COLUMNS);
    const insHourly = inserter(db, 'article_views_hourly', VIEWS_HOURLY_COLUMNS);
    const insDaily = inserter(db, 'article_views_daily', VIEWS_DAILY_COLUMNS);
    const write = db.transaction((c: Chunk) => {
      insStory(c.stories);
      insArticle(c.articles);
      insTag(c.tags);
      insAuthor(c.authors);
      insRelated(c.related);
      insHourly(c.hourly);
      insDaily(c.daily);
    });
    const report = progressReporter(opts, wanted);
    let done = 0;
    if (wanted > 0) {
      const rows = bulkRows({ count: wanted, spanDays: span, firstStoryId: maxId('stories') + 1, firstArticleId, now, tz: opts.tz, pool, lookups });
      for (const c of rows) {
        write(c);
        done += c.articles.length;
        report(done);
      }
      phases.insert = lap();
      for (const d of deferred) if (d.type === 'index') db.exec(d.sql);
      // The rows carry their listing columns; the counts are rebuilt in one statement and the
      // triggers that keep them come back.
      db.transaction(() => {
        db.exec(RECOUNT_LISTINGS_SQL);
        for (const d of deferred) if (isListing(d)) db.exec(d.sql);
      })();
      phases.indexes = lap();
      if (hasFts) {
        // FTS5 merges its segments as the index grows; with the 256 MB cache of the inserts they no
        // longer fit at a million articles and were re-read from the OS 80 times over (237 s, 465 GB
        // of reads). With 2 GB, and the inserts' WAL folded into the file first: 99 s.
        db.pragma('cache_size = -2097152');
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.transaction(() => {
          db.prepare('INSERT INTO articles_fts (rowid, search_title, search_text) SELECT id, search_title, search_text FROM articles WHERE id >= ?').run(firstArticleId);
          for (const d of deferred) if (d.type === 'trigger' && !isListing(d)) db.exec(d.sql);
        })();
      }
      phases.fullText = lap();
    }
    const bad = db.pragma('foreign_key_check') as unknown[];
    if (bad.length) throw new Error(`Seeding produced ${bad.length} rows with broken references`);
    // Planner statistics, as the application would gather them at its next start (src/store/db.ts
    // updateStatistics: a full ANALYZE of every table that has none).
    db.exec('ANALYZE');
    phases.finish = lap();
    const meta: SeedMeta = { version: SEEDER_VERSION, articles: opts.articles, perDay: opts.perDay, spanDays: span, seededAt: now, phases };
    db.exec(`CREATE TABLE IF NOT EXISTS ${META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    db.prepare(`INSERT OR REPLACE INTO ${META_TABLE} (key, value) VALUES ('seed', ?)`).run(JSON.stringify(meta));
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const bulkSeconds = (performance.now() - bulkStarted) / 1000;
  const info = inspect(file)!;
  return {
    reused: false,
    articles: info.count ?? 0,
    demoArticles,
    stories: info.stories,
    spanDays: span,
    seconds: (performance.now() - started) / 1000,
    bulkSeconds,
    articlesPerSecond: wanted / Math.max(bulkSeconds, 1e-3),
    phases,
    newestPublishedAt: info.newest,
    dbBytes: sqliteBytes(file),
  };
}
