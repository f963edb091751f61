// Seeds the benchmark database: the normal demo content first (rubrics, tags, authors, pictures,
// rates and a few hundred articles), then bulk inserts up to the requested number of articles,
// spread over the past three years in ru/ky/en, with stories, tags and bylines. The text comes from
// the demo generator's planned articles, cycled with new ids and dates.
//
// SQLite: better-sqlite3 prepared statements in large transactions (synchronous=OFF while loading).
// PostgreSQL: multi-row INSERTs in batches, one transaction per chunk.
// An existing database that already holds the requested count is reused (BENCH_RESEED=1 forces).
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Dialect } from '../src/config.js';
import type { Lang } from '../src/domain/lang.js';
import { ALL_TEMPLATES } from '../src/demo/content/index.js';
import { RUBRICS, TAGS } from '../src/demo/content/taxonomy.js';
import type { TagKey } from '../src/demo/content/types.js';
import { planDemo } from '../src/demo/generate.js';
import { loadDemo } from '../src/demo/load.js';
import { Random } from '../src/demo/random.js';
import { articleSearchColumns } from '../src/domain/search/index.js';
import { addDays, dayRange, isoDay } from '../src/i18n/format.js';
import { slugify } from '../src/i18n/slug.js';
import { migrate, openStore } from '../src/store/db.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** how far back the bulk articles go */
export const SPAN_DAYS = 3 * 365;
/** articles per transaction (and per progress line) */
const CHUNK = 5_000;
/** rows per multi-row INSERT on PostgreSQL (23 columns x 500 rows stays far below the 65535 parameter limit) */
const PG_BATCH = 500;
const LANGS: Lang[] = ['ru', 'ky', 'en'];
/** every content table (as src/store/reset.ts lists them) */
const CONTENT_TABLES = ['article_tags', 'article_authors', 'articles', 'stories', 'images', 'tag_i18n', 'tags', 'rubric_i18n', 'rubrics', 'author_i18n', 'authors', 'currency_rates', 'currency_rate_corrections', 'rate_fetch_state'];

export interface SeedOptions {
  /** total articles wanted (demo content included) */
  articles: number;
  dialect: Dialect;
  /** postgres://... URL, or the sqlite: URL of the file */
  databaseUrl: string;
  sqlitePath: string | null;
  /** where demo pictures go (DATA_DIR/media of the benchmark server) */
  mediaDir: string;
  tz: string;
  reseed: boolean;
  log?: (line: string) => void;
  /** progress line (may be rewritten in place on a terminal) */
  progress?: (line: string, final: boolean) => void;
}

export interface SeedResult {
  reused: boolean;
  articles: number;
  demoArticles: number;
  stories: number;
  /** whole seeding, demo content included (0 when reused) */
  seconds: number;
  /** the bulk insert alone */
  bulkSeconds: number;
  articlesPerSecond: number;
  /** newest publishing time in the database */
  newestPublishedAt: number | null;
  dbBytes: number;
}

// ─── Text pool: planned demo stories, used over and over ───────────────────────────────────────

interface PoolArticle {
  lang: Lang;
  slug: string;
  headline: string;
  lead: string;
  body: string;
  datelinePlace: string;
  sourceName: string | null;
  authorSlugs: string[];
  coverCaption: string | null;
  coverAlt: string | null;
  /** index forms (searchColumns), computed once per pool article */
  searchTitle: string;
  searchText: string;
}

interface PoolStory {
  rubricKey: string;
  tags: TagKey[];
  coverImage: number | null;
  articles: PoolArticle[];
}

