// The article list: who sees it, filters and search narrowing it, pages, language badges, escaping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { section, stripTags } from '../../support/html.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createStaff, type TestStaff } from '../../support/newsroom.js';
import { createViaForm, hasLiveXss, page, submit, XSS } from './pages-support.js';

let t: TestApp;
let editor: TestStaff;
let author: TestStaff;
let translator: TestStaff;
let admin: TestStaff;
let rubric: { id: number; name: string };
const ids: Record<string, number> = {};

/** The headline links of the list's rows, in order. */
function rows(html: string): string[] {
  const body = section(html, /<tbody>/) ?? '';
  return [...body.matchAll(/<td class="nr-alist-headline"><a href="\/newsroom\/articles\/(\d+)\/">([^<]*)<\/a>/g)].map((m) => stripTags(m[2]));
}

beforeAll(async () => {
  t = await testApp();
  editor = await createStaff(t, 'editor', { name: 'Aida Editor' });
  author = await createStaff(t, 'author', { name: 'Asel Author' });
  translator = await createStaff(t, 'translator', { name: 'Timur Translator' });
  admin = await createStaff(t, 'administrator');
  const r = await t.store.db.selectFrom('rubric_i18n').where('lang', '=', 'ru').select(['rubric_id as id', 'name']).orderBy('rubric_id').executeTakeFirstOrThrow();
  rubric = r;
  ids.draft = await createViaForm(t, author, { headline: 'Зебра в зоопарке: черновик автора' });
  ids.review = await createViaForm(t, author, { headline: 'Зебра и жираф: на проверке' });
  await submit(t, author, `/newsroom/articles/${ids.review}/submit/`, {});
  ids.rubric = await createViaForm(t, editor, { headline: 'Зебра в рубрике', rubric_id: String(r.id) });
  const tr = await submit(t, translator, `/newsroom/articles/${ids.rubric}/translate/`, { lang: 'ky' });
  ids.ky = Number(/(\d+)\/$/.exec(String(tr.headers.location))![1]);
  await t.store.db.updateTable('articles').set({ headline: 'Зебра кыргызча' }).where('id', '=', ids.ky).execute();
  ids.xss = await createViaForm(t, editor, { headline: `Опасный ${XSS.script}${XSS.img}`, tags: `тег${XSS.img}`, source_name: XSS.script });
});
afterAll(() => t.close());

