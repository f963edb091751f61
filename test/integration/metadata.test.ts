// Page metadata for search engines and social networks: canonical and hreflang links, OpenGraph and
// Twitter card tags, and schema.org JSON-LD (NewsArticle, BreadcrumbList, WebSite, organization).
// Pages are parsed with parse5 (the browsers' parsing algorithm) and checked with
// structured-data-testing-tool's Google, Twitter and Facebook presets, offline.
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t as strings } from '../../src/i18n/strings.js';
import type { Database } from '../../src/store/schema.js';
import { testApp, type TestApp } from '../support/app.js';
import { TEST_NOW } from '../support/constants.js';
import { translationsOf } from '../support/content.js';
import { failures, readHead, structuredDataTest, type Head } from '../support/head.js';

const LANGS = ['ru', 'ky', 'en'] as const;
type TestLang = (typeof LANGS)[number];
const BASE = 'http://news.test';
const OG_LOCALE = { ru: 'ru_RU', ky: 'ky_KG', en: 'en_GB' };
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** The newest published article with a cover, a rubric, tags, authors and a translation. */
async function richArticle(db: Kysely<Database>, lang: TestLang) {
  const row = await db
    .selectFrom('articles as a')
    .innerJoin('rubric_i18n as r', (j) => j.onRef('r.rubric_id', '=', 'a.rubric_id').on('r.lang', '=', lang))
    .innerJoin('images as i', 'i.id', 'a.cover_image_id')
    .where('a.lang', '=', lang)
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', TEST_NOW)
    .where((eb) => eb.exists(eb.selectFrom('article_tags as at').whereRef('at.article_id', '=', 'a.id').select('at.tag_id')))
    .where((eb) => eb.exists(eb.selectFrom('article_authors as aa').whereRef('aa.article_id', '=', 'a.id').select('aa.author_id')))
    .where((eb) =>
      eb.exists(eb.selectFrom('articles as tr').whereRef('tr.story_id', '=', 'a.story_id').whereRef('tr.id', '!=', 'a.id').where('tr.status', '=', 'published').where('tr.published_at', '<=', TEST_NOW).select('tr.id')),
    )
    .select(['a.id', 'a.slug', 'a.story_id', 'a.headline', 'a.lead', 'a.published_at', 'a.updated_at', 'a.cover_alt', 'r.name as rubric', 'r.slug as rubricSlug'])
    .select(['i.file', 'i.width', 'i.height', 'i.mime', 'i.variants'])
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .executeTakeFirstOrThrow();
  const tags = await db
    .selectFrom('article_tags as at')
    .innerJoin('tag_i18n as tg', (j) => j.onRef('tg.tag_id', '=', 'at.tag_id').on('tg.lang', '=', lang))
    .where('at.article_id', '=', row.id)
    .orderBy('at.position')
    .select(['tg.tag_id as id', 'tg.name'])
    .execute();
  const authors = await db
    .selectFrom('article_authors as aa')
    .innerJoin('authors as au', 'au.id', 'aa.author_id')
    .innerJoin('author_i18n as n', (j) => j.onRef('n.author_id', '=', 'au.id').on('n.lang', '=', lang))
    .where('aa.article_id', '=', row.id)
    .orderBy('aa.position')
    .select(['au.id', 'au.slug', 'n.name'])
    .execute();
  const translations = await translationsOf(db, row.story_id, row.id);
  const renditions = [{ file: row.file, width: row.width, height: row.height, mime: row.mime }, ...(JSON.parse(row.variants) as Array<{ file: string; width: number; height: number; mime: string }>)];
  return {
    ...row,
    publishedAt: Number(row.published_at),
    updatedAt: Number(row.updated_at),
    path: `/${lang}/${row.id}-${row.slug}/`,
    url: `${BASE}/${lang}/${row.id}-${row.slug}/`,
    tags,
    authors,
    translations,
    renditions,
  };
}

async function page(path: string): Promise<{ html: string; head: Head }> {
  const res = await t.app.inject(path);
  expect(res.statusCode, path).toBe(200);
  return { html: res.body, head: readHead(res.body) };
}

/** Fetches an absolute site URL through the app and returns its pixel size and type. */
async function imageAt(url: string): Promise<{ width: number; height: number; type: string }> {
  expect(url.startsWith(`${BASE}/`), url).toBe(true);
  const res = await t.app.inject(url.slice(BASE.length));
  expect(res.statusCode, url).toBe(200);
  const info = await sharp(res.rawPayload).metadata();
  return { width: info.width!, height: info.height!, type: String(res.headers['content-type']) };
}

