// The scheduler inside the server: a scheduled article goes live within one tick of its time and
// appears on the home page, the day feed and RSS; hourly housekeeping empties the trash after 30
// days and drops expired sessions and old failed logins; a failing run is logged, not thrown.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startScheduler } from '../../../src/newsroom/articles/scheduler.js';
import { newsroomDeps } from '../../../src/newsroom/deps.js';
import { TEST_NOW } from '../../support/constants.js';
import { testApp, testDatabase, type TestApp } from '../../support/app.js';
import { createStaff, type TestStaff } from '../../support/newsroom.js';
import { call, createVia, headline } from './articles-support.js';

const MIN = 60_000;
const DAY = 86_400_000;
let t: TestApp;
let editor: TestStaff;
let now = TEST_NOW;

beforeAll(async () => {
  t = await testApp({ clock: () => now });
  editor = await createStaff(t, 'editor');
});
afterAll(() => t.close());

/** Waits for the app's own scheduler (a tick every 10 s); fails after two ticks' worth. */
async function untilTrue(check: () => Promise<boolean>) {
  await vi.waitFor(async () => expect(await check()).toBe(true), { timeout: 25_000, interval: 200 });
}

describe('scheduled publishing', () => {
  it('publishes within one tick of the due time; home, day feed and RSS show it', async () => {
    const a = await createVia(t, editor, { headline: headline('Запланированная новость') });
    const scheduled = await call(t, editor, 'POST', `/articles/${a.id}/schedule`, { at: now + 5 * MIN });
    expect(scheduled.statusCode).toBe(200);
    for (const url of ['/ru/', '/ru/news/2024-02-14/', '/ru/feed.rss']) expect((await t.app.inject({ url })).body, url).not.toContain(a.headline);

    now += 5 * MIN;
    await untilTrue(async () => (await call(t, editor, 'GET', `/articles/${a.id}`)).json().status === 'published');
    const live = (await call(t, editor, 'GET', `/articles/${a.id}`)).json();
    expect(live.publishedAt).toBe(TEST_NOW + 5 * MIN);
    for (const url of ['/ru/', '/ru/news/2024-02-14/', '/ru/feed.rss', live.publicPath]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain(a.headline.replace(/"/g, '&quot;'));
    }
    const audit = await t.store.db.selectFrom('audit_log').where('article_id', '=', a.id).where('action', '=', 'article.publish').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_id: null, user_name: null, at: now });
    expect(JSON.parse(audit[0].details!)).toMatchObject({ by: 'scheduler', scheduledAt: TEST_NOW + 5 * MIN });
  });

  it('leaves an unpublished (cancelled) schedule alone', async () => {
    const a = await createVia(t, editor);
    await call(t, editor, 'POST', `/articles/${a.id}/schedule`, { at: now + 2 * MIN });
    await call(t, editor, 'POST', `/articles/${a.id}/unpublish`);
    const b = await createVia(t, editor);
    await call(t, editor, 'POST', `/articles/${b.id}/schedule`, { at: now + 2 * MIN });
    now += 3 * MIN;
    await untilTrue(async () => (await call(t, editor, 'GET', `/articles/${b.id}`)).json().status === 'published');
    expect((await call(t, editor, 'GET', `/articles/${a.id}`)).json().status).toBe('unpublished');
  });
});

describe('hourly housekeeping', () => {
  it('empties the trash after 30 days, drops expired sessions and failed logins older than a day', async () => {
    const a = await createVia(t, editor);
    await call(t, editor, 'POST', `/articles/${a.id}/trash`);
    const user = await t.store.db.selectFrom('users').select('id').where('id', '=', editor.id).executeTakeFirstOrThrow();
    const later = now + 31 * DAY;
    await t.store.db.insertInto('sessions').values({ token_hash: `expired-${process.pid}`, user_id: user.id, csrf_token: 'x', created_at: now, last_seen_at: now, expires_at: later - DAY, ip: null, user_agent: null }).execute();
    await t.store.db.insertInto('login_failures').values([{ key: `ip:old-${process.pid}`, at: later - 2 * DAY }, { key: `ip:new-${process.pid}`, at: later - 60 * MIN }]).execute();

    now = later;
    await untilTrue(async () => !(await t.store.db.selectFrom('articles').where('id', '=', a.id).select('id').executeTakeFirst()));
    await untilTrue(async () => !(await t.store.db.selectFrom('sessions').where('token_hash', '=', `expired-${process.pid}`).select('user_id').executeTakeFirst()));
    // failed logins are pruned right after the sessions, in their own statement
    const failures = () => t.store.db.selectFrom('login_failures').where('key', 'like', `ip:%-${process.pid}`).select('key').execute();
    await untilTrue(async () => (await failures()).length === 1);
    expect((await failures()).map((f) => f.key)).toEqual([`ip:new-${process.pid}`]);
  });
});

describe('the scheduler itself', () => {
  it('never overlaps runs, logs failures instead of throwing, and stops', async () => {
    const { config, store } = await testDatabase();
    const errors: unknown[] = [];
    const log = { error: (o: unknown) => errors.push(o), info: () => {}, warn: () => {}, debug: () => {} } as never;
    const deps = newsroomDeps({ store, config, now: () => TEST_NOW, log, assets: { byPath: new Map() } as never });
    const scheduler = startScheduler(deps, { tickMs: 3_600_000 });
    const first = scheduler.tick();
    expect(scheduler.tick()).toBe(first);
    await first;
    expect(errors).toEqual([]);
    await store.close();
    await expect(scheduler.tick()).resolves.toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);
    await scheduler.stop();
  });
});
