// Site search on both dialects: morphology, phrases, prefixes, filters, sort, pages, visibility and
// hostile input. Test articles are written through the store with unusual words, so the demo content
// does not get in the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/lang.js';
import { articleSearchColumns } from '../../src/domain/search/index.js';
import { TEST_NOW } from '../support/constants.js';
import { section, stripTags } from '../support/html.js';
import { testApp, type TestApp } from '../support/app.js';

let t: TestApp;
let rubrics: Array<{ id: number; slug: string; lang: string }>;
beforeAll(async () => {
  t = await testApp();
  rubrics = await t.store.db.selectFrom('rubric_i18n').select(['rubric_id as id', 'slug', 'lang']).orderBy('rubric_id').execute();
});
afterAll(() => t.close());

const HOUR = 3600_000;
let seq = 0;

async function addArticle(a: { lang: Lang; headline: string; text: string; status?: string; publishedAt?: number | null; rubricId?: number | null }) {
  const db = t.store.db;
  const { id: storyId } = await db.insertInto('stories').values({ created_at: TEST_NOW - 48 * HOUR }).returning('id').executeTakeFirstOrThrow();
  const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: a.text }] }] });
  const lead = 'Lead.';
  const publishedAt = a.publishedAt === undefined ? TEST_NOW - 2 * HOUR - ++seq * 60_000 : a.publishedAt;
  const { id } = await db
    .insertInto('articles')
    .values({
      story_id: storyId,
      lang: a.lang,
      slug: `search-test-${++seq}`,
      headline: a.headline,
      lead,
      body,
      ...articleSearchColumns({ lang: a.lang, headline: a.headline, lead, body }),
      dateline_place: null,
      source_name: null,
      source_url: null,
      rubric_id: a.rubricId === undefined ? rubrics[0].id : a.rubricId,
      cover_image_id: null,
      cover_caption: null,
      cover_alt: null,
      status: (a.status ?? 'published') as 'published',
      is_breaking: 0,
      is_pinned: 0,
      view_count: 0,
      published_at: publishedAt,
      updated_at: publishedAt ?? TEST_NOW,
      created_at: TEST_NOW - 48 * HOUR,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, path: `/${a.lang}/${id}-search-test-${seq}/` };
}

