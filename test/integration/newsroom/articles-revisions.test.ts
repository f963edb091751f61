// Conflicts, revisions, autosave thinning, the word-level diff and restoring a revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/store/schema.js';
import { TEST_NOW } from '../../support/constants.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import { call, createVia, doc, edit, fetchArticle } from './articles-support.js';

let t: TestApp;
let staff: Record<Role, TestStaff>;
let now = TEST_NOW;
const MIN = 60_000;

beforeAll(async () => {
  t = await testApp({ clock: () => now });
  staff = await createNewsroom(t);
});
afterAll(() => t.close());

async function revisions(who: TestStaff, id: number): Promise<any[]> {
  const res = await call(t, who, 'GET', `/articles/${id}/revisions`);
  expect(res.statusCode).toBe(200);
  return res.json().revisions;
}

describe('conflicts', () => {
  it('two saves from the same base version: the second is refused, the first text stays, one revision per save', async () => {
    const a = await createVia(t, staff.author);
    const first = await edit(t, staff.author, a, { headline: 'Text of the first person', body: doc('First body.') });
    expect(first.statusCode).toBe(200);
    now += MIN;
    const second = await edit(t, staff.editor, a, { headline: 'Text of the second person', body: doc('Second body.') });
    expect(second.statusCode).toBe(409);
    const err = second.json();
    expect(err.conflict).toBe(true);
    expect(err.error).toContain(staff.author.name);
    expect(err.error).toMatch(/version 2/);
    expect(err.error).toMatch(/14 Feb 2024, 14:5\d/);
    expect(err.current).toMatchObject({ version: 2, headline: 'Text of the first person' });

    const stored = await fetchArticle(t, staff.editor, a.id);
    expect(stored).toMatchObject({ version: 2, headline: 'Text of the first person', body: doc('First body.') });
    expect((await revisions(staff.editor, a.id)).map((r) => r.version)).toEqual([2, 1]);
    // An autosave from the old base is refused the same way.
    const auto = await edit(t, staff.editor, a, { headline: 'Autosaved over' }, { autosave: true });
    expect(auto.statusCode).toBe(409);
    expect(await revisions(staff.editor, a.id)).toHaveLength(2);
  });

  it('of two saves sent at the same moment exactly one wins', async () => {
    const a = await createVia(t, staff.editor);
    const results = await Promise.all(['A', 'B', 'C'].map((x) => edit(t, staff.editor, a, { headline: `Concurrent ${x}` })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect((await fetchArticle(t, staff.editor, a.id)).headline).toBe(winner.headline);
    expect(await revisions(staff.editor, a.id)).toHaveLength(2);
  });
});

describe('autosave revisions', () => {
  it('replaces the same user\'s last autosave within 10 minutes, then starts a new one; saves always add one', async () => {
    let a = await createVia(t, staff.author);
    const save = async (headline: string, autosave: boolean, who = staff.author) => {
      const res = await edit(t, who, a, { headline }, { autosave });
      expect(res.statusCode, res.body).toBe(200);
      a = res.json();
    };
    const original = a.headline;
    await save('auto 1', true);
    now += 3 * MIN;
    await save('auto 2', true);
    now += 3 * MIN;
    await save('auto 3', true);
    let revs = await revisions(staff.author, a.id);
    expect(revs.map((r) => [r.kind, r.headline, r.version])).toEqual([
      ['autosave', 'auto 3', 4],
      ['create', original, 1],
    ]);
    expect(a.version).toBe(4);

    now += 5 * MIN; // 11 minutes after the run began: a new autosave revision
    await save('auto 4', true);
    revs = await revisions(staff.author, a.id);
    expect(revs.map((r) => r.headline)).toEqual(['auto 4', 'auto 3', original]);

    now += MIN;
    await save('manual 1', false);
    now += MIN;
    await save('auto 5', true); // after an explicit save: a new revision
    now += MIN;
    await save('auto 6', true); // replaces 'auto 5'
    revs = await revisions(staff.author, a.id);
    expect(revs.map((r) => [r.kind, r.headline])).toEqual([
      ['autosave', 'auto 6'],
      ['save', 'manual 1'],
      ['autosave', 'auto 4'],
      ['autosave', 'auto 3'],
      ['create', original],
    ]);
    expect(revs[0].version).toBe(a.version);

    now += MIN;
    await save('editor auto', true, staff.editor); // another person's autosave never replaces this one's
    revs = await revisions(staff.author, a.id);
    expect(revs.slice(0, 2).map((r) => [r.kind, r.headline, r.userName])).toEqual([
      ['autosave', 'editor auto', staff.editor.name],
      ['autosave', 'auto 6', staff.author.name],
    ]);
  });
});

describe('diff and restore', () => {
  it('compares two revisions word by word, with a line per setting', async () => {
    const a = await createVia(t, staff.editor, { headline: 'Старый мост открыт', lead: 'Мэрия сообщила утром.', body: doc('Первый абзац текста.', 'Второй абзац.'), tags: ['Бишкек'] });
    const b = (await edit(t, staff.editor, a, { headline: 'Новый мост открыт', lead: 'Мэрия сообщила утром.', body: doc('Первый абзац нового текста.', 'Второй абзац.'), tags: ['Бишкек', 'Транспорт'] })).json();
    const [to, from] = await revisions(staff.editor, b.id);
    const res = await call(t, staff.author, 'GET', `/articles/${a.id}/revisions/diff?from=${from.id}&to=${to.id}`);
    expect(res.statusCode).toBe(200);
    const diff = res.json();
    expect(diff.from).toMatchObject({ id: from.id, version: 1 });
    expect(diff.to).toMatchObject({ id: to.id, version: 2 });
    const field = (name: string) => diff.fields.find((f: any) => f.field === name).parts;
    expect(field('headline')).toEqual([{ op: 'delete', text: 'Старый' }, { op: 'insert', text: 'Новый' }, { op: 'equal', text: ' мост открыт' }]);
    expect(field('lead')).toEqual([{ op: 'equal', text: 'Мэрия сообщила утром.' }]);
    const body = field('body');
    expect(body.filter((p: any) => p.op === 'insert').map((p: any) => p.text.trim())).toEqual(['нового']);
    expect(body.filter((p: any) => p.op === 'delete')).toEqual([]);
    const meta = field('meta');
    expect(meta.filter((p: any) => p.op === 'delete').map((p: any) => p.text)).toEqual(['Tags: Бишкек\n']);
    expect(meta.filter((p: any) => p.op === 'insert').map((p: any) => p.text)).toEqual(['Tags: Бишкек, Транспорт\n']);
    expect(meta.filter((p: any) => p.op === 'equal').map((p: any) => p.text).join('')).toContain('Bylines: ' + staff.editor.name);
  });

  it('answers 404 for a revision of another article and 400 without both ids', async () => {
    const a = await createVia(t, staff.editor);
    const b = await createVia(t, staff.editor);
    const [ra] = await revisions(staff.editor, a.id);
    const [rb] = await revisions(staff.editor, b.id);
    expect((await call(t, staff.editor, 'GET', `/articles/${a.id}/revisions/diff?from=${ra.id}&to=${rb.id}`)).statusCode).toBe(404);
    expect((await call(t, staff.editor, 'GET', `/articles/${a.id}/revisions/diff?from=${ra.id}`)).statusCode).toBe(400);
    expect((await call(t, staff.editor, 'GET', `/articles/${a.id}/revisions/diff?from=${ra.id}&to=99999999999`)).statusCode).toBe(400);
    expect((await call(t, staff.editor, 'POST', `/articles/${a.id}/revisions/${rb.id}/restore`, { version: 1 })).statusCode).toBe(404);
  });

  it('restores a revision as a new version, with its own revision and an audit entry; an old base version conflicts', async () => {
    const a = await createVia(t, staff.editor, { headline: 'Original headline', body: doc('Original body.'), tags: ['Оригинал'] });
    const b = (await edit(t, staff.editor, a, { headline: 'Changed headline', body: doc('Changed body.'), tags: [] })).json();
    const original = (await revisions(staff.editor, a.id)).at(-1);

    const stale = await call(t, staff.editor, 'POST', `/articles/${a.id}/revisions/${original.id}/restore`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.headline).toBe('Changed headline');

    const res = await call(t, staff.editor, 'POST', `/articles/${a.id}/revisions/${original.id}/restore`, { version: b.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 3, headline: 'Original headline', body: doc('Original body.'), tags: ['Оригинал'] });
    const revs = await revisions(staff.editor, a.id);
    expect(revs.map((r) => [r.version, r.kind])).toEqual([[3, 'restore'], [2, 'save'], [1, 'create']]);
    expect(revs[0].restoredFrom).toBe(original.id);
    const audit = await t.store.db.selectFrom('audit_log').where('article_id', '=', a.id).where('action', '=', 'revision.restore').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details!)).toMatchObject({ revision: original.id, newVersion: 3 });
  });

  it('restoring on a live article shows the old text to readers at once', async () => {
    const a = await createVia(t, staff.editor, { headline: 'Live original' });
    const live = (await call(t, staff.editor, 'POST', `/articles/${a.id}/publish`)).json();
    const changed = (await edit(t, staff.editor, live, { headline: 'Live changed' })).json();
    expect((await t.app.inject({ url: changed.publicPath })).body).toContain('Live changed');
    const original = (await revisions(staff.editor, a.id)).at(-1);
    const restored = (await call(t, staff.editor, 'POST', `/articles/${a.id}/revisions/${original.id}/restore`, { version: changed.version })).json();
    const page = await t.app.inject({ url: restored.publicPath });
    expect(page.body).toContain('Live original');
    expect(page.body).not.toContain('Live changed');
  });
});
