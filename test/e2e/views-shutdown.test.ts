// The real server process (dist/cli.js serve) with a 60-second flush window: views counted in the
// browser (script and no-JS pixel) and by N beacons sit in memory; SIGTERM must write every one of
// them before the process exits. Runs on the suite's dialect (a copy of the demo database).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { openStore } from '../../src/store/db.js';
import { testDatabase } from '../support/app.js';
import { HAS_CHROMIUM, IS_CI, launchBrowser } from '../support/browser.js';
import { TEST_TZ } from '../support/constants.js';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
const BEACONS = 240;

function newest(p: string): number {
  const st = statSync(p);
  return st.isDirectory() ? Math.max(0, ...readdirSync(p).map((e) => newest(path.join(p, e)))) : st.mtimeMs;
}

/** Builds dist/ when it is missing or older than the sources (as npm start does). */
function buildIfStale(): void {
  const built = existsSync(cli) ? statSync(cli).mtimeMs : 0;
  if (built < Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'package.json')))) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

let config: Config;
let tmp: string;
let server: ChildProcess;
let base: string;
let stderr = '';
const startHour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
let articles: Array<{ id: number; lang: string; slug: string; view_count: number }>;

async function totals(): Promise<Map<number, { total: number; daily: number; hourly: number }>> {
  const store = openStore(config);
  try {
    const ids = articles.map((a) => a.id);
    const [rows, daily, hourly] = await Promise.all([
      store.db.selectFrom('articles').select(['id', 'view_count']).where('id', 'in', ids).execute(),
      store.db.selectFrom('article_views_daily').select(['article_id', 'views']).where('article_id', 'in', ids).execute(),
      // The demo's hourly rows are from 2024 and purged by the server's first flush: only this run's hours.
      store.db.selectFrom('article_views_hourly').select(['article_id', 'views']).where('article_id', 'in', ids).where('hour', '>=', startHour).execute(),
    ]);
    const out = new Map(rows.map((r) => [r.id, { total: r.view_count, daily: 0, hourly: 0 }]));
    for (const r of daily) out.get(r.article_id)!.daily += r.views;
    for (const r of hourly) out.get(r.article_id)!.hourly += r.views;
    return out;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  buildIfStale();
  const db = await testDatabase();
  config = db.config;
  articles = await db.store.db
    .selectFrom('articles')
    .where('status', '=', 'published')
    .where('lang', 'in', ['ru', 'en', 'ky'])
    .select(['id', 'lang', 'slug', 'view_count'])
    .orderBy('published_at', 'desc')
    .limit(5)
    .execute();
  await db.store.close();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-views-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [cli, 'serve'], {
    cwd: tmp,
    env: {
      PATH: process.env.PATH!,
      DATABASE_URL: config.databaseUrl,
      DATA_DIR: tmp,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: base,
      SITE_TZ: TEST_TZ,
      DEMO_ON_EMPTY: 'false',
      RATES_FETCH: 'off',
      SCHEDULER: 'off',
      LOG_LEVEL: 'warn',
      VIEWS_FLUSH_MS: '60000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr!.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${stderr}`)), 60_000);
    const check = () => {
      if (stderr.includes('Newsdesk is serving')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stderr!.on('data', check);
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${stderr}`)));
  });
}, 120_000);

afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('views survive a SIGTERM of the real server', () => {
  const expected = new Map<number, number>();
  const add = (id: number, n = 1) => expected.set(id, (expected.get(id) ?? 0) + n);

  it.skipIf(!HAS_CHROMIUM && !IS_CI)('counts a page view from the script, shows the fresh total, and from the pixel without JavaScript', async () => {
    const browser = await launchBrowser();
    try {
      const [a, b] = articles;
      const withJs = await browser.newContext({ userAgent: FIREFOX });
      const page = await withJs.newPage();
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/views') && r.request().method() === 'POST');
      await page.goto(`${base}/${a.lang}/${a.id}-${a.slug}/`);
      const response = await answered;
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { counted: boolean; views: number };
      expect(body).toEqual({ counted: true, views: a.view_count + 1 });
      const shown = new Intl.NumberFormat({ ru: 'ru-RU', ky: 'ky-KG', en: 'en-GB' }[a.lang], { maximumFractionDigits: 0 }).format(body.views);
      await page.waitForFunction((text) => document.querySelector('[data-views]')?.textContent === text, shown);
      add(a.id);

      const noJs = await browser.newContext({ userAgent: `${FIREFOX} (no script)`, javaScriptEnabled: false });
      const plain = await noJs.newPage();
      const pixel = plain.waitForResponse((r) => r.url().endsWith(`/api/v1/views/${b.id}.gif`));
      await plain.goto(`${base}/${b.lang}/${b.id}-${b.slug}/`);
      expect((await pixel).status()).toBe(200);
      add(b.id);
    } finally {
      await browser.close();
    }
  });

  it(`writes all ${BEACONS} beacons on SIGTERM although the flush window is a minute`, async () => {
    const send = async (i: number) => {
      const a = articles[i % articles.length];
      const r = await fetch(`${base}/api/v1/views`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': FIREFOX, 'x-forwarded-for': `10.${i >> 8}.${i & 255}.7` },
        body: JSON.stringify({ id: a.id }),
      });
      expect(r.status).toBe(200);
      expect(((await r.json()) as { counted: boolean }).counted).toBe(true);
      add(a.id);
    };
    for (let i = 0; i < BEACONS; i += 20) await Promise.all(Array.from({ length: 20 }, (_, k) => send(i + k)));

    // Nothing written yet: the minute-long window has not passed.
    const before = await totals();
    for (const a of articles) expect(before.get(a.id)!.total).toBe(a.view_count);

    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);

    const after = await totals();
    let sum = 0;
    for (const a of articles) {
      const n = expected.get(a.id) ?? 0;
      sum += n;
      expect(after.get(a.id)!.total - before.get(a.id)!.total, `article ${a.id}`).toBe(n);
      expect(after.get(a.id)!.daily - before.get(a.id)!.daily, `article ${a.id} daily`).toBe(n);
      expect(after.get(a.id)!.hourly - before.get(a.id)!.hourly, `article ${a.id} hourly`).toBe(n);
    }
    expect(sum).toBeGreaterThanOrEqual(BEACONS);
    expect(stderr).not.toMatch(/flush failed|lost/);
  });
});
