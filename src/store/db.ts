// Opens the store on SQLite (embedded, default) or PostgreSQL, and runs migrations.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
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
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
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
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
