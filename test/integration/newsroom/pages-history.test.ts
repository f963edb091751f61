// Revisions and the word-level diff, restoring a version, the translation queue and the trash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { section, stripTags } from '../../support/html.js';
import { testApp, type TestApp } from '../../support/app.js';
import { TEST_NOW } from '../../support/constants.js';
import { createStaff, type TestStaff } from '../../support/newsroom.js';
import { createViaForm, formOf, hasLiveXss, page, submit, XSS } from './pages-support.js';

let t: TestApp;
let editor: TestStaff;
let author: TestStaff;
let translator: TestStaff;
let id: number;

async function save(who: TestStaff, articleId: number, changes: Record<string, string>) {
  const form = formOf((await page(t, who, `/newsroom/articles/${articleId}/`)).body);
  const res = await submit(t, who, `/newsroom/articles/${articleId}/`, { ...form, ...changes });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
}

function revisionIds(html: string): number[] {
  return [...html.matchAll(/<input type="radio" name="from" value="(\d+)"/g)].map((m) => Number(m[1]));
}

beforeAll(async () => {
  t = await testApp();
  editor = await createStaff(t, 'editor', { name: 'Aida Editor' });
  author = await createStaff(t, 'author', { name: 'Asel Author' });
  translator = await createStaff(t, 'translator', { name: 'Timur Translator' });
  id = await createViaForm(t, author, { headline: 'Парламент принял закон о дорогах', lead: 'Закон вступит в силу весной.', body_text: 'Депутаты проголосовали единогласно.' });
  await save(author, id, { headline: 'Парламент принял новый закон о дорогах', lead: 'Закон вступит в силу летом.', body_text: 'Депутаты проголосовали единогласно.\n\nПрезидент подпишет его завтра.' });
  await save(author, id, { headline: `Парламент принял ${XSS.script} закон`, lead: `Лид ${XSS.img}`, body_text: `Текст ${XSS.img}`, tags: `тег${XSS.img}` });
});
afterAll(() => t.close());

