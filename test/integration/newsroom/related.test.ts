// The newsroom's related-stories page and API: who may use it, CSRF, pin / reorder / remove / restore
// with an audit row each, clear refusals, and the public page following every change; the list is
// recomputed when an article is published, edited and unpublished through the newsroom.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedList } from '../../../src/audience/related/list-store.js';
import type { Role } from '../../../src/store/schema.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import { kit, paragraphs, relatedIds, type Crafted } from '../related-support.js';
import { call, doc, edit } from './articles-support.js';
import { encode, page, submit } from './pages-support.js';

let t: TestApp;
let staff: Record<Role, TestStaff>;
let s: Crafted; // the subject (ru)
let sEn: Crafted; // its English translation
let x: Crafted, y: Crafted, ky: Crafted, off: Crafted, linked: Crafted;
const url = (what = '') => `/newsroom/articles/${s.id}/related/${what ? `${what}/` : ''}`;
const publicIds = async () => relatedIds((await t.app.inject(`/ru/${s.id}-${s.slug}/`)).body);
const overrides = () => t.store.db.selectFrom('related_overrides').where('article_id', '=', s.id).selectAll().orderBy('kind').orderBy('position').execute();
const audits = () => t.store.db.selectFrom('audit_log').where('action', '=', 'article.related').where('article_id', '=', s.id).selectAll().orderBy('id').execute();

beforeAll(async () => {
  t = await testApp();
  staff = await createNewsroom(t);
  const k = kit(t.store);
  const rubric = await k.rubric();
  const tag = await k.tag();
  linked = await k.article({ lang: 'ru', headline: 'Архив городской газеты оцифруют к лету', hoursAgo: 50 });
  s = await k.article({
    lang: 'ru',
    headline: 'Реставрация старого кинотеатра в Караколе завершится осенью',
    body: paragraphs('Ранее: ', { text: 'архив', href: `/ru/${linked.id}/` }),
    rubricId: rubric,
    tags: [tag],
    hoursAgo: 2,
  });
  sEn = await k.article({ lang: 'en', headline: 'Restoration of the old Karakol cinema to finish in autumn', storyId: s.storyId, hoursAgo: 2 });
  x = await k.article({ lang: 'ru', headline: 'Музей ремёсел открыл новый зал', rubricId: rubric, hoursAgo: 5 });
  y = await k.article({ lang: 'ru', headline: 'В парке высадили сто лип', hoursAgo: 6 });
  ky = await k.article({ lang: 'ky', headline: 'Музейге жаңы зал ачылды', hoursAgo: 5 });
  off = await k.article({ lang: 'ru', headline: 'Снятая с публикации заметка', status: 'unpublished', hoursAgo: 5 });
  await t.app.contentChanged({ kind: 'article', articleId: s.id, storyId: s.storyId });
});
afterAll(() => t.close());