async function search(lang: Lang, params: Record<string, string>) {
  const res = await t.app.inject(`/${lang}/search/?${new URLSearchParams(params)}`);
  const ids = [...res.body.matchAll(/<h2 class="search-result-title"><a href="\/[a-z]{2}\/(\d+)-/g)].map((m) => Number(m[1]));
  return { status: res.statusCode, body: res.body, ids };
}

describe('search morphology', () => {
  it('finds a Russian article saying «выборах» by «выборы», in any case and with ё', async () => {
    const a = await addArticle({ lang: 'ru', headline: 'Муниципальные новости Кызылжарского округа', text: 'На прошедших выборах в Кызылжарском округе её поддержали избиратели.' });
    for (const q of ['выборы', 'ВЫБОРЫ', 'выбор', 'Кызылжарский', 'ее поддержали']) {
      const r = await search('ru', { q, sort: 'date' });
      expect(r.status, q).toBe(200);
      expect(r.ids, q).toContain(a.id);
    }
    const r = await search('ru', { q: 'выборы кызылжарский' });
    expect(r.ids).toEqual([a.id]);
    // highlighted in the snippet
    expect(section(r.body, /<p class="search-snippet">/)).toContain('<mark>выборах</mark>');
    expect(section(r.body, /<h2 class="search-result-title">/)).toContain('<mark>Кызылжарского</mark>');
  });

  it('finds "election" by "elections" in English', async () => {
    const a = await addArticle({ lang: 'en', headline: 'Vorktown council news', text: 'The Vorktown election was held on Sunday.' });
    const r = await search('en', { q: 'elections vorktown' });
    expect(r.ids).toEqual([a.id]);
    expect(r.body).toContain('<mark>election</mark>');
  });

  it('folds case and letter variants in Kyrgyz', async () => {
    const a = await addArticle({ lang: 'ky', headline: 'ЖАРАКАТТАНГАНДАР ТУУРАЛУУ', text: 'Өкмөттүн Таламбаевдин жыйыны өттү.' });
    for (const q of ['жаракаттангандар', 'ЖаРаКаТтАнГаНдАр', 'ӨКМӨТТҮН таламбаевдин', 'ѳкмѳттүн таламбаевдин', 'ɵкмɵттүн таламбаевдин']) {
      const r = await search('ky', { q });
      expect(r.ids, q).toContain(a.id);
    }
  });
});

describe('phrases and prefixes', () => {
  let adjacent: { id: number };
  let apart: { id: number };
  beforeAll(async () => {
    adjacent = await addArticle({ lang: 'en', headline: 'Report one', text: 'The zorblat quintex was seen near the river.' });
    apart = await addArticle({ lang: 'en', headline: 'Report two', text: 'A quintex and, later, a zorblat were seen.' });
  });

  it('matches a quoted phrase only where the words stand together', async () => {
    expect((await search('en', { q: '"zorblat quintex"' })).ids).toEqual([adjacent.id]);
    expect((await search('en', { q: '«zorblat quintex»' })).ids).toEqual([adjacent.id]);
    expect((await search('en', { q: 'zorblat quintex', sort: 'date' })).ids.sort()).toEqual([adjacent.id, apart.id].sort());
  });

  it('matches the beginning of a word with an asterisk, and falls back to prefixes when nothing matches exactly', async () => {
    expect((await search('en', { q: 'zorbl*' })).ids.sort()).toEqual([adjacent.id, apart.id].sort());
    const r = await search('en', { q: 'quinte' });
    expect(r.ids.sort()).toEqual([adjacent.id, apart.id].sort());
    expect(r.body).toContain('class="search-note"');
    const ru = await addArticle({ lang: 'ru', headline: 'Квазистеллярные объекты', text: 'Телескоп наблюдал квазистеллярный источник.' });
    expect((await search('ru', { q: 'квазистел*' })).ids).toEqual([ru.id]);
    expect((await search('ru', { q: 'квазистеллярн' })).ids).toEqual([ru.id]);
  });
});

describe('filters and sort', () => {
  it('filters by rubric, dates and language', async () => {
    const [r1, r2] = [...new Set(rubrics.map((r) => r.id))];
    const slug = (id: number, lang: string) => rubrics.find((r) => r.id === id && r.lang === lang)!.slug;
    const a = await addArticle({ lang: 'en', headline: 'Glimmerfax one', text: 'Glimmerfax text.', rubricId: r1, publishedAt: Date.parse('2024-02-10T06:00:00Z') });
    const b = await addArticle({ lang: 'en', headline: 'Glimmerfax two', text: 'Glimmerfax text.', rubricId: r2, publishedAt: Date.parse('2024-02-12T06:00:00Z') });
    const c = await addArticle({ lang: 'ru', headline: 'Glimmerfax три', text: 'Glimmerfax текст.', rubricId: r1, publishedAt: Date.parse('2024-02-12T06:00:00Z') });
    expect((await search('en', { q: 'glimmerfax', sort: 'date' })).ids).toEqual([b.id, a.id]);
    expect((await search('en', { q: 'glimmerfax', rubric: slug(r1, 'en') })).ids).toEqual([a.id]);
    expect((await search('en', { q: 'glimmerfax', from: '2024-02-11' })).ids).toEqual([b.id]);
    expect((await search('en', { q: 'glimmerfax', to: '2024-02-10' })).ids).toEqual([a.id]);
    expect((await search('en', { q: 'glimmerfax', from: '2024-02-11', to: '2024-02-11' })).ids).toEqual([]);
    expect((await search('en', { q: 'glimmerfax', language: 'ru' })).ids).toEqual([c.id]);
    expect((await search('en', { q: 'glimmerfax', language: 'all', sort: 'date' })).ids.sort()).toEqual([a.id, b.id, c.id].sort());
    expect((await search('ru', { q: 'glimmerfax' })).ids).toEqual([c.id]);
    // nonsense filter values are ignored, never an error
    const bad = await search('en', { q: 'glimmerfax', from: '2024-13-45', to: 'yesterday', language: 'xx', rubric: 'nope', sort: 'sideways' });
    expect(bad.status).toBe(200);
    expect(bad.ids.sort()).toEqual([a.id, b.id].sort());
    expect(bad.body).toContain('YYYY-MM-DD');
  });

  it('sorts by relevance or by date', async () => {
    const strong = await addArticle({ lang: 'ru', headline: 'Трамплекс: всё о трамплексе', text: 'Трамплекс, трамплекса, трамплексу — трамплекс везде.', publishedAt: TEST_NOW - 30 * HOUR });
    const weak = await addArticle({ lang: 'ru', headline: 'Разные новости дня', text: 'Долгий текст о погоде, дорогах и ценах, и лишь однажды упомянут трамплекс, а дальше снова о погоде и ценах на рынках города.', publishedAt: TEST_NOW - 3 * HOUR });
    expect((await search('ru', { q: 'трамплекс' })).ids).toEqual([strong.id, weak.id]);
    expect((await search('ru', { q: 'трамплекс', sort: 'date' })).ids).toEqual([weak.id, strong.id]);
  });
});

describe('an archive of years', () => {
  // PostgreSQL looks in the newest weeks first and widens the window (src/store/search.ts): matches
  // from every window must be found, in the right order, with the filters applied.
  it('finds and orders matches from last week to five years ago', async () => {
    const DAY = 24 * HOUR;
    const week = await addArticle({ lang: 'en', headline: 'Quillvexor plans', text: 'A note on quillvexor.', publishedAt: TEST_NOW - 6 * DAY });
    const season = await addArticle({ lang: 'en', headline: 'Quillvexor report', text: 'Another note on quillvexor.', publishedAt: TEST_NOW - 100 * DAY });
    const years = await addArticle({ lang: 'en', headline: 'Quillvexor, quillvexor', text: 'Quillvexor, quillvexor and quillvexor: all about quillvexor.', publishedAt: TEST_NOW - 800 * DAY });
    const old = await addArticle({ lang: 'en', headline: 'Quillvexor history', text: 'Where quillvexor began.', publishedAt: TEST_NOW - 1900 * DAY });
    expect((await search('en', { q: 'quillvexor', sort: 'date' })).ids).toEqual([week.id, season.id, years.id, old.id]);
    const byRelevance = await search('en', { q: 'quillvexor' });
    expect(byRelevance.ids[0]).toBe(years.id);
    expect(byRelevance.ids.sort()).toEqual([week.id, season.id, years.id, old.id].sort());
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    expect((await search('en', { q: 'quillvexor', sort: 'date', to: iso(TEST_NOW - 50 * DAY) })).ids).toEqual([season.id, years.id, old.id]);
    expect((await search('en', { q: 'quillvexor', sort: 'date', from: iso(TEST_NOW - 1000 * DAY), to: iso(TEST_NOW - 500 * DAY) })).ids).toEqual([years.id]);
  });
});

describe('pages', () => {
  it('pages through results, keeping the query and filters in the links', async () => {
    for (let i = 0; i < 25; i++) await addArticle({ lang: 'en', headline: `Paginex story ${i}`, text: 'Paginex.' });
    const p1 = await search('en', { q: 'paginex', sort: 'date' });
    expect(p1.ids.length).toBe(20);
    expect(p1.body).toContain('href="/en/search/?q=paginex&amp;sort=date&amp;page=2" rel="next"');
    expect(stripTags(section(p1.body, /<p class="search-count">/)!)).toBe('25 stories found');
    const p2 = await search('en', { q: 'paginex', sort: 'date', page: '2' });
    expect(p2.ids.length).toBe(5);
    expect(new Set([...p1.ids, ...p2.ids]).size).toBe(25);
    expect(p2.body).not.toContain('rel="next"');
    const first = await t.app.inject('/en/search/?q=paginex&sort=date&page=1');
    expect(first.statusCode).toBe(301);
    expect(first.headers.location).toBe('/en/search/?q=paginex&sort=date');
    for (const page of ['3', '0', '-1', 'abc', '1.5']) expect((await search('en', { q: 'paginex', page })).status, page).toBe(404);
    // no results: one empty page, and nothing after it
    const none = await search('en', { q: 'nosuchwordanywhere' });
    expect(none.status).toBe(200);
    expect(none.body).toContain('class="search-empty"');
    expect((await search('en', { q: 'nosuchwordanywhere', page: '2' })).status).toBe(404);
  });
});

describe('visibility', () => {
  it('never finds drafts, scheduled, unpublished or future articles', async () => {
    await addArticle({ lang: 'en', headline: 'Hiddenword draft', text: 'Hiddenword.', status: 'draft', publishedAt: null });
    await addArticle({ lang: 'en', headline: 'Hiddenword scheduled', text: 'Hiddenword.', status: 'scheduled', publishedAt: TEST_NOW + HOUR });
    await addArticle({ lang: 'en', headline: 'Hiddenword review', text: 'Hiddenword.', status: 'review', publishedAt: null });
    await addArticle({ lang: 'en', headline: 'Hiddenword unpublished', text: 'Hiddenword.', status: 'unpublished', publishedAt: TEST_NOW - HOUR });
    await addArticle({ lang: 'en', headline: 'Hiddenword future', text: 'Hiddenword.', status: 'published', publishedAt: TEST_NOW + 60_000 });
    for (const sort of ['relevance', 'date']) expect((await search('en', { q: 'hiddenword', sort, language: 'all' })).ids, sort).toEqual([]);
  });

  it('drops an article from results as soon as it is unpublished, and follows edits', async () => {
    const a = await addArticle({ lang: 'ru', headline: 'Фламбургер', text: 'Фламбургер готов.' });
    expect((await search('ru', { q: 'фламбургер' })).ids).toEqual([a.id]);
    await t.store.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', a.id).execute();
    expect((await search('ru', { q: 'фламбургер' })).ids).toEqual([]);
    // an edit in a transaction: the index follows the new text within the same write
    await t.store.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('articles').select(['lang', 'headline', 'lead', 'body']).where('id', '=', a.id).executeTakeFirstOrThrow();
      const headline = 'Гиперфлюкс';
      await trx.updateTable('articles').set({ status: 'published', headline, ...articleSearchColumns({ ...row, headline }) }).where('id', '=', a.id).execute();
    });
    expect((await search('ru', { q: 'гиперфлюкс' })).ids).toEqual([a.id]);
    await t.store.db.deleteFrom('articles').where('id', '=', a.id).execute();
    expect((await search('ru', { q: 'гиперфлюкс' })).ids).toEqual([]);
  });
});

