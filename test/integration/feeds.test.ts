// Syndication feeds: RSS 2.0, full-text RSS, Atom and JSON Feed 1.1 of each language, rubric and tag,
// read back with a real feed client (rss-parser), a strict XML check (fast-xml-parser, and xmllint when
// installed) and the JSON Feed 1.1 schema (ajv).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocText } from '../../src/domain/document/render-text.js';
import type { DocNode } from '../../src/domain/document/types.js';
import { buildApp } from '../../src/web/app.js';
import { rfc3339, rfc822 } from '../../src/web/feeds/dates.js';
import { testApp, type TestApp } from '../support/app.js';
import { TEST_BASE_URL, TEST_NOW } from '../support/constants.js';

const LANGS = ['ru', 'ky', 'en'] as const;
type L = (typeof LANGS)[number];
const FEED_SIZE = 30;
const BASE = TEST_BASE_URL;
const IS_CI = process.env.CI === 'true' || process.env.CI === '1';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA_DIR = path.resolve(ROOT, '../shared/fixtures/jsonfeed');
const HAS_SCHEMAS = existsSync(path.join(SCHEMA_DIR, 'feed.schema.json')) && existsSync(path.join(SCHEMA_DIR, 'feed-1.schema.json'));
const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0600$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+06:00$/;

type Raw = { _?: string; $?: Record<string, string> } & Record<string, unknown>;
type RssItem = { creators?: Array<string | Raw>; fullText?: string; mediaContent?: Raw; 'content:encoded'?: string; categories?: Array<string | Raw> };
type AtomItem = { id?: string; links?: Raw[]; authors?: Array<{ name?: string[]; uri?: string[] }>; atomCategories?: Raw[]; published?: string; updated?: string; mediaContent?: Raw; content?: string };

const parser = new Parser<Record<string, unknown>, RssItem & AtomItem>({
  customFields: {
    item: [
      ['dc:creator', 'creators', { keepArray: true }],
      ['yandex:full-text', 'fullText'],
      ['media:content', 'mediaContent'],
      ['link', 'links', { keepArray: true }],
      ['author', 'authors', { keepArray: true }],
      ['category', 'atomCategories', { keepArray: true }],
      'published',
      'updated',
    ],
  },
});

let t: TestApp;
let validateJsonFeed: ValidateFunction | null = null;

beforeAll(async () => {
  t = await testApp();
  if (HAS_SCHEMAS) validateJsonFeed = jsonFeedValidator();
});
afterAll(() => t.close());

/** The JSON Feed 1.1 schema (feed.schema.json, which refers to the 1.0 one, feed-1.schema.json, for shared parts). */
function jsonFeedValidator(): ValidateFunction {
  // The SchemaStore files are draft-04 ("id" instead of "$id"); their keywords read the same in Ajv's draft-07.
  const load = (file: string) => {
    const { $schema: _s, id, ...rest } = JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
    return { ...rest, $id: id };
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addSchema(load('feed-1.schema.json'));
  return ajv.compile(load('feed.schema.json'));
}

/** Strict well-formedness: fast-xml-parser's validator, and xmllint when it is installed. */
function expectWellFormed(xml: string, where: string) {
  const result = XMLValidator.validate(xml);
  expect(result, `${where}: ${JSON.stringify(result)}`).toBe(true);
  if (HAS_XMLLINT) {
    const lint = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' });
    expect(lint.status, `${where}: xmllint says ${lint.stderr}`).toBe(0);
  }
}

async function get(url: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'GET', url, headers });
}

async function fetchFeed(url: string, type: string) {
  const res = await get(url);
  expect(res.statusCode, url).toBe(200);
  expect(res.headers['content-type'], url).toBe(`${type}; charset=utf-8`);
  expect(String(res.headers['cache-control'])).toMatch(/^public, max-age=\d+/);
  expect(res.headers.etag).toMatch(/^"[^"]+"$/);
  expect(Number.isNaN(Date.parse(String(res.headers['last-modified'])))).toBe(false);
  return res.body;
}