describe('article list', () => {
  it('is open to every role and sends anonymous visitors to sign in', async () => {
    for (const who of [admin, editor, author, translator]) {
      const res = await page(t, who, '/newsroom/articles/');
      expect(res.statusCode, who.role).toBe(200);
      expect(res.body).toContain('<h1>Articles</h1>');
      expect(rows(res.body).length).toBe(30);
    }
    const anon = await page(t, null, '/newsroom/articles/');
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toBe('/newsroom/login/?next=%2Fnewsroom%2Farticles%2F');
  });

  it('offers "New article" with a language choice only to roles that may start stories', async () => {
    expect((await page(t, editor, '/newsroom/articles/')).body).toMatch(/<form method="get" action="\/newsroom\/articles\/new\/"[\s\S]*<select id="new-lang" name="lang">[\s\S]*New article/);
    expect((await page(t, author, '/newsroom/articles/')).body).toContain('action="/newsroom/articles/new/"');
    expect((await page(t, translator, '/newsroom/articles/')).body).not.toContain('action="/newsroom/articles/new/"');
  });

  it('searches by headline words', async () => {
    const res = await page(t, editor, '/newsroom/articles/?q=%D0%97%D0%B5%D0%B1%D1%80%D0%B0'); // Зебра
    expect(res.statusCode).toBe(200);
    expect(rows(res.body).sort()).toEqual(['Зебра в зоопарке: черновик автора', 'Зебра в рубрике', 'Зебра и жираф: на проверке', 'Зебра кыргызча'].sort());
    expect(res.body).toContain('4 articles');
    expect(res.body).toMatch(/<input type="search" id="f-q" name="q" value="Зебра"/);
    const none = await page(t, editor, '/newsroom/articles/?q=nosuchwordanywhere');
    expect(rows(none.body)).toEqual([]);
    expect(none.body).toContain('No articles match.');
  });

  it('narrows by status, language, rubric, author, day and "mine"', async () => {
    const q = 'q=%D0%97%D0%B5%D0%B1%D1%80%D0%B0';
    expect(rows((await page(t, editor, `/newsroom/articles/?${q}&status=review`)).body)).toEqual(['Зебра и жираф: на проверке']);
    expect((await page(t, editor, `/newsroom/articles/?${q}&status=review`)).body).toMatch(/<option value="review" selected>/);
    expect(rows((await page(t, editor, `/newsroom/articles/?${q}&lang=ky`)).body)).toEqual(['Зебра кыргызча']);
    // the translation keeps the original's rubric
    expect(rows((await page(t, editor, `/newsroom/articles/?${q}&rubric=${rubric.id}`)).body).sort()).toEqual(['Зебра в рубрике', 'Зебра кыргызча'].sort());
    expect(rows((await page(t, editor, `/newsroom/articles/?${q}&rubric=${rubric.id}&lang=ru`)).body)).toEqual(['Зебра в рубрике']);
    expect(rows((await page(t, editor, `/newsroom/articles/?${q}&author=${author.authorId}`)).body).sort()).toEqual(['Зебра в зоопарке: черновик автора', 'Зебра и жираф: на проверке'].sort());
    expect(rows((await page(t, author, `/newsroom/articles/?${q}&mine=1`)).body).sort()).toEqual(['Зебра в зоопарке: черновик автора', 'Зебра и жираф: на проверке'].sort());
    expect(rows((await page(t, editor, `/newsroom/articles/?${q}&mine=1`)).body)).toEqual(['Зебра в рубрике']);
    expect(rows((await page(t, editor, `/newsroom/articles/?${q}&day=2024-02-14`)).body).length).toBe(4);
    expect(rows((await page(t, editor, `/newsroom/articles/?${q}&day=2024-02-10`)).body)).toEqual([]);
    // rubric filter on the whole list: every row is of that rubric
    const byRubric = await page(t, editor, `/newsroom/articles/?rubric=${rubric.id}&lang=ru`);
    const cells = [...byRubric.body.matchAll(/<td class="nr-alist-rubric">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells.length).toBeGreaterThan(1);
    expect(new Set(cells)).toEqual(new Set([rubric.name]));
  });

  it('shows nonsense filters as "everything" instead of failing', async () => {
    const res = await page(t, editor, '/newsroom/articles/?status=bogus&lang=xx&rubric=abc&author=-1&day=yesterday&page=-4&q=' + 'x'.repeat(500));
    expect(res.statusCode).toBe(200);
    const arrays = await page(t, editor, '/newsroom/articles/?status=draft&status=review&page=2&page=3');
    expect(arrays.statusCode).toBe(200);
  });

  it('pages through the list and keeps the filters in the pager links', async () => {
    const first = await page(t, editor, '/newsroom/articles/?status=published');
    const second = await page(t, editor, '/newsroom/articles/?status=published&page=2');
    expect(first.body).toMatch(/page 1 of \d+/);
    expect(second.body).toMatch(/page 2 of \d+/);
    const a = rows(first.body);
    const b = rows(second.body);
    expect(a.length).toBe(30);
    expect(b.filter((h) => a.includes(h))).toEqual([]);
    expect(first.body).toContain('href="/newsroom/articles/?status=published&amp;page=2"');
    expect(second.body).toContain('href="/newsroom/articles/?status=published"');
  });

  it('shows the story\'s languages as links, and "+ky" style buttons only to those who may translate', async () => {
    const q = '/newsroom/articles/?q=%D0%97%D0%B5%D0%B1%D1%80%D0%B0&lang=ru&rubric=' + rubric.id;
    const ed = await page(t, editor, q);
    const row = section(ed.body, /<tbody>/)!;
    expect(row).toMatch(new RegExp(`<a class="nr-lang nr-lang--has nr-lang--draft nr-lang--self" href="/newsroom/articles/${ids.rubric}/"`));
    expect(row).toMatch(new RegExp(`<a class="nr-lang nr-lang--has nr-lang--draft" href="/newsroom/articles/${ids.ky}/"[^>]*>ky</a>`));
    expect(row).toMatch(new RegExp(`<form method="post" action="/newsroom/articles/${ids.rubric}/translate/"[^>]*><input type="hidden" name="_csrf"[^>]*><input type="hidden" name="lang" value="en"><button[^>]*>\\+en</button>`));
    expect(row).not.toContain('name="lang" value="ky"');
    expect(section((await page(t, translator, q)).body, /<tbody>/)).toContain('+en</button>');
    const au = section((await page(t, author, q)).body, /<tbody>/)!;
    expect(au).not.toContain('+en</button>');
    expect(au).toContain('no English version');
  });

  it('shows times in the site time zone', async () => {
    const res = await page(t, editor, '/newsroom/articles/?q=%D0%97%D0%B5%D0%B1%D1%80%D0%B0&status=review');
    // the test clock is 08:50 UTC = 14:50 in Bishkek
    expect(res.body).toMatch(/<time datetime="2024-02-14T08:50:00.000Z" title="14 February 2024, 14:50">today 14:50<\/time>/);
  });

  it('escapes what people typed', async () => {
    const res = await page(t, editor, '/newsroom/articles/?q=%D0%9E%D0%BF%D0%B0%D1%81%D0%BD%D1%8B%D0%B9'); // Опасный
    expect(rows(res.body).length).toBe(1);
    expect(hasLiveXss(res.body)).toBe(false);
    expect(res.body).toContain('Опасный &lt;script&gt;alert(1)&lt;/script&gt;');
    const search = await page(t, editor, '/newsroom/articles/?q=' + encodeURIComponent(XSS.img));
    expect(hasLiveXss(search.body)).toBe(false);
  });
});