/** Planned demo stories from several seeds (about a thousand stories with varied slots and languages). */
export function textPool(now: number, tz: string): PoolStory[] {
  const pool: PoolStory[] = [];
  for (const seed of [11, 12, 13]) {
    const plan = planDemo({ templates: ALL_TEMPLATES, now, tz, seed });
    for (const s of plan.stories) {
      if (s.articles.some((a) => a.status !== 'published')) continue;
      pool.push({
        rubricKey: s.rubricKey,
        tags: s.tags,
        coverImage: s.coverImage,
        articles: s.articles.map((a) => {
          const body = JSON.stringify(a.body);
          const search = articleSearchColumns({ lang: a.lang, headline: a.headline, lead: a.lead, body });
          return {
          lang: a.lang,
          slug: a.slug,
          headline: a.headline,
          lead: a.lead,
          body,
          datelinePlace: a.datelinePlace,
          sourceName: a.sourceName,
          authorSlugs: a.authorSlugs,
          coverCaption: a.coverCaption,
          coverAlt: a.coverAlt,
          searchTitle: search.search_title,
          searchText: search.search_text,
          };
        }),
      });
    }
  }
  // Shuffle so that consecutive stories differ (plans are in day order and repeat templates).
  return new Random(7).shuffle(pool);
}

// ─── Row generation (the same for both dialects) ───────────────────────────────────────────────

export interface Lookups {
  rubricIds: Map<string, number>;
  tagIds: Map<TagKey, number>;
  authorIds: Map<string, number>;
  /** demo picture index -> images.id */
  imageIds: Map<number, number>;
}

type Row = unknown[];

export const STORY_COLUMNS = ['id', 'created_at'];
export const ARTICLE_COLUMNS = [
  'id', 'story_id', 'lang', 'slug', 'headline', 'lead', 'body', 'dateline_place', 'source_name', 'source_url', 'rubric_id',
  'cover_image_id', 'cover_caption', 'cover_alt', 'status', 'is_breaking', 'is_pinned', 'view_count', 'published_at', 'updated_at', 'created_at',
  'search_title', 'search_text',
];
export const ARTICLE_TAG_COLUMNS = ['article_id', 'tag_id', 'position'];
export const ARTICLE_AUTHOR_COLUMNS = ['article_id', 'author_id', 'position'];

interface Chunk {
  stories: Row[];
  articles: Row[];
  tags: Row[];
  authors: Row[];
}

const VIEW_BASE: Record<Lang, number> = { ru: 420, ky: 160, en: 110 };

/**
 * Produces the bulk rows chunk by chunk. Stories are laid out in time order over SPAN_DAYS (ids grow
 * with time as in a real newsroom), at daytime hours in the site's time zone; translations follow
 * the original by 20–90 minutes.
 */