describe('hostile input', () => {
  const inputs = [
    '', ' ', '"', '""', '"""', '*', '**', 'a*', '-', '--', 'NEAR(', 'NEAR(a b, 2)', 'OR', 'AND', 'NOT', 'a OR b', 'a AND NOT b', '(', ')', '^a', 'a:b', 'title:x',
    "'; DROP TABLE articles;--", "' OR 1=1 --", '\\', '%', '_', "'", ':*', '!', '&|<->', 'выборы:*', '<script>alert(1)</script>',
    '🙂', '🇰🇬 выборы 🙂', 'выборыelections', 'Бишкек Bishkek Бишкек', 'مرحبا', '中文', '١٢٣', '\u0000', '\u202e', 'x'.repeat(10_000), 'выборы '.repeat(1500),
  ];
  it.each(inputs.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length})` : JSON.stringify(q), q]))('%s gives a page, never an error', async (_name, q) => {
    for (const lang of ['ru', 'en'] as const) {
      const r = await search(lang, { q, language: 'all' });
      expect(r.status).toBe(200);
      expect(r.body).not.toContain('<script>alert');
    }
  });

  it('keeps the table, escapes the query everywhere it is shown, and says when a query was cut', async () => {
    await search('en', { q: "'; DROP TABLE articles;--" });
    expect(Number((await t.store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBeGreaterThan(0);
    const xss = await search('en', { q: '"><img src=x onerror=alert(1)>' });
    expect(xss.body).not.toContain('<img src=x');
    expect(xss.body).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    const a = await addArticle({ lang: 'en', headline: 'Snarfblat <b>bold</b> & co', text: 'Snarfblat <i>x</i>.' });
    const r = await search('en', { q: 'snarfblat' });
    expect(r.ids).toEqual([a.id]);
    expect(r.body).toContain('<mark>Snarfblat</mark> &lt;b&gt;bold&lt;/b&gt; &amp; co');
    const long = await search('en', { q: 'word '.repeat(2000) });
    expect(long.body).toContain('The query was too long');
    const signs = await search('en', { q: '*** "" --' });
    expect(signs.body).toContain('The query has no words');
  });
});

describe('search box', () => {
  it('is on every page: a GET form with a label, leading to the search page of the language', async () => {
    for (const lang of ['ru', 'ky', 'en'] as const) {
      const home = await t.app.inject(`/${lang}/`);
      const form = section(home.body, /<form class="site-search"/)!;
      expect(form).toContain(`action="/${lang}/search/"`);
      expect(form).toContain('method="get"');
      expect(form).toMatch(/<label for="site-search-q"[^>]*>[^<]+<\/label>/);
      expect(form).toContain('id="site-search-q" name="q"');
      const empty = await t.app.inject(`/${lang}/search/`);
      expect(empty.statusCode).toBe(200);
      expect(empty.body).toContain('<meta name="robots" content="noindex">');
      // without the trailing slash: redirected, query kept
      const bare = await t.app.inject(`/${lang}/search?q=x`);
      expect(bare.statusCode).toBe(301);
      expect(bare.headers.location).toBe(`/${lang}/search/?q=x`);
    }
    expect((await t.app.inject('/xx/search/?q=a')).statusCode).toBe(404);
  });
});
