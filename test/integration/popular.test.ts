// Popular (issue 5): per language, most read in the last 24 hours from the hourly counters plus the
// views not yet written; the 7-day window on a quiet day; cached a minute, dropped on a change.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POPULAR_NEEDED } from '../../src/audience/popular/popular.js';
import { testApp, type TestApp } from '../support/app.js';
import { TEST_NOW } from '../support/constants.js';

const HOUR = 3_600_000;
const NOW_HOUR = Math.floor(TEST_NOW / HOUR) * HOUR;
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';

let clock = TEST_NOW;
let t: TestApp;
let ru: Array<{ id: number; story_id: number; headline: string }>;
let ky: Array<{ id: number }>;

const published = (lang: string) =>
  t.store.db.selectFrom('articles').where('lang', '=', lang).where('status', '=', 'published').where('published_at', '<=', TEST_NOW).orderBy('published_at', 'desc').select(['id', 'story_id', 'headline']).limit(14).execute();

/** Hourly counters exactly as given: [article, hours ago, views]. */
async function setViews(lang: string, rows: Array<[number, number, number]>) {
  await t.store.db.deleteFrom('article_views_hourly').execute();
  if (rows.length) await t.store.db.insertInto('article_views_hourly').values(rows.map(([id, ago, views]) => ({ article_id: id, hour: NOW_HOUR - ago * HOUR, lang, views }))).execute();
  await t.app.contentChanged({ kind: 'taxonomy' });
}

const ids = (items: Array<{ id: number }>) => items.map((a) => a.id);

beforeAll(async () => {
  // Flushes only when a test asks (the timer would write in the middle of an assertion).
  t = await testApp({ clock: () => clock, configure: (c) => (c.viewsFlushMs = 600_000) });
  ru = await published('ru');
  ky = await published('ky');
});
afterAll(() => t.close());
beforeEach(() => {
  clock = TEST_NOW;
});