export function* bulkRows(opts: {
  count: number;
  firstStoryId: number;
  firstArticleId: number;
  now: number;
  tz: string;
  pool: PoolStory[];
  lookups: Lookups;
}): Generator<Chunk> {
  const { count, now, tz, pool, lookups } = opts;
  const rnd = new Random(4242);
  const latestAllowed = now - 5 * MINUTE;
  const today = isoDay(tz, now);
  const dayStarts = new Map<number, number>();
  const dayStart = (daysAgo: number) => {
    let s = dayStarts.get(daysAgo);
    if (s === undefined) {
      s = dayRange(tz, addDays(today, -daysAgo)).start;
      dayStarts.set(daysAgo, s);
    }
    return s;
  };
  let storyId = opts.firstStoryId;
  let articleId = opts.firstArticleId;
  let done = 0;
  let k = 0;
  let chunk: Chunk = { stories: [], articles: [], tags: [], authors: [] };
  while (done < count) {
    const src = pool[k % pool.length];
    k++;
    // Position in time follows progress through the articles: oldest first.
    const daysAgo = Math.min(SPAN_DAYS, Math.max(0, SPAN_DAYS - Math.floor((done / count) * (SPAN_DAYS + 1))));
    const r = rnd.next();
    const hour = r < 0.06 ? rnd.int(6, 7) : r < 0.94 ? rnd.int(8, 20) : rnd.int(21, 23);
    let at = dayStart(daysAgo) + hour * HOUR + rnd.int(0, 59) * MINUTE;
    if (at > latestAllowed) at = latestAllowed - rnd.int(0, 120) * MINUTE;
    const createdAt = at - rnd.int(30, 240) * MINUTE;
    const articles = src.articles.slice(0, count - done);
    chunk.stories.push([storyId, createdAt]);
    const rubricId = lookups.rubricIds.get(src.rubricKey) ?? null;
    const coverId = src.coverImage == null ? null : (lookups.imageIds.get(src.coverImage) ?? null);
    for (const [i, a] of articles.entries()) {
      let publishedAt: number | null = i === 0 ? at : Math.min(latestAllowed, at + rnd.int(20, 90) * MINUTE);
      // A few drafts and withdrawn pieces, which the site must skip.
      const s = rnd.next();
      const status = s < 0.003 ? 'draft' : s < 0.004 ? 'unpublished' : 'published';
      if (status === 'draft') publishedAt = null;
      const breaking = src.rubricKey === 'incidents' && rnd.chance(0.02) ? 1 : 0;
      // Most pieces are read a little, a few a lot; translations less than originals.
      const u = rnd.next();
      const views = status === 'published' ? Math.round(VIEW_BASE[a.lang] * (i === 0 ? 1 : 0.6) * (0.05 + -Math.log(1 - u * 0.999)) * (rnd.chance(0.02) ? 8 : 1)) : 0;
      const id = articleId++;
      chunk.articles.push([
        id, storyId, a.lang, a.slug, a.headline, a.lead, a.body, a.datelinePlace, a.sourceName, null, rubricId,
        coverId, coverId == null ? null : a.coverCaption, coverId == null ? null : a.coverAlt, status, breaking, 0, views,
        publishedAt, publishedAt ?? createdAt, createdAt,
        a.searchTitle, a.searchText,
      ]);
      src.tags.forEach((tag, position) => {
        const tagId = lookups.tagIds.get(tag);
        if (tagId !== undefined) chunk.tags.push([id, tagId, position]);
      });
      a.authorSlugs.forEach((slug, position) => {
        const authorId = lookups.authorIds.get(slug);
        if (authorId !== undefined) chunk.authors.push([id, authorId, position]);
      });
    }
    storyId++;
    done += articles.length;
    if (chunk.articles.length >= CHUNK || done >= count) {
      yield chunk;
      chunk = { stories: [], articles: [], tags: [], authors: [] };
    }
  }
}

// ─── Shared helpers ────────────────────────────────────────────────────────────────────────────

function formatRate(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

async function lookupsFrom(query: (sql: string) => Promise<Array<Record<string, unknown>>>): Promise<Lookups> {
  const rubricIds = new Map<string, number>();
  const bySlug = new Map((await query("SELECT rubric_id AS id, slug FROM rubric_i18n WHERE lang = 'en'")).map((r) => [String(r.slug), Number(r.id)]));
  for (const r of RUBRICS) {
    const id = bySlug.get(r.slug.en);
    if (id !== undefined) rubricIds.set(r.key, id);
  }
  const tagBySlug = new Map((await query("SELECT tag_id AS id, slug FROM tag_i18n WHERE lang = 'en'")).map((r) => [String(r.slug), Number(r.id)]));
  const tagIds = new Map<TagKey, number>();
  for (const [key, names] of Object.entries(TAGS) as Array<[TagKey, Record<Lang, string>]>) {
    const id = tagBySlug.get(slugify(names.en));
    if (id !== undefined) tagIds.set(key, id);
  }
  const authorIds = new Map((await query('SELECT id, slug FROM authors')).map((r) => [String(r.slug), Number(r.id)]));
  const imageIds = new Map<number, number>();
  for (const r of await query('SELECT id, file FROM images')) {
    const m = /cover-(\d+)\.jpg$/.exec(String(r.file));
    if (m) imageIds.set(Number(m[1]), Number(r.id));
  }
  if (rubricIds.size === 0 || tagIds.size === 0 || authorIds.size === 0) throw new Error('The demo taxonomy is missing after loading the demo content');
  return { rubricIds, tagIds, authorIds, imageIds };
}

/** Loads the demo content through the application's own store (migrations + loadDemo). */
async function loadDemoContent(opts: SeedOptions, now: number): Promise<number> {
  const store = openStore({ dialect: opts.dialect, databaseUrl: opts.databaseUrl, sqlitePath: opts.sqlitePath, poolSize: 2 });
  try {
    await migrate(store);
    const summary = await loadDemo(store, { mediaDir: opts.mediaDir, tz: opts.tz, now, langs: LANGS });
    return summary.articles;
  } finally {
    await store.close();
  }
}

function progressReporter(opts: SeedOptions, total: number) {
  const started = performance.now();
  return (done: number) => {
    const secs = (performance.now() - started) / 1000;
    const line = `  bulk articles: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${Math.floor((done / Math.max(1, total)) * 100)}%), ${formatRate(done / Math.max(secs, 1e-3))} articles/s`;
    opts.progress?.(line, done >= total);
  };
}

// ─── SQLite ────────────────────────────────────────────────────────────────────────────────────

function sqliteCount(file: string): number | null {
  if (!existsSync(file)) return null;
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const row = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    return row.n;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function sqliteInfo(file: string): { newest: number | null; stories: number } {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const newest = db.prepare("SELECT max(published_at) AS t FROM articles WHERE status = 'published'").get() as { t: number | null };
    const stories = db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number };
    return { newest: newest.t, stories: stories.n };
  } finally {
    db.close();
  }
}

