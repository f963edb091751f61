import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../support/constants.js';
import { publishedArticle, translationsOf } from '../support/content.js';
import { hrefs, section, stripTags, textOf } from '../support/html.js';
import { testApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const LANGS = ['ru', 'ky', 'en'] as const;
const EXPECT = {
  en: { date: '14 February 2024', day: '14 February, Wednesday', views: 'Views', print: 'Print', related: 'Related', popular: 'Popular', by: 'by', source: 'Source' },
  ru: { date: '14 февраля 2024', day: '14 февраля, среда', views: 'Просмотры', print: 'Печать', related: 'Похожие новости', popular: 'Популярное', by: 'автор:', source: 'Источник' },
  ky: { date: '14-февраль, 2024', day: '14-февраль, шаршемби', views: 'Көрүүлөр', print: 'Басып чыгаруу', related: 'Окшош жаңылыктар', popular: 'Көп окулгандар', by: 'автор:', source: 'Булак' },
};

describe.each(LANGS)('article page in %s', (lang) => {
  it('shows every element of the seed page', async () => {
    const a = await publishedArticle(t.store.db, lang, { translated: true, withSource: true, withCover: true });
    const res = await t.app.inject(`/${lang}/${a.id}-${a.slug}/`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    const e = EXPECT[lang];
    // Header: today's date and time in Bishkek, rates with their date, language switch.
    expect(textOf(html, /<p class="clock"[^>]*>([\s\S]*?)<\/p>/)).toContain(`${e.date}, 14:50`);
    const rates = section(html, /<section class="rates"/)!;
    for (const code of ['USD', 'EUR', 'RUB']) expect(rates).toContain(`<span class="rate-code">${code}</span>`);
    expect(rates).toMatch(/<time datetime="2024-02-14">/);
    expect(rates).toMatch(lang === 'en' ? /\d+\.\d\d</ : /\d+,\d\d</);
    // Article: rubric, headline, dateline, lead, body, source, tags.
    expect(html).toMatch(/<p class="article-rubric"><a href="\/[a-z]{2}\/rubric\/[^"]+\/">[^<]+<\/a><\/p>/);
    expect(textOf(html, /<h1 class="article-headline">([\s\S]*?)<\/h1>/)).toBe(a.headline);
    const dateline = textOf(html, /<p class="dateline">([\s\S]*?)<\/p>/)!;
    expect(dateline).toMatch(new RegExp(`^\\d\\d:\\d\\d, .+, ${a.dateline_place} – ${e.by} .+`));
    expect(textOf(html, /<p class="lead">([\s\S]*?)<\/p>/)).toBe(a.lead);
    expect(section(html, /<div class="article-body">/)).toMatch(/<p>/);
    expect(textOf(html, /<p class="source">([\s\S]*?)<\/p>/)).toBe(`${e.source}: ${a.source_name}`);
    expect(section(html, /<nav class="tags"/)).toMatch(/rel="tag">#/);
    expect(html).toMatch(/<figure class="cover"><picture>/);
    // Tools: permalink with copy button, views, print.
    expect(html).toContain(`<a href="/${lang}/${a.id}/" class="permalink-url" data-permalink>http://news.test/${lang}/${a.id}/</a>`);
    expect(html).toMatch(/<button type="button" class="copy-button" data-copy="http:\/\/news.test\/[a-z]+\/\d+\/"/);
    expect(textOf(html, /<p class="views">([\s\S]*?)<\/p>/)).toMatch(new RegExp(`^${e.views}: [\\d\\s\u00a0,]+$`));
    expect(html).toContain(`href="/${lang}/${a.id}/print/"`);
    // Related, popular, the day feed.
    expect(html).toContain(`<h2 id="related-title" class="block-title">${e.related}</h2>`);
    expect(html).toContain(`<h2 id="popular-title" class="block-title">${e.popular}</h2>`);
    const feed = section(html, /<section class="day-feed"/)!;
    expect(stripTags(feed)).toContain(e.day);
    expect(feed).toMatch(/<time class="feed-time" datetime="[^"]+">\d\d:\d\d<\/time>/);
    expect(feed).toContain(`href="/${lang}/news/2024-02-14/"`);
    // Head: language, canonical, hreflang for each existing translation.
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(`<link rel="canonical" href="http://news.test/${lang}/${a.id}-${a.slug}/">`);
    const translations = await translationsOf(t.store.db, a.story_id, a.id);
    expect(translations.length).toBeGreaterThan(0);
    for (const tr of translations) {
      expect(html).toContain(`<link rel="alternate" hreflang="${tr.lang}" href="http://news.test/${tr.lang}/${tr.id}-${tr.slug}/">`);
    }
  });

  it('leads the language switch to the translation, or to the home page where there is none', async () => {
    const a = await publishedArticle(t.store.db, lang, { translated: true });
    const translations = await translationsOf(t.store.db, a.story_id, a.id);
    const res = await t.app.inject(`/${lang}/${a.id}-${a.slug}/`);
    const sw = section(res.body, /<nav class="lang-switch"/)!;
    for (const other of LANGS.filter((l) => l !== lang)) {
      const tr = translations.find((x) => x.lang === other);
      expect(sw).toContain(`href="${tr ? `/${other}/${tr.id}-${tr.slug}/` : `/${other}/`}"`);
    }
    expect(sw).toMatch(new RegExp(`href="/${lang}/${a.id}-[^"]+" aria-current="true"`));
  });

  it('lists ten related stories in the same language, never the article or its translations', async () => {
    const a = await publishedArticle(t.store.db, lang, { translated: true });
    const res = await t.app.inject(`/${lang}/${a.id}-${a.slug}/`);
    const related = section(res.body, /<section class="related"/)!;
    const links = hrefs(related);
    expect(links.length).toBe(10);
    const ids = links.map((h) => Number(/^\/([a-z]+)\/(\d+)-/.exec(h)![2]));
    const rows = await t.store.db.selectFrom('articles').where('id', 'in', ids).select(['id', 'lang', 'story_id']).execute();
    expect(rows.every((r) => r.lang === lang && r.story_id !== a.story_id)).toBe(true);
    // The list stored when the demo was loaded, best first (scoring: test/integration/related.test.ts).
    const stored = await t.store.db.selectFrom('related_articles').where('article_id', '=', a.id).orderBy('position').select('related_id').execute();
    expect(ids).toEqual(stored.map((r) => r.related_id).slice(0, 10));
  });

  it('shows four popular stories with pictures from the last 7 days', async () => {
    const a = await publishedArticle(t.store.db, lang);
    const res = await t.app.inject(`/${lang}/${a.id}-${a.slug}/`);
    const popular = section(res.body, /<section class="popular"/)!;
    expect((popular.match(/<li>/g) ?? []).length).toBe(4);
    expect((popular.match(/<img /g) ?? []).length).toBeGreaterThanOrEqual(3);
    const ids = hrefs(popular).map((h) => Number(/\/(\d+)-/.exec(h)![1]));
    const rows = await t.store.db.selectFrom('articles').where('id', 'in', ids).select(['published_at', 'view_count']).execute();
    expect(rows.every((r) => Number(r.published_at) >= TEST_NOW - 7 * 86_400_000)).toBe(true);
  });

  it('redirects the short link and a wrong slug to the canonical address', async () => {
    const a = await publishedArticle(t.store.db, lang);
    const canonical = `/${lang}/${a.id}-${a.slug}/`;
    for (const url of [`/${lang}/${a.id}/`, `/${lang}/${a.id}-wrong-slug/`, `/${lang}/${a.id}`]) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(301);
      expect(res.headers.location === canonical || res.headers.location === `/${lang}/${a.id}/`, url).toBe(true);
    }
    const other = LANGS.find((l) => l !== lang)!;
    const wrongLang = await t.app.inject(`/${other}/${a.id}/`);
    expect(wrongLang.statusCode).toBe(301);
    expect(wrongLang.headers.location).toBe(canonical);
  });

  it('has a print version without navigation', async () => {
    const a = await publishedArticle(t.store.db, lang, { withSource: true });
    const res = await t.app.inject(`/${lang}/${a.id}/print/`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<html lang="${lang}">`);
    expect(res.body).toContain(a.headline.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect(res.body).toContain('<meta name="robots" content="noindex">');
    expect(res.body).not.toContain('class="rubric-nav"');
    expect(res.body).not.toContain('class="day-feed"');
    expect(res.body).toContain(`http://news.test/${lang}/${a.id}/`);
    const slugged = await t.app.inject(`/${lang}/${a.id}-${a.slug}/print/`);
    expect(slugged.statusCode).toBe(301);
    expect(slugged.headers.location).toBe(`/${lang}/${a.id}/print/`);
  });
});

describe('articles that must not be shown', () => {
  it('gives 404 for drafts, scheduled articles, unknown and malformed ids', async () => {
    const hidden = await t.store.db.selectFrom('articles').where('status', 'in', ['draft', 'scheduled']).select(['id', 'lang', 'slug', 'status']).execute();
    expect(hidden.some((h) => h.status === 'draft')).toBe(true);
    expect(hidden.some((h) => h.status === 'scheduled')).toBe(true);
    for (const h of hidden) {
      expect((await t.app.inject(`/${h.lang}/${h.id}-${h.slug}/`)).statusCode).toBe(404);
      expect((await t.app.inject(`/${h.lang}/${h.id}/print/`)).statusCode).toBe(404);
    }
    for (const url of ['/en/99999999/', '/en/0/', '/en/123abc/', '/en/-5/', '/en/99999999999999999999999/', '/en/1e5/', '/en/%00/', '/en/12345678901234567890-x/']) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(404);
    }
  });

  it('shows a published article whose time has come and hides one from the future', async () => {
    const a = await publishedArticle(t.store.db, 'en');
    // Writers tell the app about changes (the newsroom does), so that cached copies are dropped.
    await t.store.db.updateTable('articles').set({ published_at: TEST_NOW + 60_000 }).where('id', '=', a.id).execute();
    await t.app.contentChanged({ kind: 'article', articleId: a.id, storyId: a.story_id });
    expect((await t.app.inject(`/en/${a.id}-${a.slug}/`)).statusCode).toBe(404);
    await t.store.db.updateTable('articles').set({ published_at: TEST_NOW - 60_000 }).where('id', '=', a.id).execute();
    await t.app.contentChanged({ kind: 'article', articleId: a.id, storyId: a.story_id });
    expect((await t.app.inject(`/en/${a.id}-${a.slug}/`)).statusCode).toBe(200);
  });
});