function byType(head: Head, type: string): Record<string, any> {
  const found = head.jsonLd.filter((d) => d['@type'] === type);
  expect(found.length, `JSON-LD blocks of type ${type}`).toBe(1);
  expect(found[0]['@context']).toBe('https://schema.org');
  return found[0];
}

/** What Google documents for Article rich results, checked on the parsed NewsArticle. */
function expectGoogleArticle(ld: Record<string, any>): void {
  expect(typeof ld.headline).toBe('string');
  expect(ld.headline.length).toBeGreaterThan(0);
  expect(ld.headline.length, 'headline of at most 110 characters').toBeLessThanOrEqual(110);
  expect(Array.isArray(ld.image) && ld.image.length > 0).toBe(true);
  for (const img of ld.image) {
    expect(img['@type']).toBe('ImageObject');
    expect(img.url).toMatch(/^https?:\/\//);
    expect(Number.isInteger(img.width) && Number.isInteger(img.height)).toBe(true);
  }
  expect(ld.datePublished).toMatch(ISO);
  expect(ld.dateModified).toMatch(ISO);
  expect(Date.parse(ld.dateModified)).toBeGreaterThanOrEqual(Date.parse(ld.datePublished));
  expect(ld.author.length).toBeGreaterThan(0);
  for (const au of ld.author) {
    expect(['Person', 'NewsMediaOrganization']).toContain(au['@type']);
    expect(au.name).toBeTruthy();
    expect(au.url).toMatch(/^https?:\/\//);
  }
  expect(ld.publisher['@type']).toBe('NewsMediaOrganization');
  expect(ld.publisher.name).toBe('Newsdesk');
  expect(ld.publisher.logo['@type']).toBe('ImageObject');
  expect(ld.publisher.logo.url).toMatch(/^http:\/\/news\.test\/static\/logo\.[0-9a-f]+\.png$/);
}

describe.each(LANGS)('article page metadata in %s', (lang) => {
  it('has canonical, hreflang, OpenGraph, Twitter card, NewsArticle and breadcrumbs', async () => {
    const a = await richArticle(t.store.db, lang);
    const { html, head } = await page(a.path);
    const s = strings(lang);

    // Canonical and hreflang: the article and each published translation, no x-default.
    expect(head.lang).toBe(lang);
    expect(head.links('canonical')).toEqual([{ rel: 'canonical', href: a.url }]);
    const alternates = head.links('alternate').filter((l) => l.hreflang);
    const expectedAlternates = [{ lang, url: a.url }, ...a.translations.map((tr) => ({ lang: tr.lang, url: `${BASE}/${tr.lang}/${tr.id}-${tr.slug}/` }))];
    expect(alternates.map((l) => [l.hreflang, l.href]).sort()).toEqual(expectedAlternates.map((x) => [x.lang, x.url]).sort());

    // OpenGraph.
    const description = head.one('description');
    if (a.lead.length <= 200) expect(description).toBe(a.lead);
    else expect(a.lead.startsWith(description.replace(/…$/, ''))).toBe(true);
    expect(head.one('og:site_name')).toBe('Newsdesk');
    expect(head.one('og:title')).toBe(a.headline);
    expect(head.one('og:description')).toBe(description);
    expect(head.one('og:type')).toBe('article');
    expect(head.one('og:url')).toBe(a.url);
    expect(head.one('og:locale')).toBe(OG_LOCALE[lang]);
    expect(head.meta('og:locale:alternate').sort()).toEqual(a.translations.map((tr) => OG_LOCALE[tr.lang as TestLang]).sort());
    const image = head.one('og:image');
    const rendition = a.renditions.find((r) => image === `${BASE}/media/${r.file}`);
    expect(rendition, `og:image ${image} is one of the cover's renditions`).toBeDefined();
    expect(['image/jpeg', 'image/png']).toContain(rendition!.mime);
    if (a.renditions.some((r) => r.width >= 1200)) expect(rendition!.width).toBeGreaterThanOrEqual(1200);
    expect(head.one('og:image:width')).toBe(String(rendition!.width));
    expect(head.one('og:image:height')).toBe(String(rendition!.height));
    expect(head.one('og:image:alt')).toBe(a.cover_alt || a.headline);
    expect(await imageAt(image)).toMatchObject({ width: rendition!.width, height: rendition!.height });
    expect(head.one('article:published_time')).toBe(new Date(a.publishedAt).toISOString());
    expect(head.one('article:modified_time')).toBe(new Date(Math.max(a.publishedAt, a.updatedAt)).toISOString());
    expect(head.one('article:section')).toBe(a.rubric);
    expect(head.meta('article:tag')).toEqual(a.tags.map((tg) => tg.name));
    expect(head.meta('article:author')).toEqual(a.authors.map((au) => `${BASE}/${lang}/author/${au.slug}/`));

    // Twitter card.
    expect(head.one('twitter:card')).toBe('summary_large_image');
    expect(head.one('twitter:title')).toBe(a.headline);
    expect(head.one('twitter:description')).toBe(description);
    expect(head.one('twitter:image')).toBe(image);
    expect(head.one('twitter:image:alt')).toBe(a.cover_alt || a.headline);

    // NewsArticle.
    expect(head.jsonLd.length).toBe(2);
    const ld = byType(head, 'NewsArticle');
    expectGoogleArticle(ld);
    if (a.headline.length <= 110) expect(ld.headline).toBe(a.headline);
    else expect(a.headline.startsWith(ld.headline.replace(/…$/, ''))).toBe(true);
    expect(ld.description).toBe(description);
    expect(ld.url).toBe(a.url);
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': a.url });
    expect(ld.image).toEqual([{ '@type': 'ImageObject', url: image, width: rendition!.width, height: rendition!.height }]);
    expect(ld.datePublished).toBe(head.one('article:published_time'));
    expect(ld.dateModified).toBe(head.one('article:modified_time'));
    expect(ld.author).toEqual(a.authors.map((au) => ({ '@type': 'Person', name: au.name, url: `${BASE}/${lang}/author/${au.slug}/` })));
    for (const au of ld.author) expect((await t.app.inject(au.url.slice(BASE.length))).statusCode, au.url).toBe(200);
    expect(ld.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Newsdesk', url: `${BASE}/ru/` });
    expect(ld.publisher.logo).toMatchObject({ width: 512, height: 512 });
    expect(await imageAt(ld.publisher.logo.url)).toEqual({ width: 512, height: 512, type: 'image/png' });
    expect(ld.inLanguage).toBe(lang);
    expect(ld.articleSection).toBe(a.rubric);
    expect(ld.keywords).toEqual(a.tags.map((tg) => tg.name));

    // Breadcrumbs: home → rubric → article.
    const crumbs = byType(head, 'BreadcrumbList');
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: s.home, item: `${BASE}/${lang}/` },
      { '@type': 'ListItem', position: 2, name: a.rubric, item: `${BASE}/${lang}/rubric/${a.rubricSlug}/` },
      { '@type': 'ListItem', position: 3, name: a.headline, item: a.url },
    ]);
    for (const c of crumbs.itemListElement) expect((await t.app.inject(c.item.slice(BASE.length))).statusCode, c.item).toBe(200);

    // The same data through structured-data-testing-tool's Google, Twitter and Facebook presets.
    const result = await structuredDataTest(html, ['jsonld:NewsArticle', 'jsonld:BreadcrumbList']);
    expect(failures(result)).toEqual([]);
    expect(result.schemas.sort()).toEqual(['BreadcrumbList', 'NewsArticle']);
    expect(result.structuredData.jsonld.NewsArticle[0]).toEqual(ld);
  });
});