describe('who may use it', () => {
  it('lets editors and administrators in, refuses authors and translators, sends strangers to sign in', async () => {
    for (const role of ['administrator', 'editor'] as const) expect((await page(t, staff[role], url())).statusCode, role).toBe(200);
    for (const role of ['author', 'translator'] as const) {
      const res = await page(t, staff[role], url());
      expect(res.statusCode, role).toBe(403);
      expect((await submit(t, staff[role], url('pin'), { target: String(x.id) })).statusCode).toBe(403);
      expect((await call(t, staff[role], 'PUT', `/articles/${s.id}/related`, { pinned: [x.id] })).statusCode).toBe(403);
    }
    const anon = await page(t, null, url());
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toMatch(/^\/newsroom\/login\//);
    expect(await overrides()).toEqual([]);
  });

  it('refuses a form without the CSRF token, changing nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: url('pin'), headers: { cookie: staff.editor.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: encode({ target: String(x.id) }) });
    expect(res.statusCode).toBe(403);
    expect(await overrides()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it('links to the page from the article’s edit page for editors only', async () => {
    expect((await page(t, staff.editor, `/newsroom/articles/${s.id}/`)).body).toContain(`href="/newsroom/articles/${s.id}/related/"`);
  });
});

describe('the page', () => {
  it('lists what readers see, with the reason for each', async () => {
    const res = await page(t, staff.editor, url());
    const stored = await storedList(t.store, s.id);
    expect(stored.length).toBeGreaterThan(0);
    expect(res.body).toContain('Архив городской газеты оцифруют к лету');
    expect(res.body).toContain('this article links to it');
    expect(res.body).toContain('same rubric');
    expect(res.body).toMatch(/<h2 id="related-pin">Pin a story<\/h2>/);
  });

  it('pins by address and by number, reorders the pins, and the public page follows; each change audited', async () => {
    let res = await submit(t, staff.editor, url('pin'), { target: `http://news.test/ru/${y.id}-${y.slug}/` });
    expect(res.statusCode, res.body).toBe(303);
    res = await submit(t, staff.editor, url('pin'), { target: `#${x.id}` });
    expect(res.statusCode).toBe(303);
    expect((await publicIds()).slice(0, 2)).toEqual([y.id, x.id]);
    res = await submit(t, staff.editor, url('move'), { related_id: String(x.id), direction: 'up' });
    expect(res.statusCode).toBe(303);
    expect((await publicIds()).slice(0, 2)).toEqual([x.id, y.id]);
    const rows = await audits();
    expect(rows.map((r) => JSON.parse(r.details!).op)).toEqual(['pin', 'pin', 'move']);
    expect(rows.every((r) => r.user_id === staff.editor.id)).toBe(true);
    // The page shows the pins with their buttons.
    const html = (await page(t, staff.editor, url())).body;
    expect(html).toContain('pinned by an editor');
    expect(html).toMatch(/Unpin/);
    res = await submit(t, staff.editor, url('unpin'), { related_id: String(y.id) });
    expect(res.statusCode).toBe(303);
    expect((await publicIds())[1]).not.toBe(y.id);
  });

  it('removes an item and restores it', async () => {
    const before = await publicIds();
    const victim = before.find((id) => id !== x.id)!;
    expect((await submit(t, staff.administrator, url('remove'), { related_id: String(victim) })).statusCode).toBe(303);
    expect(await publicIds()).not.toContain(victim);
    expect((await page(t, staff.editor, url())).body).toMatch(/<h2 id="related-removed">Removed<\/h2>/);
    expect((await submit(t, staff.administrator, url('restore'), { related_id: String(victim) })).statusCode).toBe(303);
    expect(await publicIds()).toEqual(before);
    expect((await audits()).slice(-2).map((r) => [JSON.parse(r.details!).op, r.user_id])).toEqual([
      ['remove', staff.administrator.id],
      ['restore', staff.administrator.id],
    ]);
  });

  it('refuses what cannot be pinned with a clear 4xx, keeping what was typed', async () => {
    const before = await overrides();
    const cases: Array<[string, number, RegExp]> = [
      ['hello', 400, /is not an article address of this site/],
      ['https://elsewhere.example/ru/12-x/', 400, /is not an article address of this site/],
      [String(ky.id), 400, /in another language \(ky\)/],
      [String(s.id), 400, /cannot be related to itself/],
      [String(sEn.id), 400, /is a translation of this article/],
      [String(off.id), 400, /is not published/],
      ['999999999', 400, /There is no article #999999999/],
      [String(x.id), 409, /already pinned/],
      ['', 400, /Paste the address/],
    ];
    for (const [target, status, message] of cases) {
      const res = await submit(t, staff.editor, url('pin'), { target });
      expect(res.statusCode, target).toBe(status);
      expect(res.body, target).toMatch(message);
      if (target) expect(res.body).toContain(`value="${target}"`);
    }
    expect((await submit(t, staff.editor, url('move'), { related_id: String(x.id), direction: 'sideways' })).statusCode).toBe(400);
    expect((await submit(t, staff.editor, url('remove'), { related_id: 'abc' })).statusCode).toBe(400);
    expect((await page(t, staff.editor, '/newsroom/articles/999999999/related/')).statusCode).toBe(404);
    expect(await overrides()).toEqual(before);
  });
});

describe('the API', () => {
  it('reads the list with reasons and replaces the overrides at once', async () => {
    let res = await call(t, staff.editor, 'GET', `/articles/${s.id}/related`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.find((it: any) => it.id === linked.id).reasons).toContain('this article links to it');
    res = await call(t, staff.editor, 'PUT', `/articles/${s.id}/related`, { pinned: [y.id], removed: [linked.id] });
    expect(res.statusCode, res.body).toBe(200);
    const ids = await publicIds();
    expect(ids[0]).toBe(y.id);
    expect(ids).not.toContain(linked.id);
    for (const bad of [{ pinned: 'x' }, { pinned: [y.id], removed: [y.id] }, { pinned: [ky.id] }, [1, 2], { pinned: [0] }]) {
      const r = await call(t, staff.editor, 'PUT', `/articles/${s.id}/related`, bad);
      expect(r.statusCode, JSON.stringify(bad)).toBe(400);
      expect(r.json().error).toBeTruthy();
    }
    expect((await call(t, staff.editor, 'GET', `/articles/999999999/related`)).statusCode).toBe(404);
    // Back to no overrides for the tests below.
    expect((await call(t, staff.editor, 'PUT', `/articles/${s.id}/related`, {})).statusCode).toBe(200);
    expect(await overrides()).toEqual([]);
  });
});

describe('recomputing', () => {
  it('computes on publish, again on edit, and removes the list on unpublish (and the item from others’ pages)', async () => {
    const ed = staff.editor;
    const k = kit(t.store);
    const apricot = await k.article({ lang: 'ru', headline: 'На фестивале абрикосов в Баткене выбрали лучший сорт', hoursAgo: 3 });
    const chess = await k.article({ lang: 'ru', headline: 'Шахматный турнир в Таласе выиграл школьник', hoursAgo: 3 });
    const created = await call(t, ed, 'POST', '/articles/', { lang: 'ru', headline: 'Фестиваль абрикосов в Баткене собрал гостей', lead: 'Абрикосы.', body: doc('Текст.') });
    expect(created.statusCode).toBe(201);
    const n = created.json();
    expect((await storedList(t.store, n.id)).length).toBe(0);
    const published = await call(t, ed, 'POST', `/articles/${n.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect((await storedList(t.store, n.id)).map((r) => r.relatedId)).toContain(apricot.id);
    const edited = await edit(t, ed, published.json(), { headline: 'Шахматный турнир в Таласе собрал гостей', lead: 'Шахматы.' });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = (await storedList(t.store, n.id)).map((r) => r.relatedId);
    expect(after).toContain(chess.id);
    expect(after).not.toContain(apricot.id);
    // Pinned under S, then unpublished: gone from its own list and from S's page.
    expect((await call(t, ed, 'PUT', `/articles/${s.id}/related`, { pinned: [n.id] })).statusCode).toBe(200);
    expect((await publicIds())[0]).toBe(n.id);
    expect((await call(t, ed, 'POST', `/articles/${n.id}/unpublish`)).statusCode).toBe(200);
    expect(await storedList(t.store, n.id)).toEqual([]);
    expect(await publicIds()).not.toContain(n.id);
  });
});
