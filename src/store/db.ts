// Opens the store on SQLite (embedded, default) or PostgreSQL, and runs migrations.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Dialect } from '../config.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

// int8 (bigint: our epoch-ms times, count(*)) arrives as a string from pg; our values fit a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
// numeric (sums, averages) likewise.
pg.types.setTypeParser(1700, (v) => Number(v));

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

export interface StoreOptions {
  dialect: Dialect;
  databaseUrl: string;
  sqlitePath: string | null;
  poolSize?: number;
}

export function openStore(opts: StoreOptions): Store {
  if (opts.dialect === 'sqlite') {
    const file = opts.sqlitePath ?? ':memory:';
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // lower() for every script (SQLite's folds ASCII only); PostgreSQL gets it from migration 008.
    sqlite.function('unicode_lower', { deterministic: true }, (t: unknown) => (typeof t === 'string' ? t.toLowerCase() : t));
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    // A growing site needs fresh statistics now and then (see updateStatistics); through Kysely, so it
    // waits for the connection like any query.
    const timer = setInterval(() => void updateStatistics({ db, dialect: 'sqlite' }).catch(() => {}), STATISTICS_INTERVAL_MS);
    timer.unref();
    return {
      db,
      dialect: 'sqlite',
      close: () => {
        clearInterval(timer);
        return db.destroy();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver prepares every statement anew; pages run the same few dozen queries, so we
 * keep prepared statements by SQL text (bounded, cleared when it grows past what pages use).
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const wrapper = Object.create(sqlite) as SQLite.Database;
  wrapper.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = sqlite.prepare(sql);
      if (cache.size >= 500) cache.clear();
      cache.set(sql, stmt);
    }
    return stmt;
  }) as SQLite.Database['prepare'];
  wrapper.close = () => {
    cache.clear();
    return sqlite.close();
  };
  return wrapper;
}

/** how often a long-running SQLite process checks whether its statistics are stale */
const STATISTICS_INTERVAL_MS = 60 * 60_000;

/**
 * Gives the query planner statistics. Without them SQLite guesses which index to use, and at a million
 * articles it guessed wrong: tag pages walked the newsroom's (status, published_at) index over every
 * published article, 340 ms a page (docs/benchmarks.md). `PRAGMA optimize` runs ANALYZE only on the
 * tables that never had statistics (and are not empty) or whose size changed 25-fold since, so it is
 * free nearly always; when it does run, it reads the table's indexes whole (about 0.5 s per 100 000
 * articles), which also gives the histograms (sqlite_stat4) that tell it `status = 'published'` is
 * almost every row. A sampled ANALYZE (analysis_limit) is faster but makes no histograms and guessed
 * the status and language columns 50 times too selective. PostgreSQL keeps its own statistics
 * (autovacuum); it is asked once after a schema change.
 */
export async function updateStatistics(store: Pick<Store, 'db' | 'dialect'>): Promise<void> {
  if (store.dialect === 'sqlite') await sql`PRAGMA optimize = 0x10002`.execute(store.db);
  else await sql`ANALYZE`.execute(store.db);
}

export interface MigrateResult {
  applied: string[];
}

export async function migrate(store: Store): Promise<MigrateResult> {
  const migrator = new Migrator({ db: store.db, provider: migrationProvider({ dialect: store.dialect }) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    // A database that cannot be reached is not a migration problem: say so plainly.
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|28P01|3D000|28000)$/.test(code)) throw error;
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed ? `"${failed.migrationName}" ` : ''}failed: ${reason}`);
  }
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (store.dialect === 'sqlite' || applied.length) await updateStatistics(store);
  return { applied };
}
