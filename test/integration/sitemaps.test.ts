// Sitemaps and robots.txt: every sitemap validated against the sitemaps.org / Google XSDs with
// xmllint, and their content checked against the store.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePath } from '../../src/domain/article.js';
import { isoDay } from '../../src/i18n/format.js';
import { sitemapRoutes } from '../../src/web/sitemaps/routes.js';
import { w3cDateTime } from '../../src/web/sitemaps/w3c.js';
import { testApp, type TestApp } from '../support/app.js';
import { TEST_BASE_URL, TEST_NOW, TEST_TZ } from '../support/constants.js';

const IS_CI = process.env.CI === 'true' || process.env.CI === '1';
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const XSD_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/sitemap-xsd');
const HAS_XSD = existsSync(path.join(XSD_DIR, 'all-offline.xsd')) && existsSync(path.join(XSD_DIR, 'siteindex.xsd'));
const HAS_XMLLINT = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
const HOUR = 3600_000;
const LANGS = ['ru', 'ky', 'en'] as const;

let t: TestApp;
let tmp: string;

// ---- reading the XML (our own predictable output; xmllint checks it is valid) ----

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

interface ParsedUrl {
  loc: string;
  lastmod: string | null;
  images: string[];
  alternates: Array<{ hreflang: string; href: string }>;
  news: { name: string; language: string; date: string; title: string } | null;
}

const one = (block: string, tag: string) => {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  return m ? unescapeXml(m[1]) : null;
};

function parseUrlSet(xml: string): ParsedUrl[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, b]) => ({
    loc: one(b, 'loc')!,
    lastmod: one(b, 'lastmod'),
    images: [...b.matchAll(/<image:loc>([\s\S]*?)<\/image:loc>/g)].map((m) => unescapeXml(m[1])),
    alternates: [...b.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]*)" href="([^"]*)"\/>/g)].map((m) => ({ hreflang: m[1], href: unescapeXml(m[2]) })),
    news: b.includes('<news:news>')
      ? { name: one(b, 'news:name')!, language: one(b, 'news:language')!, date: one(b, 'news:publication_date')!, title: one(b, 'news:title')! }
      : null,
  }));
}

function indexLocs(xml: string): string[] {
  return [...xml.matchAll(/<sitemap>\s*<loc>([^<]*)<\/loc>/g)].map((m) => unescapeXml(m[1]));
}

const pathOf = (url: string) => {
  expect(url.startsWith(TEST_BASE_URL + '/'), url).toBe(true);
  return url.slice(TEST_BASE_URL.length);
};

// ---- fixtures added to the demo content ----

const ODD_HEADLINE = `Tom & Jerry <b>"quoted"</b> & 'apostrophes' — ü ${'\u0007'}end`;
const ODD_HEADLINE_AS_XML = `Tom & Jerry <b>"quoted"</b> & 'apostrophes' — ü end`;
let oldStory: { ru: number; en: number; kyDraft: number };
let oddId: number;
const hidden: number[] = [];

async function addArticle(values: { lang: string; storyId?: number; status: string; publishedAt: number | null; updatedAt?: number; headline?: string; cover?: boolean }) {
  const db = t.store.db;
  const model = await db.selectFrom('articles').where('lang', '=', values.lang).where('status', '=', 'published').selectAll().executeTakeFirstOrThrow();
  const image = await db.selectFrom('images').select('id').executeTakeFirstOrThrow();
  const storyId = values.storyId ?? (await db.insertInto('stories').values({ created_at: values.publishedAt ?? TEST_NOW }).returning('id').executeTakeFirstOrThrow()).id;
  const { id: _id, ...rest } = model;
  const row = await db
    .insertInto('articles')
    .values({
      ...rest,
      story_id: storyId,
      slug: `sitemap-test-${values.lang}-${storyId}`,
      headline: values.headline ?? `Sitemap test ${storyId}`,
      status: values.status as 'published',
      published_at: values.publishedAt,
      updated_at: values.updatedAt ?? values.publishedAt ?? TEST_NOW,
      cover_image_id: values.cover ? image.id : null,
      is_pinned: 0,
      is_breaking: 0,
    })
    .returning(['id', 'story_id'])
    .executeTakeFirstOrThrow();
  return row;
}