/** What the store holds: the newest published items, newest first, with what feeds should carry. */
async function expected(lang: L, scope: { rubricId?: number; tagId?: number } = {}) {
  const db = t.store.db;
  let q = db
    .selectFrom('articles as a')
    .leftJoin('images as i', 'i.id', 'a.cover_image_id')
    .where('a.lang', '=', lang)
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', TEST_NOW)
    .select(['a.id', 'a.slug', 'a.headline', 'a.lead', 'a.body', 'a.published_at', 'a.rubric_id', 'i.file as cover_file', 'i.mime as cover_mime']);
  if (scope.rubricId != null) q = q.where('a.rubric_id', '=', scope.rubricId);
  if (scope.tagId != null) q = q.where('a.id', 'in', db.selectFrom('article_tags').where('tag_id', '=', scope.tagId).select('article_id'));
  const rows = await q.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(FEED_SIZE).execute();
  const ids = rows.map((r) => r.id);
  const [authors, tags, rubrics] = await Promise.all([
    db
      .selectFrom('article_authors as aa')
      .innerJoin('author_i18n as n', (j) => j.onRef('n.author_id', '=', 'aa.author_id').on('n.lang', '=', lang))
      .where('aa.article_id', 'in', ids.length ? ids : [0])
      .orderBy('aa.position')
      .select(['aa.article_id', 'n.name'])
      .execute(),
    db
      .selectFrom('article_tags as at')
      .innerJoin('tag_i18n as n', (j) => j.onRef('n.tag_id', '=', 'at.tag_id').on('n.lang', '=', lang))
      .where('at.article_id', 'in', ids.length ? ids : [0])
      .orderBy('at.position')
      .select(['at.article_id', 'n.name'])
      .execute(),
    db.selectFrom('rubric_i18n').where('lang', '=', lang).select(['rubric_id', 'name']).execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    guid: `${BASE}/${lang}/${r.id}/`,
    url: `${BASE}/${lang}/${r.id}-${r.slug}/`,
    headline: r.headline,
    publishedAt: Number(r.published_at),
    body: JSON.parse(r.body) as DocNode,
    authors: authors.filter((a) => a.article_id === r.id).map((a) => a.name),
    tags: tags.filter((x) => x.article_id === r.id).map((x) => x.name),
    rubric: rubrics.find((x) => x.rubric_id === r.rubric_id)?.name ?? null,
    coverFile: r.cover_file,
  }));
}

type Expected = Awaited<ReturnType<typeof expected>>[number];

function coverSize(e: Expected): number {
  return statSync(path.join(t.config.mediaDir, e.coverFile!)).size;
}

const text = (v: string | Raw | undefined) => (typeof v === 'string' ? v : (v?._ ?? ''));