describe('hostile text in an article', () => {
  it('stays inside the JSON-LD strings and the attribute values', async () => {
    const a = await richArticle(t.store.db, 'en');
    const headline = `Hostile </script><script>alert(1)</script> <!-- "quoted" & 'single' --> <\/SCRIPT >`;
    const lead = `Lead </script><img src=x onerror=alert(2)> <!-- \u2028 ]]> end`;
    const tag = `tag</script><script>alert(3)</script>`;
    const author = `Author </script><!--<script>`;
    const rubric = `Rubric <script>alert(4)</script>`;
    await t.store.db.updateTable('articles').set({ headline, lead, cover_alt: headline }).where('id', '=', a.id).execute();
    await t.store.db.updateTable('tag_i18n').set({ name: tag }).where('tag_id', '=', a.tags[0].id).where('lang', '=', 'en').execute();
    await t.store.db.updateTable('author_i18n').set({ name: author }).where('author_id', '=', a.authors[0].id).where('lang', '=', 'en').execute();
    await t.store.db.updateTable('rubric_i18n').set({ name: rubric }).where('slug', '=', a.rubricSlug).where('lang', '=', 'en').execute();
    await t.storeChanged();

    const { html, head } = await page(a.path);
    // No script but our own: the site script and the two data blocks, all in the head.
    expect(head.scripts.map((sc) => (sc.attrs.src ? 'src' : sc.attrs.type))).toEqual(['src', 'application/ld+json', 'application/ld+json']);
    expect(head.scripts.every((sc) => sc.inHead)).toBe(true);
    expect(head.elements.filter((e) => Object.keys(e.attrs).some((n) => n.startsWith('on')))).toEqual([]);
    expect(html).not.toContain('<script>alert');
    // The data blocks hold no "<" at all, and parse back to the very text written.
    for (const text of head.jsonLdText) expect(text).not.toMatch(/[<>]/);
    const ld = byType(head, 'NewsArticle');
    expect(ld.headline).toBe(headline);
    expect(ld.description).toBe(lead);
    expect(ld.keywords[0]).toBe(tag);
    expect(ld.author[0].name).toBe(author);
    expect(ld.articleSection).toBe(rubric);
    expect(byType(head, 'BreadcrumbList').itemListElement.map((c: { name: string }) => c.name)).toEqual(['Home', rubric, headline]);
    // Attributes and the title carry the text exactly.
    expect(head.title).toBe(`${headline} — Newsdesk`);
    for (const key of ['og:title', 'twitter:title', 'og:image:alt', 'twitter:image:alt']) expect(head.one(key), key).toBe(headline);
    for (const key of ['description', 'og:description', 'twitter:description']) expect(head.one(key), key).toBe(lead);
    expect(head.meta('article:tag')[0]).toBe(tag);
    expect(head.one('article:section')).toBe(rubric);
    // And the testing tool, with its own (older) HTML parser, reads the same values.
    const result = await structuredDataTest(html, ['jsonld:NewsArticle', 'jsonld:BreadcrumbList']);
    expect(failures(result)).toEqual([]);
    expect(result.structuredData.jsonld.NewsArticle[0].headline).toBe(headline);
    expect(result.structuredData.metatags['og:title']).toEqual([headline]);
  });

  it('shortens a headline longer than 110 characters in the structured data only', async () => {
    const a = await richArticle(t.store.db, 'ru');
    const headline = 'Очень длинный заголовок '.repeat(8).trim();
    expect(headline.length).toBeGreaterThan(110);
    await t.store.db.updateTable('articles').set({ headline }).where('id', '=', a.id).execute();
    await t.storeChanged();
    const { head } = await page(a.path);
    const ld = byType(head, 'NewsArticle');
    expect(ld.headline.length).toBeLessThanOrEqual(110);
    expect(ld.headline.endsWith('…')).toBe(true);
    expect(headline.startsWith(ld.headline.slice(0, -1))).toBe(true);
    expect(head.one('og:title')).toBe(headline);
  });

  it('falls back to the site picture and the agency as author', async () => {
    const a = await richArticle(t.store.db, 'ky');
    await t.store.db.updateTable('articles').set({ cover_image_id: null }).where('id', '=', a.id).execute();
    await t.store.db.deleteFrom('article_authors').where('article_id', '=', a.id).execute();
    await t.storeChanged();
    const { html, head } = await page(a.path);
    const image = head.one('og:image');
    expect(image).toMatch(/^http:\/\/news\.test\/static\/share\.[0-9a-f]+\.png$/);
    expect(head.one('og:image:width')).toBe('1200');
    expect(head.one('og:image:height')).toBe('630');
    expect(head.one('og:image:alt')).toBe('Newsdesk');
    expect(head.one('twitter:image')).toBe(image);
    expect(await imageAt(image)).toEqual({ width: 1200, height: 630, type: 'image/png' });
    expect(head.meta('article:author')).toEqual([]);
    const ld = byType(head, 'NewsArticle');
    expectGoogleArticle(ld);
    expect(ld.image).toEqual([{ '@type': 'ImageObject', url: image, width: 1200, height: 630 }]);
    expect(ld.author).toEqual([{ '@type': 'NewsMediaOrganization', '@id': `${BASE}/#organization`, name: 'Newsdesk', url: `${BASE}/ru/` }]);
    expect(failures(await structuredDataTest(html, ['jsonld:NewsArticle']))).toEqual([]);
  });
});

