// Newsroom statistics against rows written straight into the view counters: who may open the pages,
// the figures per day and language (gap days as 0, tables equal to the charts), the top-story windows
// with their edges in the site time zone, an article's own chart and its language versions, bad input.
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/domain/lang.js';
import { TEST_NOW } from '../../support/constants.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import type { Role } from '../../../src/store/schema.js';

let t: TestApp;
let staff: Record<Role, TestStaff>;
let now = TEST_NOW; // Wednesday 14 February 2024, 14:50 in Bishkek
/** the story with a version in every language: its ru, ky and en articles */
let story: Record<Lang, number>;
let ruB: number;
let ruC: number;
let ruOld: number;
let draft: number;

const get = (url: string, who: TestStaff | null = staff.editor) => t.app.inject({ url, headers: who ? { cookie: who.cookie } : {} });

/** The figures of a table's body rows keyed by their data-day, each row's numbers in column order. */
function tableRows(html: string, id: string): Map<string, number[]> {
  const table = new RegExp(`<table[^>]*id="${id}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  const out = new Map<string, number[]>();
  for (const m of body.matchAll(/<tr data-day="([\d-]+)">([\s\S]*?)<\/tr>/g)) {
    out.set(m[1], [...m[2].matchAll(/<td class="nr-num">([\d,]+)<\/td>/g)].map((c) => Number(c[1].replace(/,/g, ''))));
  }
  return out;
}

/** The footer (total) figures of a table. */
function tableTotals(html: string, id: string): number[] {
  const table = new RegExp(`<table[^>]*id="${id}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
  const foot = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(table)?.[1] ?? '';
  return [...foot.matchAll(/<td class="nr-num">([\d,]+)<\/td>/g)].map((c) => Number(c[1].replace(/,/g, '')));
}

/** Every <svg> of the page. */
const svgs = (html: string) => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);