async function checkRss(url: string, want: Expected[], opts: { fullText: boolean }) {
  const xml = await fetchFeed(url, 'application/rss+xml');
  expectWellFormed(xml, url);
  if (opts.fullText) expect(xml).toContain('xmlns:yandex="http://news.yandex.ru"');
  const feed = await parser.parseString(xml);
  expect(feed.feedUrl).toBe(BASE + url);
  expect(feed.items.map((i) => i.guid)).toEqual(want.map((w) => w.guid));
  for (const [n, item] of feed.items.entries()) {
    const w = want[n];
    expect(item.title).toBe(w.headline);
    expect(item.link).toBe(w.url);
    expect(item.pubDate, url).toMatch(RFC822);
    expect(Date.parse(item.pubDate!)).toBe(Math.floor(w.publishedAt / 1000) * 1000);
    expect((item.creators ?? []).map(text)).toEqual(w.authors);
    const categories = (item.categories ?? []).map(text);
    expect(categories).toEqual([...(w.rubric ? [w.rubric] : []), ...w.tags]);
    if (w.coverFile) {
      expect(item.enclosure?.url).toMatch(new RegExp(`^${BASE}/media/.+\\.jpe?g$`));
      expect(item.enclosure?.type).toBe('image/jpeg');
      expect(Number(item.enclosure?.length)).toBe(coverSize(w));
      expect(item.mediaContent?.$?.url).toBe(item.enclosure?.url);
      expect(item.mediaContent?.$?.medium).toBe('image');
    } else {
      expect(item.enclosure).toBeUndefined();
    }
    const html = item['content:encoded'] ?? '';
    expect(html.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
    if (opts.fullText) expect(item.fullText).toBe(renderDocText(w.body) || undefined);
    else expect(item.fullText).toBeUndefined();
  }
  return { xml, feed };
}

async function checkAtom(url: string, want: Expected[]) {
  const xml = await fetchFeed(url, 'application/atom+xml');
  expectWellFormed(xml, url);
  const feed = await parser.parseString(xml);
  expect(feed.items.map((i) => i.id)).toEqual(want.map((w) => w.guid));
  for (const [n, item] of feed.items.entries()) {
    const w = want[n];
    expect(item.title).toBe(w.headline);
    expect(item.link).toBe(w.url);
    expect(item.published).toMatch(RFC3339);
    expect(item.updated).toMatch(RFC3339);
    expect(Date.parse(item.published!)).toBe(Math.floor(w.publishedAt / 1000) * 1000);
    expect(Date.parse(item.isoDate!)).toBe(Math.floor(w.publishedAt / 1000) * 1000);
    expect((item.authors ?? []).map((a) => a.name?.[0])).toEqual(w.authors);
    expect((item.atomCategories ?? []).map((c) => c.$?.label)).toEqual([...(w.rubric ? [w.rubric] : []), ...w.tags]);
    const enclosure = (item.links ?? []).find((l) => l.$?.rel === 'enclosure');
    if (w.coverFile) {
      expect(enclosure?.$?.type).toBe('image/jpeg');
      expect(Number(enclosure?.$?.length)).toBe(coverSize(w));
      expect(enclosure?.$?.href).toMatch(new RegExp(`^${BASE}/media/`));
    } else {
      expect(enclosure).toBeUndefined();
    }
    expect(item.content ?? '').not.toMatch(/(src|href)="\/(?!\/)/);
  }
  return { xml, feed };
}

interface JsonFeed {
  version: string;
  feed_url: string;
  items: Array<{
    id: string;
    url: string;
    title: string;
    content_html?: string;
    content_text?: string;
    date_published: string;
    date_modified: string;
    authors?: Array<{ name: string }>;
    tags?: string[];
    image?: string;
    attachments?: Array<{ url: string; mime_type: string; size_in_bytes: number }>;
  }>;
}

function expectValidJsonFeed(feed: unknown, where: string) {
  if (!validateJsonFeed) return;
  const ok = validateJsonFeed(feed);
  expect(ok, `${where}: ${JSON.stringify(validateJsonFeed.errors?.slice(0, 5))}`).toBe(true);
}

async function checkJson(url: string, want: Expected[]) {
  const body = await fetchFeed(url, 'application/feed+json');
  const feed = JSON.parse(body) as JsonFeed;
  expectValidJsonFeed(feed, url);
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.feed_url).toBe(BASE + url);
  expect(feed.items.map((i) => i.id)).toEqual(want.map((w) => w.guid));
  for (const [n, item] of feed.items.entries()) {
    const w = want[n];
    expect(item.title).toBe(w.headline);
    expect(item.url).toBe(w.url);
    expect(item.date_published).toMatch(RFC3339);
    expect(Date.parse(item.date_published)).toBe(Math.floor(w.publishedAt / 1000) * 1000);
    expect((item.authors ?? []).map((a) => a.name)).toEqual(w.authors);
    expect(item.tags ?? []).toEqual([...new Set([...(w.rubric ? [w.rubric] : []), ...w.tags])]);
    if (w.coverFile) {
      expect(item.attachments?.[0].mime_type).toBe('image/jpeg');
      expect(item.attachments?.[0].size_in_bytes).toBe(coverSize(w));
      expect(item.image).toBe(item.attachments?.[0].url);
    }
    expect(item.content_html).toBeTruthy();
    expect(item.content_html).not.toMatch(/(src|href)="\/(?!\/)/);
  }
  return feed;
}

async function rubricWithArticles(lang: L) {
  return t.store.db
    .selectFrom('rubric_i18n as r')
    .innerJoin('articles as a', (j) => j.onRef('a.rubric_id', '=', 'r.rubric_id').on('a.lang', '=', lang))
    .where('r.lang', '=', lang)
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', TEST_NOW)
    .groupBy(['r.rubric_id', 'r.slug', 'r.name'])
    .select(['r.rubric_id as id', 'r.slug', 'r.name', (eb) => eb.fn.countAll<number>().as('n')])
    .orderBy('n', 'desc')
    .executeTakeFirstOrThrow();
}

async function tagWithArticles(lang: L) {
  return t.store.db
    .selectFrom('tag_i18n as tg')
    .innerJoin('article_tags as at', 'at.tag_id', 'tg.tag_id')
    .innerJoin('articles as a', 'a.id', 'at.article_id')
    .where('tg.lang', '=', lang)
    .where('a.lang', '=', lang)
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', TEST_NOW)
    .groupBy(['tg.tag_id', 'tg.slug', 'tg.name'])
    .select(['tg.tag_id as id', 'tg.slug', 'tg.name', (eb) => eb.fn.countAll<number>().as('n')])
    .orderBy('n', 'desc')
    .executeTakeFirstOrThrow();
}

describe.each(LANGS)('feeds in %s', (lang) => {
  it('RSS 2.0: the 30 newest published items with dates in +0600, authors, categories and image enclosures', async () => {
    const want = await expected(lang);
    expect(want.length).toBe(FEED_SIZE);
    expect(want.some((w) => w.coverFile)).toBe(true);
    const { feed } = await checkRss(`/${lang}/feed.rss`, want, { fullText: false });
    expect(feed.link).toBe(`${BASE}/${lang}/`);
    expect(feed.language).toBe(lang);
    expect(feed.lastBuildDate).toMatch(RFC822);
  });

  it('full-text RSS: the same items with yandex:full-text, the plain text of the body', async () => {
    await checkRss(`/${lang}/feed-full.rss`, await expected(lang), { fullText: true });
  });

  it('Atom: entries with RFC 3339 dates, authors, categories and enclosure links', async () => {
    const { xml } = await checkAtom(`/${lang}/feed.atom`, await expected(lang));
    expect(xml).toContain(`xml:lang="${lang}"`);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${BASE}/${lang}/feed.atom"/>`);
  });

  it.skipIf(!HAS_SCHEMAS && !IS_CI)(`JSON Feed 1.1 validates against the schema${HAS_SCHEMAS ? '' : ' [SKIPPED: ../shared/fixtures/jsonfeed missing]'}`, async () => {
    if (!HAS_SCHEMAS) throw new Error(`JSON Feed schemas not found in ${SCHEMA_DIR} (CI=true: this check may not be skipped)`);
    await checkJson(`/${lang}/feed.json`, await expected(lang));
  });

  it('rubric and tag feeds hold only their rubric’s and tag’s articles', async () => {
    const rubric = await rubricWithArticles(lang);
    const wantR = await expected(lang, { rubricId: rubric.id });
    expect(wantR.length).toBe(Math.min(FEED_SIZE, Number(rubric.n)));
    const base = `/${lang}/rubric/${rubric.slug}/`;
    const { feed } = await checkRss(`${base}feed.rss`, wantR, { fullText: false });
    expect(feed.title).toContain(rubric.name);
    expect(feed.link).toBe(BASE + base);
    await checkRss(`${base}feed-full.rss`, wantR, { fullText: true });
    await checkAtom(`${base}feed.atom`, wantR);
    await checkJson(`${base}feed.json`, wantR);

    const tag = await tagWithArticles(lang);
    const wantT = await expected(lang, { tagId: tag.id });
    expect(wantT.length).toBe(Math.min(FEED_SIZE, Number(tag.n)));
    expect(wantT.every((w) => w.tags.includes(tag.name))).toBe(true);
    const tbase = `/${lang}/tag/${tag.slug}/`;
    await checkRss(`${tbase}feed.rss`, wantT, { fullText: false });
    await checkRss(`${tbase}feed-full.rss`, wantT, { fullText: true });
    await checkAtom(`${tbase}feed.atom`, wantT);
    await checkJson(`${tbase}feed.json`, wantT);
  });

  it('pages link their feeds in the head', async () => {
    const rubric = await rubricWithArticles(lang);
    const tag = await tagWithArticles(lang);
    for (const list of [`/${lang}/`, `/${lang}/rubric/${rubric.slug}/`, `/${lang}/tag/${tag.slug}/`]) {
      const page = await get(list);
      expect(page.statusCode).toBe(200);
      const head = page.body.slice(0, page.body.indexOf('</head>'));
      for (const [type, file] of [['application/rss+xml', 'feed.rss'], ['application/atom+xml', 'feed.atom'], ['application/feed+json', 'feed.json']]) {
        expect(head, `${list} ${file}`).toMatch(new RegExp(`<link rel="alternate" type="${type.replace('+', '\\+')}" title="[^"]+" href="${BASE}${list}${file}">`));
        expect((await get(list + file)).statusCode).toBe(200);
      }
    }
  });

  it('unknown rubric, tag or language: 404 for every format', async () => {
    for (const file of ['feed.rss', 'feed-full.rss', 'feed.atom', 'feed.json']) {
      for (const url of [`/${lang}/rubric/no-such-rubric/${file}`, `/${lang}/tag/no-such-tag/${file}`, `/xx/${file}`]) {
        expect((await get(url)).statusCode, url).toBe(404);
      }
    }
  });
});

describe('feed dates', () => {
  it('write the instant in the site time zone with its offset', () => {
    const ms = Date.parse('2024-02-14T20:05:09.900Z');
    expect(rfc822('Asia/Bishkek', ms)).toBe('Thu, 15 Feb 2024 02:05:09 +0600');
    expect(rfc3339('Asia/Bishkek', ms)).toBe('2024-02-15T02:05:09+06:00');
    expect(rfc822('UTC', ms)).toBe('Wed, 14 Feb 2024 20:05:09 +0000');
    expect(rfc3339('America/St_Johns', ms)).toBe('2024-02-14T16:35:09-03:30');
    expect(rfc822('Asia/Kolkata', ms)).toBe('Thu, 15 Feb 2024 01:35:09 +0530');
  });
});

describe('conditional GET', () => {
  it.each(['/ru/feed.rss', '/en/feed-full.rss', '/ky/feed.atom', '/ru/feed.json'])('%s: 304 for a matching ETag or an unchanged Last-Modified', async (url) => {
    const first = await get(url);
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    const lastModified = String(first.headers['last-modified']);
    expect(lastModified).toMatch(/ GMT$/);

    const byEtag = await get(url, { 'if-none-match': etag });
    expect(byEtag.statusCode).toBe(304);
    expect(byEtag.body).toBe('');
    expect(byEtag.headers.etag).toBe(etag);
    expect((await get(url, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
    expect((await get(url, { 'if-none-match': '"something-else"' })).statusCode).toBe(200);
    // If-None-Match wins over If-Modified-Since.
    expect((await get(url, { 'if-none-match': '"something-else"', 'if-modified-since': lastModified })).statusCode).toBe(200);

    const byDate = await get(url, { 'if-modified-since': lastModified });
    expect(byDate.statusCode).toBe(304);
    expect(byDate.body).toBe('');
    expect((await get(url, { 'if-modified-since': new Date(Date.parse(lastModified) + 3600_000).toUTCString() })).statusCode).toBe(304);
    expect((await get(url, { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() })).statusCode).toBe(200);
    expect((await get(url, { 'if-modified-since': 'not a date' })).statusCode).toBe(200);

    const head = await t.app.inject({ method: 'HEAD', url });
    expect(head.statusCode).toBe(200);
    expect(head.headers.etag).toBe(etag);
  });
});

describe('FEED_CONTENT=lead', () => {
  it('carries the lead instead of the article HTML (the full-text RSS keeps the body text)', async () => {
    const app = await buildApp({ config: { ...t.config, feedContent: 'lead' }, store: t.store, now: () => TEST_NOW, logger: false });
    try {
      const rss = (await app.inject('/en/feed.rss')).body;
      expectWellFormed(rss, 'lead rss');
      const feed = await parser.parseString(rss);
      expect(feed.items.length).toBe(FEED_SIZE);
      expect(feed.items.every((i) => i['content:encoded'] === undefined && (i.content ?? '').length > 0)).toBe(true);
      const full = await parser.parseString((await app.inject('/en/feed-full.rss')).body);
      expect(full.items.every((i) => (i.fullText ?? '').length > 0)).toBe(true);
      const atom = (await app.inject('/en/feed.atom')).body;
      expectWellFormed(atom, 'lead atom');
      expect(atom).not.toContain('<content');
      const json = JSON.parse((await app.inject('/en/feed.json')).body) as JsonFeed;
      expectValidJsonFeed(json, 'lead json');
      expect(json.items.every((i) => i.content_html === undefined && i.content_text)).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('what never appears', () => {
  it('drafts, articles in review, scheduled, unpublished and future-dated articles stay out of every feed', async () => {
    const lang: L = 'ru';
    const db = t.store.db;
    const rubric = await rubricWithArticles(lang);
    const tag = await tagWithArticles(lang);
    const model = await db.selectFrom('articles').where('lang', '=', lang).where('status', '=', 'published').selectAll().orderBy('published_at', 'desc').executeTakeFirstOrThrow();
    const cases = [
      { status: 'draft', published_at: TEST_NOW - 60_000 },
      { status: 'review', published_at: TEST_NOW - 60_000 },
      { status: 'scheduled', published_at: TEST_NOW + 3600_000 },
      { status: 'unpublished', published_at: TEST_NOW - 60_000 },
      { status: 'published', published_at: TEST_NOW + 60_000 },
      { status: 'draft', published_at: null },
    ] as const;
    const hidden: number[] = [];
    for (const [n, c] of cases.entries()) {
      const { id: storyId } = await db.insertInto('stories').values({ created_at: TEST_NOW }).returning('id').executeTakeFirstOrThrow();
      const { id: _id, ...rest } = model;
      const { id } = await db
        .insertInto('articles')
        .values({ ...rest, story_id: storyId, slug: `hidden-${n}`, headline: `HIDDEN ${c.status} ${n}`, status: c.status, published_at: c.published_at, rubric_id: rubric.id, updated_at: TEST_NOW })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.insertInto('article_tags').values({ article_id: id, tag_id: tag.id, position: 0 }).execute();
      hidden.push(id);
    }
    for (const base of [`/${lang}/`, `/${lang}/rubric/${rubric.slug}/`, `/${lang}/tag/${tag.slug}/`]) {
      for (const file of ['feed.rss', 'feed-full.rss', 'feed.atom', 'feed.json']) {
        const res = await get(base + file);
        expect(res.statusCode).toBe(200);
        expect(res.body, base + file).not.toContain('HIDDEN');
        for (const id of hidden) expect(res.body).not.toContain(`/${lang}/${id}/`);
      }
    }
  });

  it('hostile headlines, leads and bodies still give well-formed XML and the same text back', async () => {
    const lang: L = 'en';
    const db = t.store.db;
    const want = await expected(lang);
    const target = want.find((w) => w.coverFile) ?? want[0];
    const headline = 'Tom & Jerry <script>alert("x")</script> ]]> <![CDATA[ oops ]]]]> \'quoted\' \u0001bell\u000b & &amp; &#x0;';
    const clean = headline.replace(/[\u0001\u000b]/g, '');
    const lead = 'Lead with ]]> and </description> and <b>tags</b> & more';
    const body: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Body ]]> <![CDATA[ & </content:encoded> \u0002' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'a link', marks: [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b=]]>' } }] }] },
        { type: 'image', attrs: { src: '/media/demo/cover-00-960.jpg', alt: 'alt "]]>"', caption: 'cap <i>', credit: 'c & d', width: 960, height: 540 } },
      ],
    };
    await db.updateTable('articles').set({ headline, lead, body: JSON.stringify(body) }).where('id', '=', target.id).execute();
    await t.storeChanged();
    const rubric = await db.selectFrom('articles as a').innerJoin('rubric_i18n as r', (j) => j.onRef('r.rubric_id', '=', 'a.rubric_id').on('r.lang', '=', lang)).where('a.id', '=', target.id).select('r.slug').executeTakeFirst();
    const bases = [`/${lang}/`, ...(rubric ? [`/${lang}/rubric/${rubric.slug}/`] : [])];
    for (const base of bases) {
      for (const file of ['feed.rss', 'feed-full.rss', 'feed.atom']) {
        const url = base + file;
        const xml = (await get(url)).body;
        expectWellFormed(xml, url);
        const feed = await parser.parseString(xml);
        const item = feed.items.find((i) => (i.guid ?? i.id) === target.guid);
        expect(item, url).toBeDefined();
        expect(item!.title).toBe(clean);
        const html = file === 'feed.atom' ? item!.content! : item!['content:encoded']!;
        expect(html).toContain('Body ]]&gt; &lt;![CDATA[ &amp; &lt;/content:encoded&gt; ');
        expect(html).toContain(`src="${BASE}/media/demo/cover-00-960.jpg"`);
        if (file === 'feed-full.rss') expect(item!.fullText).toContain('Body ]]> <![CDATA[ & </content:encoded>');
      }
      const json = JSON.parse((await get(base + 'feed.json')).body) as JsonFeed;
      expectValidJsonFeed(json, base + 'feed.json');
      expect(json.items.find((i) => i.id === target.guid)?.title).toBe(clean);
    }
  });
});