describe('revisions', () => {
  it('lists every version with who, when and kind, and radio buttons to compare', async () => {
    const res = await page(t, author, `/newsroom/articles/${id}/revisions/`);
    expect(res.statusCode).toBe(200);
    const table = section(res.body, /<tbody>/)!;
    expect(table.match(/<tr/g)!.length).toBe(3);
    expect(stripTags(table)).toContain('Asel Author');
    expect(stripTags(table)).toMatch(/3 \(current\)/);
    expect(table).toContain('Created');
    expect(table).toContain('Saved');
    expect(res.body).toMatch(new RegExp(`<form method="get" action="/newsroom/articles/${id}/revisions/diff/"`));
    expect(res.body).toMatch(/<input type="radio" name="to" value="\d+" checked/);
    expect(hasLiveXss(res.body)).toBe(false);
    for (const who of [editor, translator]) expect((await page(t, who, `/newsroom/articles/${id}/revisions/`)).statusCode).toBe(200);
    expect((await page(t, null, `/newsroom/articles/${id}/revisions/`)).statusCode).toBe(303);
    expect((await page(t, editor, `/newsroom/articles/999999/revisions/`)).statusCode).toBe(404);
  });

  it('shows a word-level diff with <ins> and <del> per field, understandable without colour', async () => {
    const revs = revisionIds((await page(t, author, `/newsroom/articles/${id}/revisions/`)).body);
    const [, second, first] = revs; // newest first
    const res = await page(t, author, `/newsroom/articles/${id}/revisions/diff/?from=${first}&to=${second}`);
    expect(res.statusCode).toBe(200);
    const headline = section(res.body, /<div class="nr-diff nr-diff--headline"/)!;
    expect(headline).toMatch(/<ins><span class="nr-sr">\[added: <\/span>новый ?<span class="nr-sr">\]<\/span><\/ins>/);
    const lead = section(res.body, /<div class="nr-diff nr-diff--lead"/)!;
    expect(lead).toContain('<del>');
    expect(stripTags(lead.replace(/<del>[\s\S]*?<\/del>/g, ''))).toContain('летом');
    const body = section(res.body, /<div class="nr-diff nr-diff--body"/)!;
    expect(stripTags(body)).toContain('Президент подпишет его завтра.');
    expect(body).toContain('<ins>');
    expect(res.body).toContain('Added words</ins> are underlined');
    // from a version to itself: nothing changed
    const same = await page(t, author, `/newsroom/articles/${id}/revisions/diff/?from=${first}&to=${first}`);
    expect(same.body).toContain('These two versions have the same text and details.');
  });

  it('escapes typed text in the diff', async () => {
    const revs = revisionIds((await page(t, author, `/newsroom/articles/${id}/revisions/`)).body);
    const res = await page(t, author, `/newsroom/articles/${id}/revisions/diff/?from=${revs[1]}&to=${revs[0]}`);
    expect(res.statusCode).toBe(200);
    expect(hasLiveXss(res.body)).toBe(false);
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('sends bad or foreign revision ids back with a message, not an error', async () => {
    const missing = await page(t, author, `/newsroom/articles/${id}/revisions/diff/?from=abc&to=1`);
    expect(missing.statusCode).toBe(303);
    const other = await createViaForm(t, editor, { headline: 'Другая статья' });
    const otherRev = revisionIds((await page(t, editor, `/newsroom/articles/${other}/revisions/`)).body)[0];
    const mine = revisionIds((await page(t, author, `/newsroom/articles/${id}/revisions/`)).body)[0];
    const foreign = await page(t, author, `/newsroom/articles/${id}/revisions/diff/?from=${otherRev}&to=${mine}`);
    expect([303, 404]).toContain(foreign.statusCode);
  });

  it('restores a version as a new version for editors and the article’s own author, and refuses others', async () => {
    const revs = revisionIds((await page(t, author, `/newsroom/articles/${id}/revisions/`)).body);
    const oldest = revs[revs.length - 1];
    expect((await page(t, editor, `/newsroom/articles/${id}/revisions/`)).body).toContain(`action="/newsroom/articles/${id}/revisions/${oldest}/restore/"`);
    // the author may restore revisions of their own draft; a translator (not theirs) sees no button and is refused
    expect((await page(t, author, `/newsroom/articles/${id}/revisions/`)).body).toContain(`/revisions/${oldest}/restore/`);
    for (const who of [translator]) {
      expect((await page(t, who, `/newsroom/articles/${id}/revisions/`)).body).not.toContain('/restore/');
      expect((await submit(t, who, `/newsroom/articles/${id}/revisions/${oldest}/restore/`, { version: '3' })).statusCode).toBe(403);
    }
    // a stale base version is refused without changing anything
    const stale = await submit(t, editor, `/newsroom/articles/${id}/revisions/${oldest}/restore/`, { version: '1' });
    expect(stale.statusCode).toBe(303);
    expect(stale.headers.location).toBe(`/newsroom/articles/${id}/revisions/`);
    let row = await t.store.db.selectFrom('articles').select(['headline', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(Number(row.version)).toBe(3);
    const ok = await submit(t, editor, `/newsroom/articles/${id}/revisions/${oldest}/restore/`, { version: '3' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/newsroom/articles/${id}/`);
    row = await t.store.db.selectFrom('articles').select(['headline', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.headline).toBe('Парламент принял закон о дорогах');
    expect(Number(row.version)).toBe(4);
    const list = await page(t, editor, `/newsroom/articles/${id}/revisions/`);
    expect(stripTags(section(list.body, /<tbody>/)!)).toContain('Restored');
  });
});

describe('translation queue', () => {
  it('lists stories missing a language, with a tab and count per language', async () => {
    const res = await page(t, translator, '/newsroom/translations/?lang=ky');
    expect(res.statusCode).toBe(200);
    const tabs = section(res.body, /<nav class="nr-tabs"/)!;
    for (const name of ['Into Russian', 'Into Kyrgyz', 'Into English']) expect(tabs).toContain(name);
    expect(tabs).toMatch(/<a href="\/newsroom\/translations\/\?lang=ky" aria-current="page">Into Kyrgyz <span class="nr-count-pill">(\d+)<\/span>/);
    const count = Number(/lang=ky" aria-current="page">Into Kyrgyz <span class="nr-count-pill">(\d+)/.exec(tabs)![1]);
    expect(count).toBeGreaterThan(0);
    expect(res.body).toMatch(/<form method="post" action="\/newsroom\/articles\/\d+\/translate\/"[^>]*>[\s\S]*?name="lang" value="ky"[\s\S]*?Translate<\/button>/);
    // translating one takes it off the queue
    const first = Number(/action="\/newsroom\/articles\/(\d+)\/translate\/"/.exec(res.body)![1]);
    expect((await submit(t, translator, `/newsroom/articles/${first}/translate/`, { lang: 'ky' })).statusCode).toBe(303);
    const after = await page(t, translator, '/newsroom/translations/?lang=ky');
    expect(after.body).toContain(`Into Kyrgyz <span class="nr-count-pill">${count - 1}</span>`);
    expect(after.body).not.toContain(`action="/newsroom/articles/${first}/translate/"`);

    // the new version goes to the trash: the story is back in the queue with Restore (editors) instead of
    // Translate, which would be refused (one version per language)
    const kyId = (await t.store.db.selectFrom('articles as a').innerJoin('articles as s', 's.story_id', 'a.story_id').where('s.id', '=', first).where('a.lang', '=', 'ky').select('a.id').executeTakeFirstOrThrow()).id;
    await t.store.db.updateTable('articles').set({ status: 'trashed', status_before_trash: 'draft', trashed_at: TEST_NOW }).where('id', '=', kyId).execute();
    const forEditor = await page(t, editor, '/newsroom/translations/?lang=ky');
    expect(forEditor.body).toContain(`action="/newsroom/articles/${kyId}/restore/"`);
    expect(forEditor.body).not.toContain(`action="/newsroom/articles/${first}/translate/"`);
    const forTranslator = await page(t, translator, '/newsroom/translations/?lang=ky');
    expect(forTranslator.body).toContain(`In the trash (article ${kyId}): ask an editor to restore it`);
    expect(forTranslator.body).not.toContain(`action="/newsroom/articles/${kyId}/restore/"`);
  });

  it('is for roles that translate', async () => {
    expect((await page(t, editor, '/newsroom/translations/?lang=en')).statusCode).toBe(200);
    expect((await page(t, author, '/newsroom/translations/')).statusCode).toBe(403);
    expect((await page(t, null, '/newsroom/translations/')).statusCode).toBe(303);
    expect((await page(t, translator, '/newsroom/translations/?lang=zz&page=abc')).statusCode).toBe(200);
  });

  it('escapes the original in the translation\'s side panel', async () => {
    const src = await createViaForm(t, editor, { headline: `Оригинал ${XSS.script}`, lead: XSS.img, body_text: `Текст ${XSS.script}` });
    const tr = await submit(t, translator, `/newsroom/articles/${src}/translate/`, { lang: 'en' });
    const kid = Number(/(\d+)\/$/.exec(String(tr.headers.location))![1]);
    const res = await page(t, translator, `/newsroom/articles/${kid}/`);
    expect(res.body).toContain('Original (Russian)');
    expect(hasLiveXss(res.body)).toBe(false);
    expect(section(res.body, /<section class="nr-readonly/)).toContain('Оригинал &lt;script&gt;');
  });
});

describe('trash', () => {
  it('lists trashed articles with who, when and days left, and restores them', async () => {
    const victim = await createViaForm(t, editor, { headline: `В корзину ${XSS.img}` });
    expect((await submit(t, editor, `/newsroom/articles/${victim}/trash/`, {})).statusCode).toBe(303);
    const res = await page(t, editor, '/newsroom/trash/');
    expect(res.statusCode).toBe(200);
    expect(hasLiveXss(res.body)).toBe(false);
    const row = [...res.body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]).find((r) => r.includes(`/newsroom/articles/${victim}/`))!;
    expect(row).toBeTruthy();
    expect(stripTags(row)).toContain('Aida Editor');
    expect(stripTags(row)).toContain('today 14:50');
    expect(row).toMatch(/<td class="nr-num">30<span class="nr-days-word"> days left<\/span><\/td>/);
    expect(row).toContain(`action="/newsroom/articles/${victim}/restore/"`);
    const back = await submit(t, editor, `/newsroom/articles/${victim}/restore/`, {});
    expect(back.statusCode).toBe(303);
    expect(back.headers.location).toBe('/newsroom/trash/');
    const status = await t.store.db.selectFrom('articles').select('status').where('id', '=', victim).executeTakeFirstOrThrow();
    expect(status.status).toBe('draft');
    expect((await page(t, editor, '/newsroom/trash/')).body).not.toContain(`/newsroom/articles/${victim}/restore/`);
  });

  it('is for roles that may restore', async () => {
    expect((await page(t, author, '/newsroom/trash/')).statusCode).toBe(403);
    expect((await page(t, translator, '/newsroom/trash/')).statusCode).toBe(403);
    expect((await submit(t, author, `/newsroom/articles/${id}/restore/`, {})).statusCode).toBe(403);
  });
});
