import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { section, stripTags } from '../support/html.js';
import { testApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const HEADING = { en: '13 February 2024, Tuesday', ru: '13 февраля 2024, вторник', ky: '13-февраль, 2024, шейшемби' };
const EMPTY = { en: 'There was no news on this day.', ru: 'В этот день новостей не было.', ky: 'Бул күнү жаңылык болгон жок.' };

describe.each(['ru', 'ky', 'en'] as const)('day archive in %s', (lang) => {
  it('lists the whole day newest first, with previous and next day', async () => {
    const res = await t.app.inject(`/${lang}/news/2024-02-13/`);
    expect(res.statusCode).toBe(200);
    expect(stripTags(section(res.body, /<h1 class="page-title">/)!)).toBe(HEADING[lang]);
    const start = Date.parse('2024-02-12T18:00:00Z');
    const rows = await t.store.db
      .selectFrom('articles')
      .where('lang', '=', lang)
      .where('status', '=', 'published')
      .where('published_at', '>=', start)
      .where('published_at', '<', start + 86_400_000)
      .orderBy('published_at', 'desc')
      .select(['id', 'published_at'])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    const ids = [...section(res.body, /<ol class="day-list">/)!.matchAll(/href="\/[a-z]+\/(\d+)-/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(rows.map((r) => r.id));
    expect(res.body).toContain(`href="/${lang}/news/2024-02-12/" rel="prev"`);
    expect(res.body).toContain(`href="/${lang}/news/2024-02-14/" rel="next"`);
  });

  it('has no next day for today and says so when a day had no news', async () => {
    const today = await t.app.inject(`/${lang}/news/2024-02-14/`);
    expect(today.statusCode).toBe(200);
    expect(today.body).not.toContain('rel="next"');
    const quiet = await t.app.inject(`/${lang}/news/2023-06-01/`);
    expect(quiet.statusCode).toBe(200);
    expect(quiet.body).toContain(EMPTY[lang]);
  });

  it('gives 404 for future days and for dates that do not exist', async () => {
    for (const day of ['2024-02-15', '2024-02-30', '2024-13-01', 'yesterday', '2024-2-1', '99999-01-01']) {
      expect((await t.app.inject(`/${lang}/news/${day}/`)).statusCode, day).toBe(404);
    }
  });
});
