// The article JSON API: create, read, list, save, the workflow, and its answers to bad requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import type { Role } from '../../../src/store/schema.js';
import { API, call, createVia, doc, edit, fetchArticle, headline } from './articles-support.js';

let t: TestApp;
let staff: Record<Role, TestStaff>;

beforeAll(async () => {
  t = await testApp();
  staff = await createNewsroom(t);
});
afterAll(() => t.close());

describe('creating and reading', () => {
  it('creates a draft with defaults, the author as byline, version 1 and a first revision', async () => {
    const title = headline('Новый мост через Чуй');
    const res = await call(t, staff.author, 'POST', '/articles/', { lang: 'ru', headline: title });
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({ lang: 'ru', headline: title, status: 'draft', version: 1, lead: '', tags: [], authorIds: [staff.author.authorId], createdBy: staff.author.id, createdByName: staff.author.name, isBreaking: false, isPinned: false, publicPath: null });
    expect(a.slug).toMatch(/^novyy-most-cherez-chuy-/);
    expect(a.body).toEqual({ type: 'doc', content: [] });
    const revs = (await call(t, staff.author, 'GET', `/articles/${a.id}/revisions`)).json().revisions;
    expect(revs).toHaveLength(1);
    expect(revs[0]).toMatchObject({ version: 1, kind: 'create', userName: staff.author.name, headline: title });
    const audit = await t.store.db.selectFrom('audit_log').where('article_id', '=', a.id).selectAll().execute();
    expect(audit.map((r) => r.action)).toEqual(['article.create']);
  });

  it('creates tags that do not exist yet, in the article language, and reuses existing ones', async () => {
    const fresh = `Тег ${process.pid} ${Date.now()}`;
    const a = await createVia(t, staff.editor, { tags: ['Бишкек', fresh, fresh.toUpperCase()] });
    expect(a.tags).toEqual(['Бишкек', fresh]);
    const rows = await t.store.db.selectFrom('tag_i18n').where('name', 'in', ['Бишкек', fresh]).where('lang', '=', 'ru').selectAll().execute();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.name === fresh)!.slug).toMatch(/^teg-/);
  });

  it('answers 404 for unknown, malformed and huge ids, never 500', async () => {
    for (const id of ['999999', '0', 'abc', '99999999999999999999', '-1', '1.5', '%00']) {
      const res = await call(t, staff.editor, 'GET', `/articles/${id}`);
      expect(res.statusCode, id).toBe(404);
      expect(res.json().error).toMatch(/no such article/i);
    }
    const put = await call(t, staff.editor, 'PUT', '/articles/99999999999', { version: 1, headline: 'x' });
    expect(put.statusCode).toBe(404);
  });

  it('answers bad bodies with 400 JSON: malformed JSON, wrong types, missing fields', async () => {
    const malformed = await t.app.inject({ method: 'POST', url: `${API}/articles/`, headers: { ...staff.editor.api, 'content-type': 'application/json' }, payload: '{"headline": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatch(/not valid JSON/);
    const notObject = await call(t, staff.editor, 'POST', '/articles/', [1, 2]);
    expect(notObject.statusCode).toBe(400);
    const wrongTypes = await call(t, staff.editor, 'POST', '/articles/', { lang: 'ru', headline: 42n.toString(), lead: { x: 1 }, tags: 'a'.repeat(70), rubricId: 'seven', isPinned: 'maybe', body: 'not json' });
    expect(wrongTypes.statusCode).toBe(400);
    const fields = wrongTypes.json().fields;
    expect(Object.keys(fields).sort()).toEqual(['body', 'isPinned', 'lead', 'rubricId', 'tags']);
    const noHeadline = await call(t, staff.editor, 'POST', '/articles/', { lang: 'ru', headline: '   ' });
    expect(noHeadline.statusCode).toBe(400);
    expect(noHeadline.json().fields.headline).toMatch(/headline/i);
    const badLang = await call(t, staff.editor, 'POST', '/articles/', { lang: 'de', headline: 'x' });
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json().fields.lang).toBeTruthy();
  });

  it('answers absurd values and deeply nested bodies with 400, not 500', async () => {
    // Written as text: JSON.stringify itself would run out of stack on this.
    const depth = 3000;
    const deep = `{"lang":"ru","headline":"Deep","body":{"type":"doc","content":[${'{"type":"bulletList","content":[{"type":"listItem","content":['.repeat(depth)}{"type":"paragraph"}${']}]}'.repeat(depth)}]}}`;
    const nested = await t.app.inject({ method: 'POST', url: `${API}/articles/`, headers: { ...staff.editor.api, 'content-type': 'application/json' }, payload: deep });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().fields.body).toMatch(/nested/);
    const cases: Array<Record<string, unknown>> = [
      { rubricId: 1e20 },
      { rubricId: -1 },
      { authorIds: [1.5] },
      { coverImageId: '99999999999999999999' },
      { publishAt: 1e300 },
      { publishAt: '2024-13-45T99:99' },
      { tags: { a: 1 } },
      { headline: ['array'] },
      { isBreaking: { yes: true } },
    ];
    for (const extra of cases) {
      const res = await call(t, staff.editor, 'POST', '/articles/', { lang: 'ru', headline: 'Absurd', ...extra });
      expect(res.statusCode, JSON.stringify(extra).slice(0, 80)).toBe(400);
      expect(res.json().fields).toBeTruthy();
    }
    const a = await createVia(t, staff.editor);
    for (const version of [1e20, -1, '1; drop table', null, 'abc']) {
      const res = await call(t, staff.editor, 'PUT', `/articles/${a.id}`, { version, headline: 'x' });
      expect(res.statusCode, String(version)).toBe(400);
    }
    for (const at of [1e300, -1e300, 'NaN', { when: 1 }]) {
      const res = await call(t, staff.editor, 'POST', `/articles/${a.id}/schedule`, { at });
      expect(res.statusCode, JSON.stringify(at)).toBe(400);
    }
    const text = await t.app.inject({ method: 'POST', url: `${API}/articles/`, headers: { ...staff.editor.api, 'content-type': 'text/plain' }, payload: 'headline=x' });
    expect(text.statusCode).toBe(400);
    expect(text.json().error).toMatch(/JSON/);
  });

  it('checks every limit with a message per field', async () => {
    const res = await call(t, staff.editor, 'POST', '/articles/', {
      lang: 'ru',
      headline: 'x'.repeat(301),
      lead: 'y'.repeat(1001),
      slug: 'Not a slug!',
      sourceUrl: 'javascript:alert(1)',
      tags: Array.from({ length: 21 }, (_, i) => `t${i}`),
      rubricId: 999999,
      authorIds: [999999],
      coverImageId: 999999,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(['headline', 'lead', 'slug', 'sourceUrl', 'tags']);
    expect(res.json().error).toMatch(/5 fields need attention/);
    const refs = await call(t, staff.editor, 'POST', '/articles/', { lang: 'ru', headline: 'Refs', rubricId: 999999, authorIds: [999999], coverImageId: 999999 });
    expect(refs.statusCode).toBe(400);
    expect(Object.keys(refs.json().fields).sort()).toEqual(['authorIds', 'coverImageId', 'rubricId']);
  });

  it('accepts the browser session with the CSRF header, and refuses it without', async () => {
    const ok = await call(t, staff.editor, 'POST', '/articles/', { lang: 'en', headline: headline('Session') }, 'session');
    expect(ok.statusCode).toBe(201);
    const noCsrf = await t.app.inject({ method: 'POST', url: `${API}/articles/`, headers: { cookie: staff.editor.cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ headline: 'x' }) });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error).toMatch(/did not come from this site/);
  });

  it('answers 401 without sign-in, for reads and writes alike', async () => {
    for (const [method, url] of [['GET', '/articles/'], ['POST', '/articles/'], ['POST', '/articles/1/publish'], ['PUT', '/articles/1']] as const) {
      const res = await call(t, null, method, url, method === 'GET' ? undefined : {});
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error).toMatch(/sign in/i);
    }
  });
});

