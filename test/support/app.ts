// A fresh app on its own copy of the demo database, for one test file.
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { openStore, type Store } from '../../src/store/db.js';
import type { ContentChange } from '../../src/newsroom/deps.js';
import { buildApp } from '../../src/web/app.js';
import { TEST_BASE_URL, TEST_NOW, TEST_TZ } from './constants.js';
import { adminUrl, databaseUrl } from './pg.js';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  config: Config;
  /**
   * For tests that write to the store behind the app's back (the newsroom tells the app itself):
   * drops every cached page, as a change to everything would.
   */
  storeChanged(): Promise<void>;
  close(): Promise<void>;
}

let counter = 0;

export async function testDatabase(): Promise<{ config: Config; store: Store }> {
  const { dialect, template, mediaDir, runId } = inject('testDb');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-app-'));
  let url: string;
  if (dialect === 'sqlite') {
    const file = path.join(tmp, 'test.sqlite');
    copyFileSync(template, file);
    url = `sqlite:${file}`;
  } else {
    const name = `${runId}_${process.pid}_${++counter}`;
    const admin = new pg.Client({ connectionString: adminUrl(process.env.TEST_POSTGRES_URL!) });
    await admin.connect();
    // Two workers may copy the template at once; PostgreSQL refuses while another copy is running.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (err) {
        if (attempt > 50 || !/being accessed by other users/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    await admin.end();
    url = databaseUrl(process.env.TEST_POSTGRES_URL!, name);
  }
  const config = loadConfig({ DATABASE_URL: url, DATA_DIR: tmp, SITE_TZ: TEST_TZ, BASE_URL: TEST_BASE_URL, LOG_LEVEL: 'silent', RATES_FETCH: 'off' }, tmp);
  config.mediaDir = mediaDir;
  return { config, store: openStore(config) };
}

export async function testApp(opts: { now?: number; clock?: () => number; configure?: (c: Config) => void; onChange?: (c: ContentChange) => void } = {}): Promise<TestApp> {
  const { config, store } = await testDatabase();
  opts.configure?.(config);
  const app = await buildApp({ config, store, now: opts.clock ?? (() => opts.now ?? TEST_NOW), logger: false, onChange: opts.onChange });
  await app.ready();
  return {
    app,
    store,
    config,
    storeChanged: () => app.contentChanged({ kind: 'taxonomy' }),
    async close() {
      await app.close();
      await store.close();
    },
  };
}