describe.each(LANGS)('home page metadata in %s', (lang) => {
  it('has hreflang with x-default, OpenGraph, Twitter card, WebSite and organization', async () => {
    const { html, head } = await page(`/${lang}/`);
    const s = strings(lang);
    expect(head.links('canonical')).toEqual([{ rel: 'canonical', href: `${BASE}/${lang}/` }]);
    const alternates = Object.fromEntries(head.links('alternate').filter((l) => l.hreflang).map((l) => [l.hreflang, l.href]));
    expect(alternates).toEqual({ ru: `${BASE}/ru/`, ky: `${BASE}/ky/`, en: `${BASE}/en/`, 'x-default': `${BASE}/ru/` });

    expect(head.one('og:site_name')).toBe('Newsdesk');
    expect(head.one('og:title')).toBe('Newsdesk');
    expect(head.one('og:description')).toBe(s.footerAbout);
    expect(head.one('og:type')).toBe('website');
    expect(head.one('og:url')).toBe(`${BASE}/${lang}/`);
    expect(head.one('og:locale')).toBe(OG_LOCALE[lang]);
    expect(head.meta('og:locale:alternate').sort()).toEqual(LANGS.filter((l) => l !== lang).map((l) => OG_LOCALE[l]).sort());
    const image = head.one('og:image');
    expect(image).toMatch(/^http:\/\/news\.test\/static\/share\.[0-9a-f]+\.png$/);
    expect(head.one('og:image:width')).toBe('1200');
    expect(head.one('og:image:height')).toBe('630');
    expect(head.one('og:image:alt')).toBe('Newsdesk');
    expect(await imageAt(image)).toEqual({ width: 1200, height: 630, type: 'image/png' });
    expect(head.meta('article:published_time')).toEqual([]);
    expect(head.one('twitter:card')).toBe('summary_large_image');
    expect(head.one('twitter:title')).toBe('Newsdesk');
    expect(head.one('twitter:description')).toBe(s.footerAbout);
    expect(head.one('twitter:image')).toBe(image);

    expect(head.jsonLd.length).toBe(2);
    const site = byType(head, 'WebSite');
    expect(site).toMatchObject({ url: `${BASE}/${lang}/`, name: 'Newsdesk', inLanguage: lang, publisher: { '@id': `${BASE}/#organization` } });
    const org = byType(head, 'NewsMediaOrganization');
    expect(org).toMatchObject({ '@id': `${BASE}/#organization`, name: 'Newsdesk', url: `${BASE}/ru/` });
    expect(org.logo).toMatchObject({ '@type': 'ImageObject', width: 512, height: 512 });
    expect(await imageAt(org.logo.url)).toEqual({ width: 512, height: 512, type: 'image/png' });

    const result = await structuredDataTest(html, ['jsonld:WebSite', 'jsonld:NewsMediaOrganization']);
    expect(failures(result)).toEqual([]);
  });
});

describe('x-default and link previews elsewhere', () => {
  it('has x-default on home pages only', async () => {
    const a = await richArticle(t.store.db, 'en');
    for (const path of [a.path, '/en/news/2024-02-13/', `/en/rubric/${a.rubricSlug}/`]) {
      const { head } = await page(path);
      expect(head.links('alternate').filter((l) => l.hreflang === 'x-default'), path).toEqual([]);
      // Every page still gets a picture and a locale for link previews.
      expect(head.one('og:image'), path).toMatch(/^http:\/\/news\.test\//);
      expect(head.one('og:locale'), path).toBe('en_GB');
      expect(head.one('twitter:card'), path).toBe('summary_large_image');
    }
  });

  it('points x-default at the configured default language', async () => {
    const other = await testApp({ configure: (c) => (c.defaultLang = 'ky') });
    try {
      const res = await other.app.inject('/en/');
      const head = readHead(res.body);
      expect(head.links('alternate').find((l) => l.hreflang === 'x-default')?.href).toBe(`${BASE}/ky/`);
      expect(byType(head, 'NewsMediaOrganization').url).toBe(`${BASE}/ky/`);
    } finally {
      await other.close();
    }
  });
});