function fileBytes(file: string): number {
  let total = 0;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) total += statSync(f).size;
  return total;
}

async function seedSqlite(opts: SeedOptions): Promise<SeedResult> {
  const file = opts.sqlitePath!;
  if (file === ':memory:') throw new Error('BENCH_DATABASE_URL: an in-memory SQLite database cannot be shared with the server; name a file');
  const existing = sqliteCount(file);
  if (!opts.reseed && existing === opts.articles) {
    const info = sqliteInfo(file);
    return { reused: true, articles: existing, demoArticles: 0, stories: info.stories, seconds: 0, bulkSeconds: 0, articlesPerSecond: 0, newestPublishedAt: info.newest, dbBytes: fileBytes(file) };
  }
  if (existsSync(file)) {
    opts.log?.(existing == null ? `Replacing ${file} (not a seeded database).` : `Reseeding ${file} (it has ${existing} articles, ${opts.articles} wanted).`);
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });

  const started = performance.now();
  const now = Date.now();
  opts.log?.('Loading the demo content…');
  const demoArticles = await loadDemoContent(opts, now);
  const wanted = Math.max(0, opts.articles - demoArticles);
  if (opts.articles < demoArticles) opts.log?.(`BENCH_ARTICLES=${opts.articles} is below the demo content (${demoArticles} articles); the database has the demo content only.`);

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
    const ins = (table: string, cols: string[]) => db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
    const insStory = ins('stories', STORY_COLUMNS);
    const insArticle = ins('articles', ARTICLE_COLUMNS);
    const insTag = ins('article_tags', ARTICLE_TAG_COLUMNS);
    const insAuthor = ins('article_authors', ARTICLE_AUTHOR_COLUMNS);
    const write = db.transaction((c: Chunk) => {
      for (const r of c.stories) insStory.run(r);
      for (const r of c.articles) insArticle.run(r);
      for (const r of c.tags) insTag.run(r);
      for (const r of c.authors) insAuthor.run(r);
    });
    const report = progressReporter(opts, wanted);
    let done = 0;
    if (wanted > 0) {
      const rows = bulkRows({ count: wanted, firstStoryId: maxId('stories') + 1, firstArticleId: maxId('articles') + 1, now, tz: opts.tz, pool: textPool(now, opts.tz), lookups });
      for (const c of rows) {
        write(c);
        done += c.articles.length;
        report(done);
      }
    }
    const bad = db.pragma('foreign_key_check') as unknown[];
    if (bad.length) throw new Error(`Seeding produced ${bad.length} rows with broken references`);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const bulkSeconds = (performance.now() - bulkStarted) / 1000;
  const total = sqliteCount(file) ?? 0;
  const info = sqliteInfo(file);
  return {
    reused: false,
    articles: total,
    demoArticles,
    stories: info.stories,
    seconds: (performance.now() - started) / 1000,
    bulkSeconds,
    articlesPerSecond: wanted / Math.max(bulkSeconds, 1e-3),
    newestPublishedAt: info.newest,
    dbBytes: fileBytes(file),
  };
}

