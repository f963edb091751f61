// The publishing workflow: legal and illegal transitions, what readers see at once, the audit log,
// featured flags, the alt-text rule, and autosave never putting half-typed text on a live page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/store/schema.js';
import { TEST_NOW } from '../../support/constants.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import { call, createVia, edit, fetchArticle, headline } from './articles-support.js';

let t: TestApp;
let staff: Record<Role, TestStaff>;
let editor: TestStaff;

beforeAll(async () => {
  t = await testApp();
  staff = await createNewsroom(t);
  editor = staff.editor;
});
afterAll(() => t.close());

async function act(who: TestStaff, id: number, action: string, body?: unknown) {
  return call(t, who, 'POST', `/articles/${id}/${action}`, body);
}

async function auditActions(id: number): Promise<string[]> {
  const rows = await t.store.db.selectFrom('audit_log').where('article_id', '=', id).select(['action', 'user_id']).orderBy('id').execute();
  return rows.map((r) => r.action);
}

describe('transitions', () => {
  it('draft → review → published → unpublished, each in the audit log, and the public page follows', async () => {
    const a = await createVia(t, staff.author, { headline: headline('Путь статьи') });
    const submitted = await act(staff.author, a.id, 'submit');
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('review');

    const again = await act(staff.author, a.id, 'submit');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatch(/in review.*Only a draft or an unpublished article/);

    const pub = await act(editor, a.id, 'publish');
    expect(pub.statusCode).toBe(200);
    const live = pub.json();
    expect(live).toMatchObject({ status: 'published', publishedAt: TEST_NOW, publicPath: `/ru/${a.id}-${a.slug}/` });
    const page = await t.app.inject({ url: live.publicPath });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(a.headline);

    const twice = await act(editor, a.id, 'publish');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatch(/already published/);

    const un = await act(editor, a.id, 'unpublish');
    expect(un.json().status).toBe('unpublished');
    expect((await t.app.inject({ url: live.publicPath })).statusCode).toBe(404);
    expect((await act(editor, a.id, 'unpublish')).statusCode).toBe(409);

    expect(await auditActions(a.id)).toEqual(['article.create', 'article.submit', 'article.publish', 'article.unpublish']);
    const publishRow = await t.store.db.selectFrom('audit_log').where('article_id', '=', a.id).where('action', '=', 'article.publish').selectAll().executeTakeFirstOrThrow();
    expect(publishRow).toMatchObject({ user_id: editor.id, user_name: editor.name });
  });

  it('republishing an unpublished article keeps its first publication time', async () => {
    const a = await createVia(t, editor);
    const first = (await act(editor, a.id, 'publish')).json();
    await act(editor, a.id, 'unpublish');
    const again = (await act(editor, a.id, 'publish')).json();
    expect(again.publishedAt).toBe(first.publishedAt);
  });

  it('a backdated publish time is kept; a future one is ignored by publish (that is what schedule is for)', async () => {
    const back = await createVia(t, editor, { publishAt: TEST_NOW - 3_600_000 });
    expect((await act(editor, back.id, 'publish')).json().publishedAt).toBe(TEST_NOW - 3_600_000);
    const ahead = await createVia(t, editor, { publishAt: TEST_NOW + 3_600_000 });
    expect((await act(editor, ahead.id, 'publish')).json().publishedAt).toBe(TEST_NOW);
  });

  it('schedules only at least a minute ahead, accepts ISO and epoch times, and refuses scheduling a live article', async () => {
    const a = await createVia(t, editor);
    for (const at of [TEST_NOW - 1000, TEST_NOW + 30_000, 'tomorrow', '2024-02-14', null, TEST_NOW + 400 * 86_400_000]) {
      const res = await act(editor, a.id, 'schedule', { at });
      expect(res.statusCode, String(at)).toBe(400);
      expect(res.json().fields.at).toBeTruthy();
    }
    const iso = await act(editor, a.id, 'schedule', { at: '2024-02-14T15:30:00+06:00' });
    expect(iso.statusCode).toBe(200);
    expect(iso.json()).toMatchObject({ status: 'scheduled', publishedAt: Date.parse('2024-02-14T09:30:00Z'), publicPath: null });
    const epoch = await act(editor, a.id, 'schedule', { at: TEST_NOW + 7_200_000 });
    expect(epoch.json().publishedAt).toBe(TEST_NOW + 7_200_000);
    expect((await t.app.inject({ url: `/ru/${a.id}/` })).statusCode).toBe(404);

    const live = await createVia(t, editor);
    await act(editor, live.id, 'publish');
    const res = await act(editor, live.id, 'schedule', { at: TEST_NOW + 7_200_000 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatch(/published.*unpublished first/);
  });

  it('refuses transitions of a trashed article with 409', async () => {
    const a = await createVia(t, editor);
    await act(editor, a.id, 'trash');
    for (const action of ['submit', 'publish', 'unpublish']) {
      const res = await act(editor, a.id, action);
      expect(res.statusCode, action).toBe(409);
      expect(res.json().error).toMatch(/in the trash/);
    }
    expect((await act(editor, a.id, 'feature', { isPinned: true })).statusCode).toBe(409);
    expect((await edit(t, editor, a, { headline: 'x' })).statusCode).toBe(409);
  });

  it('pins and flags breaking news on the home page at once, and checks the flag types', async () => {
    const a = await createVia(t, editor, { headline: headline('Срочно: землетрясение') });
    await act(editor, a.id, 'publish');
    const res = await act(editor, a.id, 'feature', { isPinned: true, isBreaking: true });
    expect(res.json()).toMatchObject({ isPinned: true, isBreaking: true });
    const home = await t.app.inject({ url: '/ru/' });
    expect(home.body).toContain(a.headline);
    expect((await act(editor, a.id, 'feature', { isPinned: 'yes' })).statusCode).toBe(400);
    expect((await act(editor, a.id, 'feature', {})).statusCode).toBe(400);
    const off = await act(editor, a.id, 'feature', { isBreaking: false });
    expect(off.json()).toMatchObject({ isPinned: true, isBreaking: false });
    expect(await auditActions(a.id)).toContain('article.feature');
  });

  it('only editors change the flags through a save; an author\'s values are ignored', async () => {
    const a = await createVia(t, staff.author, { isPinned: true, isBreaking: true });
    expect(a).toMatchObject({ isPinned: false, isBreaking: false });
    const saved = (await edit(t, staff.author, a, { isPinned: true })).json();
    expect(saved.isPinned).toBe(false);
  });
});

describe('editing what readers see', () => {
  it('an edit of a published headline shows on the public page at once (cached page or not)', async () => {
    const a = await createVia(t, editor, { headline: headline('Старый заголовок') });
    const live = (await act(editor, a.id, 'publish')).json();
    const before = await t.app.inject({ url: live.publicPath });
    expect(before.body).toContain(a.headline);
    await t.app.inject({ url: live.publicPath });
    await t.app.inject({ url: '/ru/' });

    const newHeadline = headline('Новый заголовок');
    const saved = await edit(t, editor, live, { headline: newHeadline });
    expect(saved.statusCode).toBe(200);
    const after = await t.app.inject({ url: saved.json().publicPath });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain(newHeadline);
    expect(after.body).not.toContain(a.headline);
    const home = await t.app.inject({ url: '/ru/' });
    expect(home.body).toContain(newHeadline);
    expect(home.body).not.toContain(a.headline);
  });

  it('an autosave of a published article is kept as a revision but does not go live', async () => {
    const a = await createVia(t, editor);
    const live = (await act(editor, a.id, 'publish')).json();
    const res = await edit(t, editor, live, { headline: 'Half-typed hea' }, { autosave: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ autosaveOnly: true, headline: a.headline, version: live.version });
    expect((await t.app.inject({ url: live.publicPath })).body).not.toContain('Half-typed hea');
    const revs = (await call(t, editor, 'GET', `/articles/${a.id}/revisions`)).json().revisions;
    expect(revs[0]).toMatchObject({ kind: 'autosave', pending: true, headline: 'Half-typed hea' });
    // The explicit save that follows, from the same base version, goes through.
    const saved = await edit(t, editor, live, { headline: 'Half-typed headline, finished' });
    expect(saved.json()).toMatchObject({ version: live.version + 1, headline: 'Half-typed headline, finished' });
  });

  it('refuses a future publication time on a live article', async () => {
    const a = await createVia(t, editor);
    const live = (await act(editor, a.id, 'publish')).json();
    const res = await edit(t, editor, live, { publishAt: TEST_NOW + 86_400_000 });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.publishAt).toBeTruthy();
  });
});

describe('alt text', () => {
  async function image(alt: string | null, file = `uploads/alt-${Math.random().toString(36).slice(2)}.jpg`) {
    const row = await t.store.db
      .insertInto('images')
      .values({ file, width: 800, height: 600, mime: 'image/jpeg', credit: null, variants: JSON.stringify([{ width: 400, height: 300, file: file.replace('.jpg', '-400.webp'), mime: 'image/webp' }]), created_at: TEST_NOW, alt, caption: null, original_name: 'harbour.jpg', size_bytes: 1000, uploaded_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, file };
  }

  function bodyWith(src: string, alt: string) {
    return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }, { type: 'image', attrs: { src, alt } }] };
  }

  it('refuses to publish or schedule while the cover has no alt text anywhere, naming it', async () => {
    const img = await image('');
    const a = await createVia(t, editor, { coverImageId: img.id, coverAlt: '' });
    for (const [action, body] of [['publish', undefined], ['schedule', { at: TEST_NOW + 3_600_000 }]] as const) {
      const res = await act(editor, a.id, action, body);
      expect(res.statusCode, action).toBe(409);
      expect(res.json().error).toMatch(/alt text/);
      expect(res.json().error).toContain('harbour.jpg');
      expect(res.json().fields.coverAlt).toBeTruthy();
    }
    expect((await fetchArticle(t, editor, a.id)).status).toBe('draft');
    // The media library's alt text is enough …
    await t.store.db.updateTable('images').set({ alt: 'A harbour at dawn' }).where('id', '=', img.id).execute();
    expect((await act(editor, a.id, 'publish')).statusCode).toBe(200);
  });

  it('accepts the article\'s own cover alt text', async () => {
    const img = await image(null);
    const a = await createVia(t, editor, { coverImageId: img.id, coverAlt: 'Boats in the harbour' });
    expect((await act(editor, a.id, 'publish')).statusCode).toBe(200);
  });

  it('checks body pictures: library images (also through a rendition) and https images need a description', async () => {
    const img = await image('');
    const a = await createVia(t, editor, { body: bodyWith(`/media/${img.file}`, '') });
    const res = await act(editor, a.id, 'publish');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toContain(`picture 1 in the body (${img.file})`);
    expect(res.json().fields.body).toBeTruthy();

    const viaRendition = await createVia(t, editor, { body: bodyWith(`/media/${img.file.replace('.jpg', '-400.webp')}`, '') });
    expect((await act(editor, viaRendition.id, 'publish')).statusCode).toBe(409);
    await t.store.db.updateTable('images').set({ alt: 'Described in the library' }).where('id', '=', img.id).execute();
    expect((await act(editor, viaRendition.id, 'publish')).statusCode).toBe(200);
    expect((await act(editor, a.id, 'publish')).statusCode).toBe(200);

    const external = await createVia(t, editor, { body: bodyWith('https://example.org/picture.jpg', ' ') });
    expect((await act(editor, external.id, 'publish')).statusCode).toBe(409);
    const described = (await edit(t, editor, external, { body: bodyWith('https://example.org/picture.jpg', 'A described picture') })).json();
    expect((await act(editor, described.id, 'publish')).statusCode).toBe(200);
  });

  it('refuses saving a live article with a new picture that has no alt text, but lets autosave keep it', async () => {
    const a = await createVia(t, editor);
    const live = (await act(editor, a.id, 'publish')).json();
    const img = await image('');
    const res = await edit(t, editor, live, { body: bodyWith(`/media/${img.file}`, '') });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatch(/alt text/);
    const auto = await edit(t, editor, live, { body: bodyWith(`/media/${img.file}`, '') }, { autosave: true });
    expect(auto.statusCode).toBe(200);
  });
});

describe('the body on the public page', () => {
  it('renders the saved document: paragraphs, links, lists', async () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'See ' }, { type: 'text', text: 'the source', marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Point one' }] }] }] },
      ],
    };
    const a = await createVia(t, editor, { body, lead: 'A lead.' });
    const live = (await act(editor, a.id, 'publish')).json();
    const page = (await t.app.inject({ url: live.publicPath })).body;
    expect(page).toContain('<a href="https://example.org/" rel="noopener nofollow">the source</a>');
    expect(page).toContain('<li>Point one</li>');
    expect(live.body).toEqual(body);
  });
});