/** The columns of a chart: day → value, from their data- attributes. */
function bars(svg: string): Map<string, number> {
  return new Map([...svg.matchAll(/data-day="([\d-]+)" data-value="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
}

function svgById(html: string, id: string): string {
  const svg = svgs(html).find((s) => s.includes(`aria-labelledby="${id}-title"`));
  if (!svg) throw new Error(`no chart ${id}`);
  return svg;
}

/** The article ids of a language's top list, in order. */
function topIds(html: string, lang: Lang): number[] {
  const part = new RegExp(`<section class="st-top" aria-labelledby="st-top-${lang}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
  return [...part.matchAll(/<tr data-article="(\d+)">/g)].map((m) => Number(m[1]));
}

function topViews(html: string, lang: Lang): number[] {
  const part = new RegExp(`<section class="st-top" aria-labelledby="st-top-${lang}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
  return [...part.matchAll(/<tr data-article="\d+">[\s\S]*?<td class="nr-num">([\d,]+)<\/td>\s*<\/tr>/g)].map((m) => Number(m[1].replace(/,/g, '')));
}

async function views(articleId: number, lang: Lang, days: Record<string, number>) {
  await t.store.db
    .insertInto('article_views_daily')
    .values(Object.entries(days).map(([day, v]) => ({ article_id: articleId, day, lang, views: v })))
    .execute();
}

async function setArticle(id: number, values: { published_at?: number; view_count?: number; status?: 'draft' | 'published' }) {
  await t.store.db.updateTable('articles').set(values).where('id', '=', id).execute();
}

beforeAll(async () => {
  t = await testApp({ clock: () => now });
  staff = await createNewsroom(t);
  const db = t.store.db;
  // The counters are ours alone in this file: nothing from the demo template may add to the sums.
  await db.deleteFrom('article_views_daily').execute();
  await db.deleteFrom('article_views_hourly').execute();
  const published = await db.selectFrom('articles').where('status', '=', 'published').select(['id', 'story_id', 'lang']).orderBy('id').execute();
  const langsOf = new Map<number, Map<string, number>>();
  for (const a of published) {
    if (!langsOf.has(a.story_id)) langsOf.set(a.story_id, new Map());
    langsOf.get(a.story_id)!.set(a.lang, a.id);
  }
  const full = [...langsOf.values()].find((m) => m.size === 3)!;
  story = { ru: full.get('ru')!, ky: full.get('ky')!, en: full.get('en')! };
  const used = new Set(Object.values(story));
  const others = published.filter((a) => a.lang === 'ru' && !used.has(a.id) && langsOf.get(a.story_id)!.size === 1);
  [ruB, ruC, ruOld, draft] = others.map((a) => a.id);
  const at = (iso: string) => Date.parse(iso);
  await setArticle(story.ru, { published_at: at('2024-01-10T04:00:00Z'), view_count: 5000 });
  await setArticle(story.ky, { published_at: at('2024-01-11T04:00:00Z'), view_count: 40 });
  await setArticle(story.en, { published_at: at('2024-01-12T04:00:00Z'), view_count: 0 });
  // 00:10 on the 14th in Bishkek is still the 13th in UTC: its chart is the one day, the 14th.
  await setArticle(ruB, { published_at: at('2024-02-13T18:10:00Z'), view_count: 60 });
  await setArticle(ruC, { published_at: at('2024-02-01T04:00:00Z'), view_count: 90 });
  await setArticle(ruOld, { published_at: at('2022-06-01T04:00:00Z'), view_count: 12345 });
  await setArticle(draft, { status: 'draft', view_count: 0 });
  await t.storeChanged();
});
afterAll(() => t.close());

describe('an empty site', () => {
  it('renders zeros, empty charts and empty top lists', async () => {
    const res = await get('/newsroom/stats/');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(tableTotals(html, 'st-daily-table')).toEqual([0, 0, 0, 0]);
    expect([...tableRows(html, 'st-daily-table').values()].every((r) => r.every((v) => v === 0))).toBe(true);
    expect(svgById(html, 'st-site-wide')).toContain('No views in this period');
    expect(svgById(html, 'st-site-wide')).toMatch(/<desc[^>]*>No views were counted from Tue, 16 Jan 2024 to Wed, 14 Feb 2024\.<\/desc>/);
    expect(html.match(/No views in this window\./g)).toHaveLength(3);
  });
});

describe('with views', () => {
  beforeAll(async () => {
    // ru of the story: today, yesterday, the first day of the week window, the day before it, the first
    // day of the 30-day window and the day before that.
    await views(story.ru, 'ru', { '2024-02-14': 50, '2024-02-13': 10, '2024-02-08': 5, '2024-02-07': 100, '2024-01-16': 7, '2024-01-15': 1000 });
    await views(story.ky, 'ky', { '2024-02-10': 3, '2024-01-20': 37 });
    await views(ruB, 'ru', { '2024-02-14': 60 });
    await views(ruC, 'ru', { '2024-02-07': 90 });
    // 2023-02-15 is the first day of the last 365; 2023-02-14 is one day too old to draw.
    await views(ruOld, 'ru', { '2023-02-14': 500, '2023-02-15': 11, '2023-06-01': 4 });
  });

  it('shows editors and administrators the site page; authors and translators get the forbidden page', async () => {
    for (const role of ['editor', 'administrator'] as const) {
      const res = await get('/newsroom/stats/', staff[role]);
      expect(res.statusCode, role).toBe(200);
      expect(res.body).toMatch(/<a href="\/newsroom\/stats\/" aria-current="page">Statistics<\/a>/);
    }
    for (const role of ['author', 'translator'] as const) {
      const res = await get('/newsroom/stats/', staff[role]);
      expect(res.statusCode, role).toBe(403);
      expect(res.body).toContain('Not allowed');
      expect(res.body).not.toContain('Views per day');
      // and their navigation does not offer it
      expect((await get('/newsroom/articles/', staff[role])).body).not.toContain('href="/newsroom/stats/"');
    }
    const anonymous = await get('/newsroom/stats/', null);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/newsroom/login/?next=%2Fnewsroom%2Fstats%2F');
  });

  it('30 days: one row per day with the inserted figures per language, gaps as 0, totals below', async () => {
    const html = (await get('/newsroom/stats/')).body;
    const rows = tableRows(html, 'st-daily-table');
    expect(rows.size).toBe(30);
    expect([...rows.keys()][0]).toBe('2024-02-14'); // newest first
    expect([...rows.keys()].at(-1)).toBe('2024-01-16');
    //                                ru   ky  en  all
    expect(rows.get('2024-02-14')).toEqual([110, 0, 0, 110]);
    expect(rows.get('2024-02-13')).toEqual([10, 0, 0, 10]);
    expect(rows.get('2024-02-10')).toEqual([0, 3, 0, 3]);
    expect(rows.get('2024-02-07')).toEqual([190, 0, 0, 190]);
    expect(rows.get('2024-01-20')).toEqual([0, 37, 0, 37]);
    expect(rows.get('2024-01-16')).toEqual([7, 0, 0, 7]);
    expect(rows.get('2024-02-12')).toEqual([0, 0, 0, 0]); // a gap day
    expect(rows.has('2024-01-15')).toBe(false); // outside the window
    expect(tableTotals(html, 'st-daily-table')).toEqual([322, 40, 0, 362]);
    // the figures above the chart
    expect(html).toMatch(/<dt>All languages<\/dt>\s*<dd>362<\/dd>/);
    expect(html).toMatch(/<dt>Russian<\/dt>\s*<dd>322<\/dd>/);
  });

  it('every chart is well-formed SVG with a title and description, and its columns equal the table', async () => {
    const html = (await get('/newsroom/stats/')).body;
    const rows = tableRows(html, 'st-daily-table');
    const all = svgs(html);
    expect(all).toHaveLength(5); // site wide + narrow, one per language
    for (const svg of all) {
      expect(XMLValidator.validate(svg), svg.slice(0, 200)).toBe(true);
      expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="([\w-]+)-title" aria-describedby="\1-desc"/);
      expect(svg).toMatch(/<title id="[\w-]+-title">[^<]+<\/title><desc id="[\w-]+-desc">[^<]+<\/desc>/);
    }
    for (const id of ['st-site-wide', 'st-site-narrow']) {
      const columns = bars(svgById(html, id));
      expect(columns.size).toBe(30);
      for (const [day, r] of rows) expect(columns.get(day), `${id} ${day}`).toBe(r[3]);
    }
    for (const [i, lang] of (['ru', 'ky', 'en'] as const).entries()) {
      const columns = bars(svgById(html, `st-lang-${lang}`));
      for (const [day, r] of rows) expect(columns.get(day), `${lang} ${day}`).toBe(r[i]);
    }
    const wide = svgById(html, 'st-site-wide');
    expect(wide).toContain('<title id="st-site-wide-title">Views per day on the whole site, last 30 days</title>');
    expect(wide).toContain('From Tue, 16 Jan 2024 to Wed, 14 Feb 2024: 362 views in total, 12 a day on average; the busiest day was Wed, 7 Feb 2024 with 190 views; 23 days without views.');
    // axis labels: dates under the columns, values beside them
    expect(wide).toContain('>16 Jan</text>');
    expect(wide).toContain('>14 Feb</text>');
    expect(wide).toMatch(/class="st-chart-y"[^>]*>0<\/text>/);
    expect(wide).toMatch(/class="st-chart-y"[^>]*>200<\/text>/);
    // a column's height follows its value on the shared scale
    const height = (day: string) => Number(new RegExp(`height="([\\d.]+)" data-day="${day}"`).exec(wide)![1]);
    expect(height('2024-02-07') / height('2024-02-14')).toBeCloseTo(190 / 110, 1);
    expect(height('2024-02-12')).toBe(0);
  });

  it('90 and 365 days reach further back; other values are refused with 400', async () => {
    const html90 = (await get('/newsroom/stats/?days=90')).body;
    const rows = tableRows(html90, 'st-daily-table');
    expect(rows.size).toBe(90);
    expect(rows.get('2024-01-15')).toEqual([1000, 0, 0, 1000]);
    expect(tableTotals(html90, 'st-daily-table')).toEqual([1322, 40, 0, 1362]);
    expect(html90).toMatch(/href="\/newsroom\/stats\/\?days=90#daily" aria-current="page">90 days/);
    const rows365 = tableRows((await get('/newsroom/stats/?days=365')).body, 'st-daily-table');
    expect(rows365.size).toBe(365);
    expect(rows365.get('2023-02-15')).toEqual([11, 0, 0, 11]);
    expect(rows365.has('2023-02-14')).toBe(false);
    for (const bad of ['?days=45', '?days=abc', '?days=30&days=90', '?top=year', '?top=today&top=week']) {
      const res = await get(`/newsroom/stats/${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.body, bad).toContain('Showing the defaults instead.');
    }
  });

  it('top stories of today, this week and this month per language, most read first', async () => {
    const today = (await get('/newsroom/stats/')).body;
    expect(topIds(today, 'ru')).toEqual([ruB, story.ru]);
    expect(topViews(today, 'ru')).toEqual([60, 50]);
    expect(topIds(today, 'ky')).toEqual([]);
    const week = (await get('/newsroom/stats/?top=week')).body;
    // 8 Feb is the week's first day, 7 Feb is not
    expect(topIds(week, 'ru')).toEqual([story.ru, ruB]);
    expect(topViews(week, 'ru')).toEqual([65, 60]);
    expect(topIds(week, 'ky')).toEqual([story.ky]);
    expect(week).toContain('This week: Thu, 8 Feb 2024 – Wed, 14 Feb 2024');
    const month = (await get('/newsroom/stats/?top=month')).body;
    // 16 Jan is the month's first day, 15 Jan is not
    expect(topIds(month, 'ru')).toEqual([story.ru, ruC, ruB]);
    expect(topViews(month, 'ru')).toEqual([172, 90, 60]);
    expect(topViews(month, 'ky')).toEqual([40]);
    expect(month).toContain('No views in this window.'); // English
    // each row leads to the article in the newsroom, its stats and the public page
    expect(month).toContain(`href="/newsroom/articles/${ruC}/"`);
    expect(month).toContain(`href="/newsroom/articles/${ruC}/stats/"`);
    expect(month).toMatch(new RegExp(`href="/ru/${ruC}-[a-z0-9-]+/"`));
  });

  it("today follows the site's clock: after midnight in Bishkek (still the 14th in UTC) the day starts empty", async () => {
    now = Date.parse('2024-02-14T18:30:00Z'); // 00:30 on the 15th in Bishkek
    try {
      const html = (await get('/newsroom/stats/')).body;
      expect(topIds(html, 'ru')).toEqual([]);
      expect(tableRows(html, 'st-daily-table').get('2024-02-15')).toEqual([0, 0, 0, 0]);
      const week = (await get('/newsroom/stats/?top=week')).body;
      // 8 Feb has left the week: 60 against 65 - 5 = 60, a tie that the newer article wins
      expect(topViews(week, 'ru')).toEqual([60, 60]);
      expect(topIds(week, 'ru')).toEqual([ruB, story.ru].sort((a, b) => b - a));
    } finally {
      now = TEST_NOW;
    }
  });

  it("an article's page: its chart since publication, the table, totals and the language versions", async () => {
    const res = await get(`/newsroom/articles/${story.ru}/stats/`, staff.author);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    const rows = tableRows(html, 'st-article-table');
    expect(rows.size).toBe(36); // 10 Jan … 14 Feb
    expect([...rows.keys()].at(-1)).toBe('2024-01-10');
    expect(rows.get('2024-01-15')).toEqual([1000]);
    expect(rows.get('2024-02-07')).toEqual([100]);
    expect(rows.get('2024-01-11')).toEqual([0]);
    const svg = svgById(html, 'st-article-wide');
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const [day, [v]] of rows) expect(bars(svg).get(day)).toBe(v);
    expect(html).toMatch(/<dt>All time<\/dt>\s*<dd>5,000<\/dd>/);
    expect(html).toMatch(/<dt>Last 36 days<\/dt>\s*<dd>1,172<\/dd>/);
    // the story's versions: last 30 days and all time
    const versions = /<table class="nr-table st-versions-table">([\s\S]*?)<\/table>/.exec(html)![1];
    const cells = (id: number) => [...new RegExp(`<tr data-article="${id}">([\\s\\S]*?)</tr>`).exec(versions)![1].matchAll(/<td class="nr-num">([\d,]+)<\/td>/g)].map((m) => m[1]);
    expect(cells(story.ru)).toEqual(['172', '5,000']);
    expect(cells(story.ky)).toEqual(['40', '40']);
    expect(cells(story.en)).toEqual(['0', '0']);
    expect(versions).toContain(`href="/newsroom/articles/${story.ky}/stats/"`);
    expect(/<tfoot>([\s\S]*?)<\/tfoot>/.exec(versions)![1]).toMatch(/All versions[\s\S]*>212<[\s\S]*>5,040</);
  });

  it('starts the chart on the publication day in the site zone, and draws at most a year', async () => {
    const one = tableRows((await get(`/newsroom/articles/${ruB}/stats/`)).body, 'st-article-table');
    expect([...one.entries()]).toEqual([['2024-02-14', [60]]]);
    const old = (await get(`/newsroom/articles/${ruOld}/stats/`)).body;
    const rows = tableRows(old, 'st-article-table');
    expect(rows.size).toBe(365);
    expect(rows.get('2023-02-15')).toEqual([11]);
    expect(rows.has('2023-02-14')).toBe(false);
    expect(old).toContain('(the last year; older days are not drawn)');
    expect(old).toMatch(/<dd>12,345<\/dd>/);
  });

  it('a draft has no chart; unknown ids are 404; signed-out readers go to the sign-in page', async () => {
    const res = await get(`/newsroom/articles/${draft}/stats/`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('This article has not been published: no views yet.');
    expect(svgs(res.body)).toHaveLength(0);
    for (const id of ['999999999', 'abc', '0']) expect((await get(`/newsroom/articles/${id}/stats/`)).statusCode, id).toBe(404);
    expect((await get(`/newsroom/articles/${story.ru}/stats/`, null)).statusCode).toBe(303);
  });

  it("the edit page's side panel sums up the views and links to the article's statistics", async () => {
    const html = (await get(`/newsroom/articles/${story.ru}/`, staff.translator)).body;
    const box = /<section[^>]*aria-labelledby="side-views">([\s\S]*?)<\/section>/.exec(html)![1];
    expect(box).toMatch(/<dd data-views-total>5,000<\/dd>/);
    expect(box).toMatch(/Last 7 days<\/dt>\s*<dd data-views-recent>65<\/dd>/);
    expect(box).toContain(`href="/newsroom/articles/${story.ru}/stats/"`);
  });
});