// ─── PostgreSQL ────────────────────────────────────────────────────────────────────────────────

async function pgCount(client: pg.Client): Promise<number | null> {
  const exists = await client.query("SELECT to_regclass('articles') IS NOT NULL AS ok");
  if (!exists.rows[0].ok) return null;
  const { rows } = await client.query('SELECT count(*)::int AS n FROM articles');
  return rows[0].n;
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

async function seedPostgres(opts: SeedOptions): Promise<SeedResult> {
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  try {
    const existing = await pgCount(client);
    if (!opts.reseed && existing === opts.articles) {
      const info = await pgInfo(client);
      return { reused: true, articles: existing, demoArticles: 0, stories: info.stories, seconds: 0, bulkSeconds: 0, articlesPerSecond: 0, newestPublishedAt: info.newest, dbBytes: info.bytes };
    }
    if (existing != null) {
      opts.log?.(`Reseeding the PostgreSQL database (it has ${existing} articles, ${opts.articles} wanted): all content is deleted.`);
      // TRUNCATE rather than DELETE: no dead rows inflating the size, and ids start from 1 again as on SQLite.
      await client.query(`TRUNCATE ${CONTENT_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    }

    const started = performance.now();
    const now = Date.now();
    opts.log?.('Loading the demo content…');
    const demoArticles = await loadDemoContent(opts, now);
    const wanted = Math.max(0, opts.articles - demoArticles);
    if (opts.articles < demoArticles) opts.log?.(`BENCH_ARTICLES=${opts.articles} is below the demo content (${demoArticles} articles); the database has the demo content only.`);

    const bulkStarted = performance.now();
    const lookups = await lookupsFrom(async (q) => (await client.query(q)).rows);
    const maxId = async (t: string) => Number((await client.query(`SELECT coalesce(max(id), 0) AS m FROM ${t}`)).rows[0].m);
    const report = progressReporter(opts, wanted);
    let done = 0;
    if (wanted > 0) {
      const rows = bulkRows({ count: wanted, firstStoryId: (await maxId('stories')) + 1, firstArticleId: (await maxId('articles')) + 1, now, tz: opts.tz, pool: textPool(now, opts.tz), lookups });
      for (const c of rows) {
        await client.query('BEGIN');
        try {
          await insertMany(client, 'stories', STORY_COLUMNS, c.stories);
          await insertMany(client, 'articles', ARTICLE_COLUMNS, c.articles);
          await insertMany(client, 'article_tags', ARTICLE_TAG_COLUMNS, c.tags);
          await insertMany(client, 'article_authors', ARTICLE_AUTHOR_COLUMNS, c.authors);
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
    }
    // Fresh statistics, as autovacuum would gather them shortly anyway (and not in the middle of a run).
    await client.query('ANALYZE');
    const bulkSeconds = (performance.now() - bulkStarted) / 1000;
    const info = await pgInfo(client);
    return {
      reused: false,
      articles: (await pgCount(client)) ?? 0,
      demoArticles,
      stories: info.stories,
      seconds: (performance.now() - started) / 1000,
      bulkSeconds,
      articlesPerSecond: wanted / Math.max(bulkSeconds, 1e-3),
      newestPublishedAt: info.newest,
      dbBytes: info.bytes,
    };
  } finally {
    await client.end();
  }
}

export function seedBench(opts: SeedOptions): Promise<SeedResult> {
  if (!Number.isSafeInteger(opts.articles) || opts.articles < 1) throw new Error('BENCH_ARTICLES must be a positive whole number');
  return opts.dialect === 'sqlite' ? seedSqlite(opts) : seedPostgres(opts);
}