describe('the list', () => {
  it('filters by status, language, author, creator, day and headline words, newest change first, with the story languages', async () => {
    const word = `Уникум${process.pid}`;
    const a = await createVia(t, staff.editor, { headline: `${word} первый`, lang: 'ru' });
    const b = await createVia(t, staff.author, { headline: `${word} второй`, lang: 'ru' });
    const en = (await call(t, staff.editor, 'POST', `/articles/${a.id}/translations`, { lang: 'en' })).json();
    const res = await call(t, staff.editor, 'GET', `/articles/?q=${encodeURIComponent(word.toLowerCase())}&lang=ru`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBe(2);
    expect(page.items.map((i: any) => i.id)).toEqual([b.id, a.id]);
    const first = page.items.find((i: any) => i.id === a.id);
    expect(first.languages).toEqual([{ lang: 'ru', id: a.id, status: 'draft' }, { lang: 'en', id: en.id, status: 'draft' }]);
    expect(first.authorNames).toEqual([staff.editor.name]);

    const half = await call(t, staff.editor, 'GET', `/articles/?q=${encodeURIComponent(word.slice(0, 6) + ' втор')}`);
    expect(half.json().items.map((i: any) => i.id)).toContain(b.id);
    expect(half.json().items.map((i: any) => i.id)).not.toContain(a.id);

    const mine = (await call(t, staff.author, 'GET', '/articles/?createdBy=me')).json();
    expect(mine.items.every((i: any) => i.createdByName === staff.author.name)).toBe(true);
    expect(mine.items.map((i: any) => i.id)).toContain(b.id);
    const byAuthor = (await call(t, staff.editor, 'GET', `/articles/?author=${staff.author.authorId}`)).json();
    expect(byAuthor.items.map((i: any) => i.id)).toContain(b.id);
    expect(byAuthor.items.map((i: any) => i.id)).not.toContain(a.id);

    const drafts = (await call(t, staff.editor, 'GET', '/articles/?status=draft&lang=en')).json();
    expect(drafts.items.every((i: any) => i.status === 'draft' && i.lang === 'en')).toBe(true);
    const today = (await call(t, staff.editor, 'GET', '/articles/?day=2024-02-14&pageSize=200')).json();
    expect(today.items.map((i: any) => i.id)).toEqual(expect.arrayContaining([a.id, b.id, en.id]));
    const yesterday = (await call(t, staff.editor, 'GET', '/articles/?day=2024-02-10&pageSize=200')).json();
    expect(yesterday.items.map((i: any) => i.id)).not.toContain(a.id);
    expect(yesterday.total).toBeGreaterThan(0);
  });

  it('pages through the demo archive and refuses bad parameters with 400', async () => {
    const p1 = (await call(t, staff.editor, 'GET', '/articles/?pageSize=20')).json();
    const p2 = (await call(t, staff.editor, 'GET', '/articles/?pageSize=20&page=2')).json();
    expect(p1.items).toHaveLength(20);
    expect(p1.total).toBeGreaterThan(400);
    expect(p1.items.at(-1).updatedAt).toBeGreaterThanOrEqual(p2.items[0].updatedAt);
    expect(p1.items.every((i: any) => i.status !== 'trashed')).toBe(true);
    for (const q of ['status=gone', 'lang=de', 'day=2024-02-30', 'page=0', 'rubric=abc', 'author=99999999999', 'page=1&page=2']) {
      const res = await call(t, staff.editor, 'GET', `/articles/?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error).toBeTruthy();
    }
  });
});

describe('saving', () => {
  it('saves a new version with the text, tags and bylines, and refuses an old base version with 409 and the current article', async () => {
    const a = await createVia(t, staff.editor);
    const saved = await edit(t, staff.editor, a, { headline: 'Первая правка', tags: ['Экономика'], authorIds: [staff.author.authorId, staff.editor.authorId] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, headline: 'Первая правка', tags: ['Экономика'], authorIds: [staff.author.authorId, staff.editor.authorId], updatedByName: staff.editor.name });

    const stale = await edit(t, staff.administrator, a, { headline: 'Поздняя правка' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toContain(staff.editor.name);
    expect(stale.json().current).toMatchObject({ version: 2, headline: 'Первая правка' });
    expect((await fetchArticle(t, staff.editor, a.id)).headline).toBe('Первая правка');
  });

  it('needs the base version', async () => {
    const a = await createVia(t, staff.editor);
    const res = await call(t, staff.editor, 'PUT', `/articles/${a.id}`, { headline: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.version).toBeTruthy();
  });

  it('fills the search columns so the site search finds a published article by its new words', async () => {
    const a = await createVia(t, staff.editor, { headline: 'Черновик', body: doc('Обычный текст.') });
    const saved = (await edit(t, staff.editor, a, { body: doc('Текст про зебрoидных мангустов.') })).json();
    const row = await t.store.db.selectFrom('articles').where('id', '=', a.id).select(['search_title', 'search_text']).executeTakeFirstOrThrow();
    expect(row.search_title).toContain('черновик');
    expect(row.search_text).toContain('мангуст');
    expect(saved.version).toBe(2);
  });
});
