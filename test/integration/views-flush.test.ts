// Counted views reach the database in batches: one transaction adds to articles.view_count and upserts
// the daily (site time zone) and hourly (UTC) counters; a failed write keeps the counts for the next
// try; closing the app writes what is left; old hourly rows are purged.
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewCounter } from '../../src/audience/views/counter.js';
import { writeBatch } from '../../src/audience/views/write.js';
import { testApp, type TestApp } from '../support/app.js';
import { TEST_NOW, TEST_TZ } from '../support/constants.js';
import { publishedArticle } from '../support/content.js';

const HOUR = 3_600_000;
const UA: IncomingHttpHeaders = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0' };
// 20:30 UTC on 14 February is 02:30 on the 15th in Bishkek: the day must be the site's.
const EVENING = Date.parse('2024-02-14T20:30:00Z');

let clock = EVENING;
let t: TestApp;
let ru: { id: number; story_id: number };
let en: { id: number };

beforeAll(async () => {
  // Flushes only when a test asks (the timer would write in the middle of an assertion).
  t = await testApp({ clock: () => clock, configure: (c) => (c.viewsFlushMs = 600_000) });
  ru = await publishedArticle(t.store.db, 'ru');
  en = await publishedArticle(t.store.db, 'en');
});
afterAll(() => t.close());