beforeAll(async () => {
  t = await testApp();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-sitemaps-'));
  // An old story (November 2023) in Russian with a cover and English, plus a Kyrgyz draft.
  const nov = Date.parse('2023-11-10T12:00:00Z');
  const ru = await addArticle({ lang: 'ru', status: 'published', publishedAt: nov, updatedAt: Date.parse('2023-11-12T00:00:00Z'), cover: true });
  const en = await addArticle({ lang: 'en', storyId: ru.story_id, status: 'published', publishedAt: nov + HOUR });
  const ky = await addArticle({ lang: 'ky', storyId: ru.story_id, status: 'draft', publishedAt: nov });
  oldStory = { ru: ru.id, en: en.id, kyDraft: ky.id };
  hidden.push(ky.id);
  // A fresh English story with a headline that needs escaping (and a control character XML forbids).
  oddId = (await addArticle({ lang: 'en', status: 'published', publishedAt: TEST_NOW - 2 * HOUR, headline: ODD_HEADLINE })).id;
  // Just inside and just outside the 48-hour news window.
  await addArticle({ lang: 'ky', status: 'published', publishedAt: TEST_NOW - 48 * HOUR + 60_000 });
  await addArticle({ lang: 'ky', status: 'published', publishedAt: TEST_NOW - 48 * HOUR - 60_000 });
  // Never listed: a draft and an unpublished story with past times, "published" ones whose time has not come.
  hidden.push((await addArticle({ lang: 'ru', status: 'draft', publishedAt: TEST_NOW - 3 * HOUR })).id);
  hidden.push((await addArticle({ lang: 'ru', status: 'unpublished', publishedAt: TEST_NOW - 4 * HOUR })).id);
  hidden.push((await addArticle({ lang: 'ru', status: 'scheduled', publishedAt: TEST_NOW + 2 * HOUR })).id);
  hidden.push((await addArticle({ lang: 'en', status: 'published', publishedAt: TEST_NOW + HOUR })).id);
  hidden.push((await addArticle({ lang: 'en', status: 'published', publishedAt: Date.parse('2024-03-05T06:00:00Z') })).id);
});

afterAll(async () => {
  await t?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Published articles whose time has come, as the store has them. */
async function visibleArticles() {
  return t.store.db
    .selectFrom('articles')
    .where('status', '=', 'published')
    .where('published_at', '<=', TEST_NOW)
    .where('lang', 'in', [...LANGS])
    .select(['id', 'story_id', 'lang', 'slug', 'headline', 'published_at', 'updated_at', 'cover_image_id'])
    .execute();
}

async function get(url: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'GET', url, headers });
}

/** Every sitemap the index lists, fetched, plus the index itself. */
async function fetchAll() {
  const index = await get('/sitemap.xml');
  expect(index.statusCode).toBe(200);
  const files = new Map<string, string>();
  for (const loc of indexLocs(index.body)) {
    const res = await get(pathOf(loc));
    expect(res.statusCode, loc).toBe(200);
    expect(res.headers['content-type'], loc).toBe('application/xml; charset=utf-8');
    files.set(pathOf(loc), res.body);
  }
  return { index: index.body, files };
}

function xmllint(xsd: string, files: string[]): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', path.join(XSD_DIR, xsd), ...files], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

describe('robots.txt', () => {
  it('names the sitemaps, keeps crawlers out of the newsroom and allows the rest', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = res.body.split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Disallow: /newsroom/');
    expect(lines).toContain('Disallow: /api/v1/newsroom/');
    expect(lines).toContain('Allow: /');
    expect(lines.filter((l) => l.startsWith('Disallow:'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('Sitemap:'))).toEqual([`Sitemap: ${TEST_BASE_URL}/sitemap.xml`, `Sitemap: ${TEST_BASE_URL}/sitemaps/news.xml`]);
    const again = await get('/robots.txt', { 'if-none-match': res.headers.etag as string });
    expect(again.statusCode).toBe(304);
  });
});

