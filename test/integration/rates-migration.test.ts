// Migration 003 keeps the rows stored before it (the demo history) as KGS rates per one unit.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { migrate, openStore, type Store } from '../../src/store/db.js';
import { migrationProvider } from '../../src/store/migrations/index.js';
import { RatesReader } from '../../src/store/rates.js';
import { adminUrl, databaseUrl } from '../support/pg.js';

let store: Store | null = null;

afterAll(async () => {
  await store?.close();
});

it('moves the existing rates into the new table', async () => {
  const { dialect, runId } = inject('testDb');
  if (dialect === 'sqlite') {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsdesk-mig-')), 'm.sqlite');
    store = openStore({ dialect, databaseUrl: `sqlite:${file}`, sqlitePath: file });
  } else {
    const name = `${runId}_mig_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl(process.env.TEST_POSTGRES_URL!) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    store = openStore({ dialect, databaseUrl: databaseUrl(process.env.TEST_POSTGRES_URL!, name), sqlitePath: null });
  }
  const migrator = new Migrator({ db: store.db, provider: migrationProvider({ dialect }) });
  const to002 = await migrator.migrateTo('002-search');
  expect(to002.error).toBeUndefined();
  const old = store.db as any;
  await old
    .insertInto('currency_rates')
    .values([
      { date: '2024-02-13', code: 'USD', rate: 89.1, source: 'demo', updated_at: 1 },
      { date: '2024-02-14', code: 'USD', rate: 89.2, source: 'demo', updated_at: 2 },
    ])
    .execute();
  expect((await migrate(store)).applied[0]).toBe('003-rates');
  const rows = await store.db.selectFrom('currency_rates').selectAll().orderBy('date').execute();
  expect(rows).toEqual([
    { source: 'demo', base: 'KGS', date: '2024-02-13', code: 'USD', nominal: 1, value: 89.1, rate: 89.1, file_date: '2024-02-13', fetched_at: 1 },
    { source: 'demo', base: 'KGS', date: '2024-02-14', code: 'USD', nominal: 1, value: 89.2, rate: 89.2, file_date: '2024-02-14', fetched_at: 2 },
  ]);
  expect(await new RatesReader(store.db).latest(['USD'], '2024-02-14')).toMatchObject({ date: '2024-02-14', rates: [{ code: 'USD', rate: 89.2, previous: 89.1 }] });
});
