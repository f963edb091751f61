// What both seeders share: options and result, the demo content loaded through the application, the
// taxonomy lookups, the seed's description (stored in the database to decide whether it can be
// reused) and the progress line.
import type { Dialect } from '../src/config.js';
import type { Lang } from '../src/domain/lang.js';
import { RUBRICS, TAGS } from '../src/demo/content/taxonomy.js';
import type { TagKey } from '../src/demo/content/types.js';
import { loadDemo } from '../src/demo/load.js';
import { slugify } from '../src/i18n/slug.js';
import { migrate, openStore } from '../src/store/db.js';
import type { Lookups } from './seed-rows.js';

export const LANGS: Lang[] = ['ru', 'ky', 'en'];
/**
 * Bumped whenever the seeder lays out data differently: a database seeded by another version is
 * rebuilt rather than reused. 2: constant articles a day (the full-text index is built after the load).
 * 3: related lists and view history (issue 5), planner statistics.
 */
export const SEEDER_VERSION = 4;
/** the table where the seed's description is kept (not part of the application's schema) */
export const META_TABLE = 'bench_seed';

export interface SeedOptions {
  /** total articles wanted (demo content included) */
  articles: number;
  /** bulk articles a day, all languages together */
  perDay: number;
  dialect: Dialect;
  /** postgres://... URL, or the sqlite: URL of the file */
  databaseUrl: string;
  sqlitePath: string | null;
  /** where demo pictures go (DATA_DIR/media of the benchmark server) */
  mediaDir: string;
  tz: string;
  reseed: boolean;
  /** what is dropped before the bulk load and rebuilt after it (BENCH_SEED_DEFER) */
  defer: { indexes: boolean; fullText: boolean };
  log?: (line: string) => void;
  /** progress line (may be rewritten in place on a terminal) */
  progress?: (line: string, final: boolean) => void;
}

/** Seconds per seeding step (0 when reused). */
export interface SeedPhases {
  /** migrations and the demo content (pictures included) */
  demo: number;
  /** building the text pool from the demo generator */
  pool: number;
  /** the bulk INSERTs */
  insert: number;
  /** secondary indexes, rebuilt after the load */
  indexes: number;
  /** the full-text index, filled after the load */
  fullText: number;
  /** foreign-key check, statistics, checkpoint */
  finish: number;
}

export interface SeedResult {
  reused: boolean;
  articles: number;
  demoArticles: number;
  stories: number;
  /** days the bulk articles span */
  spanDays: number;
  /** whole seeding, demo content included (0 when reused) */
  seconds: number;
  /** the bulk load: inserts, indexes and full-text index */
  bulkSeconds: number;
  articlesPerSecond: number;
  phases: SeedPhases;
  /** newest publishing time in the database */
  newestPublishedAt: number | null;
  dbBytes: number;
}

/** The seed's description stored in the database. */
export interface SeedMeta {
  version: number;
  articles: number;
  perDay: number;
  spanDays: number;
  seededAt: number;
  phases: SeedPhases;
}

export function metaMatches(meta: SeedMeta | null, opts: SeedOptions, count: number | null): boolean {
  return meta != null && meta.version === SEEDER_VERSION && meta.articles === opts.articles && meta.perDay === opts.perDay && count === opts.articles;
}

export const NO_PHASES: SeedPhases = { demo: 0, pool: 0, insert: 0, indexes: 0, fullText: 0, finish: 0 };

/** A stopwatch for the seeding steps. */
export function stopwatch() {
  let t = performance.now();
  return () => {
    const now = performance.now();
    const s = (now - t) / 1000;
    t = now;
    return s;
  };
}

export async function lookupsFrom(query: (sql: string) => Promise<Array<Record<string, unknown>>>): Promise<Lookups> {
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

/** Applies the application's pending migrations to a seeded database. */
export async function migrateOnly(opts: SeedOptions): Promise<void> {
  const store = openStore({ dialect: opts.dialect, databaseUrl: opts.databaseUrl, sqlitePath: opts.sqlitePath, poolSize: 1 });
  try {
    await migrate(store);
  } finally {
    await store.close();
  }
}

/** Loads the demo content through the application's own store (migrations + loadDemo). */
export async function loadDemoContent(opts: SeedOptions, now: number): Promise<number> {
  const store = openStore({ dialect: opts.dialect, databaseUrl: opts.databaseUrl, sqlitePath: opts.sqlitePath, poolSize: 2 });
  try {
    await migrate(store);
    const summary = await loadDemo(store, { mediaDir: opts.mediaDir, tz: opts.tz, now, langs: LANGS });
    return summary.articles;
  } finally {
    await store.close();
  }
}

export function progressReporter(opts: SeedOptions, total: number) {
  const started = performance.now();
  return (done: number) => {
    const secs = (performance.now() - started) / 1000;
    const line = `  bulk articles: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${Math.floor((done / Math.max(1, total)) * 100)}%), ${Math.round(done / Math.max(secs, 1e-3)).toLocaleString('en-US')} articles/s`;
    opts.progress?.(line, done >= total);
  };
}

export function describePhases(p: SeedPhases): string {
  return `demo ${p.demo.toFixed(1)} s, text pool ${p.pool.toFixed(1)} s, inserts ${p.insert.toFixed(1)} s, indexes ${p.indexes.toFixed(1)} s, full-text ${p.fullText.toFixed(1)} s, finish ${p.finish.toFixed(1)} s`;
}