describe('popular', () => {
  it('ranks the last 24 hours of a language by views; older reading does not count', async () => {
    // Nine stories read today (90, 80 … 10 views), one read a lot three days ago.
    const today: Array<[number, number, number]> = ru.slice(0, 9).map((a, i) => [a.id, (i % 5) + 1, 90 - i * 10]);
    await setViews('ru', [...today, [ru[9].id, 72, 5000], [ru[8].id, 30, 1000]]);
    const list = await t.app.popular.compute('ru');
    expect(list.window).toBe('24h');
    expect(ids(list.items)).toEqual(ru.slice(0, 9).map((a) => a.id));
    // The other languages have no views in these rows.
    expect((await t.app.popular.compute('ky')).items).toEqual([]);
  });

  it('falls back to 7 days when fewer stories than needed were read today', async () => {
    await setViews('ru', [
      [ru[0].id, 2, 50],
      [ru[1].id, 3, 40],
      [ru[2].id, 100, 900], // four days ago
      [ru[3].id, 26, 60],
      [ru[4].id, 8 * 24, 9999], // before the week
    ]);
    const list = await t.app.popular.compute('ru');
    expect(list.window).toBe('7d');
    expect(ids(list.items)).toEqual([ru[2].id, ru[3].id, ru[0].id, ru[1].id]);
    expect(POPULAR_NEEDED).toBeGreaterThan(list.items.length);
  });

  it('adds the views not yet written to the stored ones', async () => {
    await setViews('ky', ky.slice(0, 9).map((a, i) => [a.id, 1, 20 - i]));
    expect(ids((await t.app.popular.compute('ky')).items)[0]).toBe(ky[0].id);
    // 25 readers of an article nobody had read: not in the database yet, first in the list.
    for (let i = 0; i < 25; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/views', remoteAddress: `10.9.0.${i}`, headers: { 'content-type': 'application/json', 'user-agent': FIREFOX }, payload: JSON.stringify({ id: ky[12].id }) });
      expect(r.json().counted).toBe(true);
    }
    // …and 3 more for the ninth: 12 stored + 3 unwritten lifts it above the eighth (13) and seventh (14).
    for (let i = 0; i < 3; i++) await t.app.inject({ method: 'POST', url: '/api/v1/views', remoteAddress: `10.9.1.${i}`, headers: { 'content-type': 'application/json', 'user-agent': FIREFOX }, payload: JSON.stringify({ id: ky[8].id }) });
    const list = await t.app.popular.compute('ky');
    expect(ids(list.items).slice(0, 2)).toEqual([ky[12].id, ky[0].id]);
    expect(ids(list.items).indexOf(ky[8].id)).toBeLessThan(ids(list.items).indexOf(ky[6].id));
    // Once written, the same order comes from the database alone.
    await t.app.views.flush();
    expect(ids((await t.app.popular.compute('ky')).items)).toEqual(ids(list.items));
  });

  it('is kept for a minute, then computed again; a change drops it and an unpublished story never shows', async () => {
    const today: Array<[number, number, number]> = ru.slice(0, 10).map((a, i) => [a.id, 1, 100 - i]);
    await setViews('ru', today);
    const first = await t.app.popular.list('ru', 8);
    expect(ids(first)).toEqual(ids(ru.slice(0, 8)));
    // Stored counters change behind its back: the kept list stands for a minute.
    await t.store.db.updateTable('article_views_hourly').set({ views: 1 }).where('article_id', '=', ru[0].id).execute();
    clock = TEST_NOW + 59_000;
    expect(ids(await t.app.popular.list('ru', 8))).toEqual(ids(first));
    clock = TEST_NOW + 61_000;
    expect(ids(await t.app.popular.list('ru', 8))).toEqual(ids(ru.slice(1, 9)));

    // Unpublishing goes through contentChanged (the newsroom calls it): the story leaves at once.
    await t.store.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', ru[1].id).execute();
    await t.app.contentChanged({ kind: 'article', articleId: ru[1].id, storyId: ru[1].story_id });
    const after = await t.app.popular.list('ru', 8);
    expect(ids(after)).not.toContain(ru[1].id);
    expect(ids(after)).toEqual(ids(ru.slice(2, 10)));
  });

  it('shows 8 on the home page and 4 with pictures beside an article, without the article itself', async () => {
    const withCover = await t.store.db.selectFrom('articles').where('lang', '=', 'en').where('status', '=', 'published').where('cover_image_id', 'is not', null).where('published_at', '<=', TEST_NOW).select(['id', 'slug', 'headline']).orderBy('published_at', 'desc').limit(6).execute();
    expect(withCover.length).toBe(6);
    await setViews('en', withCover.map((a, i) => [a.id, 1, 600 - i]));
    await t.store.db.insertInto('article_views_hourly').values((await published('en')).slice(0, 8).map((a, i) => ({ article_id: a.id, hour: NOW_HOUR - 2 * HOUR, lang: 'en', views: 50 - i }))).onConflict((oc) => oc.doNothing()).execute();
    await t.app.contentChanged({ kind: 'taxonomy' });

    const home = await t.app.inject({ url: '/en/' });
    const block = /<section class="popular"[\s\S]*?<\/section>/.exec(home.body)?.[0] ?? '';
    expect(block.match(/<li/g)?.length).toBe(8);
    expect(block.indexOf(withCover[0].headline)).toBeGreaterThan(-1);
    expect(block.indexOf(withCover[0].headline)).toBeLessThan(block.indexOf(withCover[1].headline));

    const page = await t.app.inject({ url: `/en/${withCover[0].id}-${withCover[0].slug}/` });
    const aside = /<section class="popular"[\s\S]*?<\/section>/.exec(page.body)?.[0] ?? '';
    expect(aside.match(/<li/g)?.length).toBe(4);
    expect(aside).not.toContain(`/en/${withCover[0].id}-`);
    expect(aside.match(/<picture|<img/g)?.length).toBeGreaterThanOrEqual(4);
    expect(aside.indexOf(withCover[1].headline)).toBeLessThan(aside.indexOf(withCover[2].headline));
  });
});
