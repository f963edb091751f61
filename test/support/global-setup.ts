// Builds one database with the demo content per test run and dialect; every test file then gets its
// own copy (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL), so tests can write.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadDemo } from '../../src/demo/load.js';
import { migrate, openStore } from '../../src/store/db.js';
import { TEST_NOW, TEST_TZ } from './constants.js';
import { adminUrl, databaseUrl } from './pg.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { dialect: 'sqlite' | 'postgres'; template: string; mediaDir: string; runId: string };
  }
}

export default async function setup(project: TestProject) {
  const dialect = project.name === 'postgres' ? 'postgres' : 'sqlite';
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-test-'));
  const mediaDir = path.join(tmp, 'media');
  const runId = `newsdesk_test_${process.pid}_${Date.now().toString(36)}`;
  let template: string;
  if (dialect === 'sqlite') {
    template = path.join(tmp, 'template.sqlite');
    const store = openStore({ dialect, databaseUrl: `sqlite:${template}`, sqlitePath: template });
    await migrate(store);
    await loadDemo(store, { mediaDir, tz: TEST_TZ, now: TEST_NOW });
    // Fold the WAL back so that a plain file copy is a complete database.
    await store.close();
  } else {
    const url = process.env.TEST_POSTGRES_URL;
    if (!url) throw new Error('TEST_POSTGRES_URL is not set: the PostgreSQL suite needs a server to create throwaway databases on');
    template = `${runId}_tpl`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const store = openStore({ dialect, databaseUrl: databaseUrl(url, template), sqlitePath: null });
    await migrate(store);
    await loadDemo(store, { mediaDir, tz: TEST_TZ, now: TEST_NOW });
    await store.close();
  }
  project.provide('testDb', { dialect, template, mediaDir, runId });

  return async () => {
    if (dialect === 'postgres') {
      const admin = new pg.Client({ connectionString: adminUrl(process.env.TEST_POSTGRES_URL!) });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${runId}%`]);
      for (const { datname } of rows) {
        await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      }
      await admin.end();
    }
    rmSync(tmp, { recursive: true, force: true });
  };
}