describe('sitemaps', () => {
  it('are valid against the sitemap, news, image, xhtml and sitemap index schemas', async (ctx) => {
    const missing = !HAS_XMLLINT
      ? 'xmllint not found (apt-get install -y libxml2-utils)'
      : !HAS_XSD
        ? `sitemap XSDs not found in ${XSD_DIR}`
        : null;
    if (missing) {
      if (IS_CI) throw new Error(`${missing}: schema validation may not be skipped in CI`);
      console.warn(`⚠ sitemap schema validation SKIPPED — ${missing}`);
      ctx.skip();
      return;
    }
    const { index, files } = await fetchAll();
    const indexFile = path.join(tmp, 'sitemap.xml');
    writeFileSync(indexFile, index);
    const idx = xmllint('siteindex.xsd', [indexFile]);
    expect(idx.ok, idx.output).toBe(true);
    const written = [...files].map(([p, body]) => {
      const file = path.join(tmp, path.basename(p));
      writeFileSync(file, body);
      return file;
    });
    expect(written.length).toBeGreaterThanOrEqual(4);
    const sets = xmllint('all-offline.xsd', written);
    expect(sets.ok, sets.output).toBe(true);
    expect(sets.output.match(/ validates$/gm)).toHaveLength(written.length);
  });

  it('index lists sections, news and exactly the months that have published articles, newest first', async () => {
    const res = await get('/sitemap.xml');
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const months = [...new Set((await visibleArticles()).map((a) => isoDay(TEST_TZ, Number(a.published_at)).slice(0, 7)))].sort().reverse();
    expect(months).toContain('2023-11');
    expect(months).not.toContain('2024-03');
    expect(indexLocs(res.body)).toEqual([
      `${TEST_BASE_URL}/sitemaps/sections.xml`,
      `${TEST_BASE_URL}/sitemaps/news.xml`,
      ...months.map((m) => `${TEST_BASE_URL}/sitemaps/articles-${m}.xml`),
    ]);
    for (const m of res.body.matchAll(/<lastmod>([^<]*)<\/lastmod>/g)) expect(m[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+06:00$/);
  });

  it('month sitemaps hold every published article once, with lastmod, cover and hreflang alternates from the store', async () => {
    const { files } = await fetchAll();
    const urls = [...files].filter(([p]) => p.startsWith('/sitemaps/articles-')).flatMap(([, body]) => parseUrlSet(body));
    const visible = await visibleArticles();
    const byUrl = new Map(visible.map((a) => [TEST_BASE_URL + articlePath(a), a]));
    expect(urls.map((u) => u.loc).sort()).toEqual([...byUrl.keys()].sort());
    const images = new Map((await t.store.db.selectFrom('images').select(['id', 'file']).execute()).map((i) => [i.id, i.file]));
    const stories = new Map<number, typeof visible>();
    for (const a of visible) stories.set(a.story_id, [...(stories.get(a.story_id) ?? []), a]);
    for (const u of urls) {
      const a = byUrl.get(u.loc)!;
      expect(u.lastmod).toBe(w3cDateTime(Math.max(Number(a.updated_at), Number(a.published_at)), TEST_TZ));
      expect(u.images).toEqual(a.cover_image_id ? [`${TEST_BASE_URL}/media/${images.get(a.cover_image_id)}`] : []);
      expect(u.news).toBeNull();
      const versions = stories.get(a.story_id)!;
      if (versions.length > 1) {
        expect(u.alternates.map((x) => `${x.hreflang} ${x.href}`).sort()).toEqual(versions.map((v) => `${v.lang} ${TEST_BASE_URL}${articlePath(v)}`).sort());
      } else {
        expect(u.alternates).toEqual([]);
      }
    }
    // The old story: Russian and English alternate, the Kyrgyz draft does not.
    const old = urls.find((u) => u.loc.includes(`/ru/${oldStory.ru}-`))!;
    expect(old.lastmod).toBe('2023-11-12T06:00:00+06:00');
    expect(old.alternates.map((x) => x.hreflang)).toEqual(['ru', 'en']);
    expect(old.images).toHaveLength(1);
    expect(files.get('/sitemaps/articles-2023-11.xml')).toBeDefined();
    // Drafts, unpublished, scheduled and future articles appear nowhere.
    const all = [...files.values()].join('\n');
    for (const id of hidden) expect(all).not.toMatch(new RegExp(`/${id}-`));
  });

  it('news sitemap has exactly the articles of the last 48 hours, with publication, language, date and title', async () => {
    const res = await get('/sitemaps/news.xml');
    expect(res.statusCode).toBe(200);
    const urls = parseUrlSet(res.body);
    const expected = (await visibleArticles()).filter((a) => Number(a.published_at) >= TEST_NOW - 48 * HOUR);
    expect(expected.length).toBeGreaterThan(10);
    expect(urls.map((u) => u.loc).sort()).toEqual(expected.map((a) => TEST_BASE_URL + articlePath(a)).sort());
    const byUrl = new Map(expected.map((a) => [TEST_BASE_URL + articlePath(a), a]));
    for (const u of urls) {
      const a = byUrl.get(u.loc)!;
      expect(u.news).toEqual({
        name: 'Newsdesk',
        language: a.lang,
        date: w3cDateTime(Number(a.published_at), TEST_TZ),
        title: a.id === oddId ? ODD_HEADLINE_AS_XML : a.headline,
      });
      expect(u.news!.language).toMatch(/^(ru|ky|en)$/);
    }
    // Newest first.
    const times = urls.map((u) => Number(byUrl.get(u.loc)!.published_at));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    // The odd headline is escaped, not raw markup.
    expect(res.body).toContain('<news:title>Tom &amp; Jerry &lt;b&gt;"quoted"&lt;/b&gt; &amp; \'apostrophes\' — ü end</news:title>');
  });

  it('sections sitemap has the home, rubric and tag pages with hreflang between languages', async () => {
    const res = await get('/sitemaps/sections.xml');
    expect(res.statusCode).toBe(200);
    const urls = parseUrlSet(res.body);
    const locs = urls.map((u) => u.loc);
    for (const lang of LANGS) {
      const home = urls.find((u) => u.loc === `${TEST_BASE_URL}/${lang}/`)!;
      expect(home.alternates).toEqual(LANGS.map((l) => ({ hreflang: l, href: `${TEST_BASE_URL}/${l}/` })));
    }
    const rubrics = await t.store.db.selectFrom('rubric_i18n').select(['rubric_id', 'lang', 'slug']).execute();
    expect(rubrics.length).toBeGreaterThan(0);
    for (const r of rubrics) {
      const u = urls.find((x) => x.loc === `${TEST_BASE_URL}/${r.lang}/rubric/${r.slug}/`);
      expect(u, r.slug).toBeDefined();
      const expected = rubrics.filter((o) => o.rubric_id === r.rubric_id).map((o) => `${o.lang} ${TEST_BASE_URL}/${o.lang}/rubric/${o.slug}/`);
      expect(u!.alternates.map((x) => `${x.hreflang} ${x.href}`).sort()).toEqual(expected.sort());
    }
    // Tags with a published article in their language, and only those.
    const tags = await t.store.db
      .selectFrom('tag_i18n as t')
      .innerJoin('article_tags as at', 'at.tag_id', 't.tag_id')
      .innerJoin('articles as a', (j) => j.onRef('a.id', '=', 'at.article_id').onRef('a.lang', '=', 't.lang'))
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', TEST_NOW)
      .select(['t.lang', 't.slug'])
      .distinct()
      .execute();
    expect(tags.length).toBeGreaterThan(0);
    expect(locs.filter((l) => l.includes('/tag/')).sort()).toEqual(tags.map((x) => `${TEST_BASE_URL}/${x.lang}/tag/${x.slug}/`).sort());
    // Every URL answers 200.
    for (const loc of locs.slice(0, 40)) expect((await get(pathOf(loc))).statusCode, loc).toBe(200);
  });

  it('answers 304 to a matching If-None-Match and sends an ETag on every sitemap', async () => {
    for (const url of ['/sitemap.xml', '/sitemaps/news.xml', '/sitemaps/sections.xml', '/sitemaps/articles-2024-02.xml']) {
      const first = await get(url);
      expect(first.statusCode, url).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag, url).toMatch(/^"[^"]+"$/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
      expect((await get(url, { 'if-none-match': `"other", W/${etag}` })).statusCode, url).toBe(304);
      expect((await get(url, { 'if-none-match': '"other"' })).statusCode, url).toBe(200);
    }
  });

  it('answers 404 to unknown months and malformed names, and serves .xml without a trailing-slash redirect', async () => {
    for (const url of [
      '/sitemaps/articles-2023-10.xml', // no articles that month
      '/sitemaps/articles-2024-03.xml', // only a future article
      '/sitemaps/articles-2099-01.xml',
      '/sitemaps/articles-2024-13.xml',
      '/sitemaps/articles-2024-00.xml',
      '/sitemaps/articles-2024-2.xml',
      '/sitemaps/articles-24-02.xml',
      '/sitemaps/articles-2024-02-1.xml', // part 1 is the bare month
      '/sitemaps/articles-2024-02-2.xml', // one part only
      '/sitemaps/articles-2024-02-02.xml',
      '/sitemaps/articles-2024-02.xml.gz',
      '/sitemaps/articles-2024-02.txt',
      '/sitemaps/articles.xml',
      '/sitemaps/nothing.xml',
      '/sitemaps/news.xml.bak',
    ]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
    expect((await get('/sitemaps/articles-2024-02.xml')).statusCode).toBe(200);
    expect((await get('/sitemaps/articles-2024-01.xml')).statusCode).toBe(200);
  });

  it('serves a well-formed news sitemap when nothing was published in 48 hours', async () => {
    const later = await testApp({ now: TEST_NOW + 60 * 24 * HOUR });
    try {
      const res = await later.app.inject('/sitemaps/news.xml');
      expect(res.statusCode).toBe(200);
      expect(parseUrlSet(res.body)).toEqual([]);
      expect(res.body).toContain('<urlset');
    } finally {
      await later.close();
    }
  });
});

describe('a month with more URLs than one file takes', () => {
  let small: FastifyInstance;
  const MAX = 40;
  beforeAll(async () => {
    small = Fastify({ logger: false });
    sitemapRoutes(small, { store: t.store, config: t.config, now: () => TEST_NOW }, { maxUrls: MAX });
    await small.ready();
  });
  afterAll(() => small?.close());

  it('is split into numbered parts listed in the index, each within the limit, together complete', async () => {
    const visible = (await visibleArticles()).filter((a) => isoDay(TEST_TZ, Number(a.published_at)).startsWith('2024-02'));
    const parts = Math.ceil(visible.length / MAX);
    expect(parts).toBeGreaterThan(2);
    const index = await small.inject('/sitemap.xml');
    const listed = indexLocs(index.body).filter((l) => l.includes('articles-2024-02'));
    expect(listed).toEqual(Array.from({ length: parts }, (_, i) => `${TEST_BASE_URL}/sitemaps/articles-2024-02${i ? `-${i + 1}` : ''}.xml`));
    const seen: string[] = [];
    for (const loc of listed) {
      const res = await small.inject(pathOf(loc));
      expect(res.statusCode, loc).toBe(200);
      const urls = parseUrlSet(res.body);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(MAX);
      seen.push(...urls.map((u) => u.loc));
      if (HAS_XMLLINT && HAS_XSD) {
        const file = path.join(tmp, `part-${path.basename(loc)}`);
        writeFileSync(file, res.body);
        const r = xmllint('all-offline.xsd', [file]);
        expect(r.ok, r.output).toBe(true);
      }
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(visible.map((a) => TEST_BASE_URL + articlePath(a)).sort());
    expect((await small.inject(`/sitemaps/articles-2024-02-${parts + 1}.xml`)).statusCode).toBe(404);
  });
});