async function counters(id: number) {
  const db = t.store.db;
  const [a, daily, hourly] = await Promise.all([
    db.selectFrom('articles').select('view_count').where('id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('article_views_daily').select(['day', 'lang', 'views']).where('article_id', '=', id).orderBy('day').execute(),
    db.selectFrom('article_views_hourly').select(['hour', 'lang', 'views']).where('article_id', '=', id).orderBy('hour').execute(),
  ]);
  return { total: a.view_count, daily: Object.fromEntries(daily.map((r) => [r.day, r.views])), hourly: Object.fromEntries(hourly.map((r) => [Number(r.hour), r.views])) };
}

let reader = 0;
function view(counter: ViewCounter, id: number) {
  return counter.record({ id, address: `192.0.2.${++reader % 250}`, headers: { ...UA, 'user-agent': `${UA['user-agent']} r${reader}` } });
}

describe('view batches', () => {
  it('writes nothing until the flush, then the total, the site-time day and the UTC hour in one go', async () => {
    const before = await counters(ru.id);
    const beforeEn = await counters(en.id);
    for (let i = 0; i < 3; i++) expect((await view(t.app.views, ru.id)).kind).toBe('counted');
    await view(t.app.views, en.id);
    expect(await counters(ru.id)).toEqual(before);
    const outcome = await view(t.app.views, ru.id);
    expect(outcome).toEqual({ kind: 'counted', views: before.total + 4 });

    const written = await t.app.views.flush();
    expect(written).toMatchObject({ views: 5, articles: 2, dropped: 0 });
    const after = await counters(ru.id);
    const hour = Date.parse('2024-02-14T20:00:00Z');
    expect(after.total).toBe(before.total + 4);
    expect(after.daily['2024-02-15']).toBe((before.daily['2024-02-15'] ?? 0) + 4);
    expect(after.daily['2024-02-14']).toBe(before.daily['2024-02-14']);
    expect(after.hourly[hour]).toBe((before.hourly[hour] ?? 0) + 4);
    expect((await counters(en.id)).total).toBe(beforeEn.total + 1);
    const rows = await t.store.db.selectFrom('article_views_daily').select('lang').where('article_id', '=', en.id).where('day', '=', '2024-02-15').execute();
    expect(rows).toEqual([{ lang: 'en' }]);
    // Nothing left: the page count is the stored one again.
    expect(t.app.views.buffer.size).toBe(0);
    expect(await view(t.app.views, ru.id)).toEqual({ kind: 'counted', views: before.total + 5 });

    // The next batch adds to the same rows (upsert), in the next hour a new row.
    clock += HOUR;
    await view(t.app.views, ru.id);
    await t.app.views.flush();
    const again = await counters(ru.id);
    expect(again.total).toBe(before.total + 6);
    expect(again.daily['2024-02-15']).toBe((before.daily['2024-02-15'] ?? 0) + 6);
    expect(again.hourly[hour]).toBe((before.hourly[hour] ?? 0) + 5);
    expect(again.hourly[hour + HOUR]).toBe((before.hourly[hour + HOUR] ?? 0) + 1);
  });

  it('keeps the counts when a write fails, and writes them once with the next batch', async () => {
    let failing = true;
    const counter = new ViewCounter({
      db: t.store.db,
      tz: TEST_TZ,
      now: () => clock,
      flushMs: 60_000,
      enabled: true,
      log: t.app.log,
      write: (db, batch) => (failing ? Promise.reject(new Error('disk full')) : writeBatch(db, batch)),
    });
    const before = await counters(en.id);
    await view(counter, en.id);
    await view(counter, en.id);
    expect(await counter.flush()).toBeNull();
    expect(counter.buffer.size).toBe(2);
    expect(await counters(en.id)).toEqual(before);
    // Readers still see their views while the database is away.
    expect(await view(counter, en.id)).toEqual({ kind: 'counted', views: before.total + 3 });
    failing = false;
    expect(await counter.flush()).toMatchObject({ views: 3 });
    expect((await counters(en.id)).total).toBe(before.total + 3);
    expect(counter.buffer.size).toBe(0);
  });

  it('drops the views of an article deleted before the flush instead of failing the batch', async () => {
    const views = new Map([
      [en.id, { lang: 'en' as const, total: 2, hours: new Map([[Math.floor(clock / HOUR) * HOUR, 2]]), days: new Map([['2024-02-15', 2]]) }],
      [2_000_000_000, { lang: 'en' as const, total: 5, hours: new Map([[Math.floor(clock / HOUR) * HOUR, 5]]), days: new Map([['2024-02-15', 5]]) }],
    ]);
    const before = await counters(en.id);
    expect(await writeBatch(t.store.db, views)).toEqual({ views: 2, articles: 1, dropped: 5 });
    expect((await counters(en.id)).total).toBe(before.total + 2);
  });

  it('purges hourly rows older than 8 days, once an hour', async () => {
    const db = t.store.db;
    const hour = Math.floor(clock / HOUR) * HOUR;
    await db.insertInto('article_views_hourly').values([
      { article_id: ru.id, hour: hour - 9 * 24 * HOUR, lang: 'ru', views: 7 },
      { article_id: ru.id, hour: hour - 7 * 24 * HOUR, lang: 'ru', views: 7 },
    ]).onConflict((oc) => oc.doNothing()).execute();
    clock += 2 * HOUR; // the last purge was over an hour ago
    await t.app.views.flush();
    const left = await db.selectFrom('article_views_hourly').select('hour').where('article_id', '=', ru.id).where('hour', '<', hour - 6 * 24 * HOUR).execute();
    expect(left.map((r) => Number(r.hour))).toEqual([hour - 7 * 24 * HOUR]);
  });

  it('writes what is left when the app closes', async () => {
    const other = await testApp({ clock: () => clock, configure: (c) => (c.viewsFlushMs = 600_000) });
    const total = async () => (await other.store.db.selectFrom('articles').select('view_count').where('id', '=', ru.id).executeTakeFirstOrThrow()).view_count;
    let closed = false;
    try {
      const before = await total();
      await view(other.app.views, ru.id);
      await view(other.app.views, ru.id);
      expect(await total()).toBe(before);
      await other.app.close();
      closed = true;
      // Its store is still open (as in the server, which closes it after the app): the views are there.
      expect(await total()).toBe(before + 2);
      expect(other.app.views.buffer.size).toBe(0);
    } finally {
      if (!closed) await other.app.close();
      await other.store.close();
    }
  });
});
