import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { section, stripTags } from '../support/html.js';
import { testApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const PAGE_SIZE = 20;

async function biggestRubric(lang: string) {
  const rows = await t.store.db
    .selectFrom('articles as a')
    .innerJoin('rubric_i18n as r', (j) => j.onRef('r.rubric_id', '=', 'a.rubric_id').on('r.lang', '=', lang))
    .where('a.lang', '=', lang)
    .where('a.status', '=', 'published')
    .groupBy(['r.slug', 'r.name'])
    .select(['r.slug', 'r.name', (eb) => eb.fn.countAll<number>().as('n')])
    .orderBy('n', 'desc')
    .execute();
  return rows[0];
}

/** Adds published copies of an article (as new stories) so that a rubric spans several pages. */
async function addArticles(lang: string, rubricSlug: string, count: number) {
  const db = t.store.db;
  const rubric = await db.selectFrom('rubric_i18n').where('lang', '=', lang).where('slug', '=', rubricSlug).select('rubric_id').executeTakeFirstOrThrow();
  const model = await db.selectFrom('articles').where('lang', '=', lang).where('rubric_id', '=', rubric.rubric_id).where('status', '=', 'published').selectAll().executeTakeFirstOrThrow();
  for (let i = 0; i < count; i++) {
    const { id: storyId } = await db.insertInto('stories').values({ created_at: model.created_at }).returning('id').executeTakeFirstOrThrow();
    const { id: _id, ...rest } = model;
    await db
      .insertInto('articles')
      .values({ ...rest, story_id: storyId, slug: `${model.slug}-${i}`, headline: `${model.headline} (${i})`, published_at: Number(model.published_at) - (i + 1) * 3600_000 })
      .execute();
  }
}

describe.each(['ru', 'ky', 'en'] as const)('listing pages in %s', (lang) => {
  it('paginates a rubric: page 1 bare, ?page=1 redirects, the last page exists, one past it is 404', async () => {
    let rubric = await biggestRubric(lang);
    if (Number(rubric.n) <= 2 * PAGE_SIZE) {
      await addArticles(lang, rubric.slug, 2 * PAGE_SIZE + 5 - Number(rubric.n));
      rubric = await biggestRubric(lang);
    }
    const n = Number(rubric.n);
    expect(n).toBeGreaterThan(2 * PAGE_SIZE);
    const base = `/${lang}/rubric/${rubric.slug}/`;
    const first = await t.app.inject(base);
    expect(first.statusCode).toBe(200);
    expect(stripTags(section(first.body, /<h1 class="page-title">/)!)).toBe(rubric.name);
    expect((first.body.match(/<article class="story-row">/g) ?? []).length).toBe(PAGE_SIZE);
    expect(first.body).toContain(`href="${base}?page=2" rel="next"`);
    const redirect = await t.app.inject(`${base}?page=1`);
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe(base);
    const pages = Math.ceil(n / PAGE_SIZE);
    const last = await t.app.inject(`${base}?page=${pages}`);
    expect(last.statusCode).toBe(200);
    expect((last.body.match(/<article class="story-row">/g) ?? []).length).toBe(n - (pages - 1) * PAGE_SIZE);
    expect(last.body).toContain(`<link rel="canonical" href="http://news.test${base}?page=${pages}">`);
    expect(last.body).not.toContain('rel="next"');
    for (const bad of [`${base}?page=${pages + 1}`, `${base}?page=0`, `${base}?page=abc`, `${base}?page=-1`, `${base}?page=1.5`]) {
      expect((await t.app.inject(bad)).statusCode, bad).toBe(404);
    }
  });

  it('shows tag and author pages, linked from the article, and 404 for unknown slugs', async () => {
    const tag = await t.store.db
      .selectFrom('tag_i18n as t')
      .innerJoin('article_tags as at', 'at.tag_id', 't.tag_id')
      .innerJoin('articles as a', 'a.id', 'at.article_id')
      .where('t.lang', '=', lang)
      .where('a.lang', '=', lang)
      .where('a.status', '=', 'published')
      .select(['t.slug', 't.name'])
      .executeTakeFirstOrThrow();
    const tagPage = await t.app.inject(`/${lang}/tag/${tag.slug}/`);
    expect(tagPage.statusCode).toBe(200);
    expect(stripTags(section(tagPage.body, /<h1 class="page-title">/)!)).toBe(`#${tag.name}`);
    expect(tagPage.body).toMatch(/<article class="story-row">/);
    const author = await t.store.db.selectFrom('authors').select('slug').executeTakeFirstOrThrow();
    const authorPage = await t.app.inject(`/${lang}/author/${author.slug}/`);
    expect(authorPage.statusCode).toBe(200);
    expect(authorPage.body).toMatch(/<article class="story-row">/);
    for (const url of [`/${lang}/tag/no-such-tag/`, `/${lang}/author/nobody/`, `/${lang}/rubric/nothing/`]) {
      expect((await t.app.inject(url)).statusCode, url).toBe(404);
    }
  });

  it('links the same rubric in the other languages', async () => {
    const rubric = await biggestRubric(lang);
    const page = await t.app.inject(`/${lang}/rubric/${rubric.slug}/`);
    const slugs = await t.store.db
      .selectFrom('rubric_i18n as r')
      .where('r.rubric_id', '=', t.store.db.selectFrom('rubric_i18n').where('lang', '=', lang).where('slug', '=', rubric.slug).select('rubric_id'))
      .select(['lang', 'slug'])
      .execute();
    for (const s of slugs) expect(section(page.body, /<nav class="lang-switch"/)).toContain(`href="/${s.lang}/rubric/${s.slug}/"`);
  });
});
