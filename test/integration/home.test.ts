import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hrefs, section, stripTags } from '../support/html.js';
import { testApp, type TestApp } from '../support/app.js';
import { TEST_NOW } from '../support/constants.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe.each(['ru', 'ky', 'en'] as const)('home page in %s', (lang) => {
  it('shows the pinned top story, breaking news, latest news, rubric blocks, popular and the day feed', async () => {
    const res = await t.app.inject(`/${lang}/`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    const pinned = await t.store.db.selectFrom('articles').where('lang', '=', lang).where('is_pinned', '=', 1).where('status', '=', 'published').select(['id', 'headline']).executeTakeFirstOrThrow();
    const top = section(html, /<section class="top-story"/)!;
    expect(top).toContain(`/${lang}/${pinned.id}-`);
    const breaking = await t.store.db
      .selectFrom('articles')
      .where('lang', '=', lang)
      .where('is_breaking', '=', 1)
      .where('status', '=', 'published')
      .where('published_at', '>=', TEST_NOW - 86_400_000)
      .where('published_at', '<=', TEST_NOW)
      .select(['id'])
      .execute();
    expect(breaking.length).toBeGreaterThan(0);
    expect(section(html, /<section class="breaking-banner"/)).toContain(`/${lang}/${breaking[0].id}-`);
    const latest = section(html, /<section class="latest"/)!;
    expect((latest.match(/<article class="card/g) ?? []).length).toBe(12);
    expect(html.match(/<section class="rubric-block"/g)!.length).toBeGreaterThanOrEqual(5);
    expect((section(html, /<section class="popular"/)!.match(/<li>/g) ?? []).length).toBe(8);
    expect(section(html, /<section class="day-feed"/)).toContain(`/${lang}/news/2024-02-14/`);
    // No story twice among the top story, the latest and the rubric blocks.
    const main = section(html, /<div class="content">/)!;
    const ids = hrefs(main).map((h) => /^\/[a-z]+\/(\d+)-/.exec(h)?.[1]).filter(Boolean);
    const cardIds = [...main.matchAll(/<h3 class="card-title"><a href="\/[a-z]+\/(\d+)-/g)].map((m) => m[1]);
    expect(new Set(cardIds).size).toBe(cardIds.length);
    expect(ids.length).toBeGreaterThan(20);
    // Every home page links to the other languages' home pages.
    for (const other of ['ru', 'ky', 'en']) expect(html).toContain(`<link rel="alternate" hreflang="${other}" href="http://news.test/${other}/">`);
  });
});

describe('the header', () => {
  it('shows a neutral note when no rates are stored, and the latest stored rates otherwise', async () => {
    const withRates = await t.app.inject('/en/');
    expect(stripTags(section(withRates.body, /<section class="rates"/)!)).toMatch(/USD \d+\.\d\d.*EUR \d+\.\d\d.*RUB \d+\.\d\d.*14 February 2024/);
    // Rates from a later date than "today" are not shown as today's.
    await t.store.db.deleteFrom('currency_rates').where('date', '>', '2024-02-12').execute();
    await t.app.contentChanged({ kind: 'rates' });
    const older = await t.app.inject('/en/');
    expect(section(older.body, /<section class="rates"/)).toContain('<time datetime="2024-02-12">12 February 2024</time>');
    await t.store.db.deleteFrom('currency_rates').execute();
    await t.app.contentChanged({ kind: 'rates' });
    const none = await t.app.inject('/ru/');
    expect(none.body).toContain('<p class="rates rates-empty">Курсы валют пока не загружены</p>');
  });
});
