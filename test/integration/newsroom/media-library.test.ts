// The library: search and the "missing alt text" filter (pages and picker API), the words of an image
// with role checks, where it is used, and deleting only unused images.
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../src/domain/document/types.js';
import type { Role } from '../../../src/store/schema.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import { jpeg, multipart, png } from './media-fixtures.js';

let t: TestApp;
let staff: Record<Role, TestStaff>;
/** images uploaded by the author, the editor and the translator */
let byAuthor: number;
let byEditor: number;
let byTranslator: number;

async function uploadAs(who: TestStaff, filename: string, data: Buffer): Promise<{ id: number; url: string; thumbUrl: string }> {
  const body = multipart([{ filename, data }]);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/newsroom/media/', payload: body.payload, headers: { ...body.headers, ...who.api } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().items[0];
}

function patch(who: Record<string, string>, id: number, payload: unknown) {
  return t.app.inject({ method: 'PATCH', url: `/api/v1/newsroom/media/${id}`, payload: payload as object, headers: who });
}

function form(who: TestStaff, url: string, fields: Record<string, string>, csrf: string | null = who.csrf) {
  const payload = new URLSearchParams({ ...(csrf === null ? {} : { _csrf: csrf }), ...fields }).toString();
  return t.app.inject({ method: 'POST', url, payload, headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
}

beforeAll(async () => {
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-media-lib-'));
  t = await testApp({ configure: (c) => (c.mediaDir = mediaDir) });
  staff = await createNewsroom(t);
  byAuthor = (await uploadAs(staff.author, 'market-stalls.jpg', await jpeg(800, 500))).id;
  byEditor = (await uploadAs(staff.editor, 'parliament.png', await png(300, 200))).id;
  byTranslator = (await uploadAs(staff.translator, 'river.jpg', await jpeg(200, 150))).id;
}, 120_000);
afterAll(() => t?.close());

describe('picker API', () => {
  it('lists newest first with the agreed shape, total and paging', async () => {
    const res = await t.app.inject({ url: '/api/v1/newsroom/media/', headers: staff.author.api });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(24);
    const demo = await t.store.db.selectFrom('images').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(body.total).toBe(Number(demo.n));
    expect(body.items.slice(0, 3).map((i: { id: number }) => i.id)).toEqual([byTranslator, byEditor, byAuthor]);
    expect(body.items[2]).toMatchObject({ id: byAuthor, width: 800, height: 500, alt: '', originalName: 'market-stalls.jpg' });
    const page2 = await t.app.inject({ url: '/api/v1/newsroom/media/?page=2', headers: staff.author.api });
    expect(page2.json().page).toBe(2);
    expect(page2.json().items.length).toBe(Math.min(24, body.total - 24));
    expect(page2.json().items[0].id).not.toBe(body.items[0].id);
    // nonsense paging falls back to the first page
    expect((await t.app.inject({ url: '/api/v1/newsroom/media/?page=-3', headers: staff.author.api })).json().page).toBe(1);
  });

  it('searches original name, alt, caption and credit; filters images without alt text', async () => {
    expect((await patch(staff.editor.api, byEditor, { alt: 'The parliament building at dusk', caption: 'Bishkek, White House', credit: 'Aigul Sadykova' })).statusCode).toBe(200);
    const search = async (q: string, extra = '') => (await t.app.inject({ url: `/api/v1/newsroom/media/?q=${encodeURIComponent(q)}${extra}`, headers: staff.author.api })).json();
    expect((await search('STALLS')).items.map((i: { id: number }) => i.id)).toEqual([byAuthor]);
    expect((await search('dusk')).items.map((i: { id: number }) => i.id)).toEqual([byEditor]);
    expect((await search('white house')).items.map((i: { id: number }) => i.id)).toEqual([byEditor]);
    expect((await search('sadykova')).items.map((i: { id: number }) => i.id)).toEqual([byEditor]);
    // any case in any script (SQLite's own lower() folds ASCII only)
    expect((await patch(staff.editor.api, byTranslator, { caption: 'Река Чу у Токмока' })).statusCode).toBe(200);
    for (const q of ['река чу', 'ТОКМОКА', 'Река']) expect((await search(q)).items.map((i: { id: number }) => i.id), q).toEqual([byTranslator]);
    // LIKE wildcards are taken literally
    expect((await search('%')).total).toBe(0);
    expect((await search('_')).total).toBe(0);
    const missing = (await t.app.inject({ url: '/api/v1/newsroom/media/?missingAlt=1', headers: staff.author.api })).json();
    expect(missing.items.map((i: { id: number }) => i.id)).not.toContain(byEditor);
    expect(missing.items.map((i: { id: number }) => i.id)).toContain(byAuthor);
    const both = await search('parliament', '&missingAlt=1');
    expect(both.total).toBe(0);
  });

  it('shows one image, and answers 404 for an unknown one', async () => {
    const res = await t.app.inject({ url: `/api/v1/newsroom/media/${byAuthor}`, headers: staff.translator.api });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: byAuthor, originalName: 'market-stalls.jpg', mime: 'image/jpeg', canEdit: false, uploadedBy: { id: staff.author.id, name: staff.author.name } });
    expect(res.json().variants.length).toBe(9); // 320, 640, 800 × AVIF, WebP, JPEG
    expect((await t.app.inject({ url: '/api/v1/newsroom/media/999999', headers: staff.author.api })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/newsroom/media/abc', headers: staff.author.api })).statusCode).toBe(404);
  });
});

describe('alt text, caption and credit', () => {
  it('lets the uploader edit their own image, editors any image, and nobody else', async () => {
    expect((await patch(staff.author.api, byAuthor, { alt: 'Stalls at Osh bazaar' })).statusCode).toBe(200);
    const denied = await patch(staff.author.api, byEditor, { alt: 'mine now' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error).toMatch(/Only editors, or whoever uploaded this image/);
    expect((await patch(staff.translator.api, byAuthor, { alt: 'x' })).statusCode).toBe(403);
    expect((await patch(staff.translator.api, byTranslator, { credit: 'Translator' })).statusCode).toBe(200);
    const byEd = await patch(staff.editor.api, byAuthor, { caption: 'Morning trade' });
    expect(byEd.statusCode).toBe(200);
    expect(byEd.json()).toMatchObject({ alt: 'Stalls at Osh bazaar', caption: 'Morning trade' });
    expect((await patch(staff.administrator.api, byTranslator, { alt: 'A river' })).statusCode).toBe(200);
    // demo images have no uploader: editors only
    const demo = await t.store.db.selectFrom('images').where('uploaded_by', 'is', null).select('id').executeTakeFirstOrThrow();
    expect((await patch(staff.author.api, demo.id, { alt: 'x' })).statusCode).toBe(403);
    const row = await t.store.db.selectFrom('images').where('id', '=', byEditor).select('alt').executeTakeFirstOrThrow();
    expect(row.alt).toBe('The parliament building at dusk');
  });

  it('validates: text only, within limits, one line; needs the CSRF token from a browser', async () => {
    const long = await patch(staff.author.api, byAuthor, { alt: 'a'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().fields.alt).toMatch(/at most 500/);
    expect((await patch(staff.author.api, byAuthor, { caption: 42 })).statusCode).toBe(400);
    expect((await patch(staff.author.api, byAuthor, ['x'])).statusCode).toBe(400);
    const cleaned = await patch(staff.author.api, byAuthor, { credit: '  Photo\u0000 by\n  me  ' });
    expect(cleaned.json().credit).toBe('Photo by me');
    expect((await patch({ cookie: staff.author.cookie, 'content-type': 'application/json' }, byAuthor, { alt: 'x' })).statusCode).toBe(403);
    expect((await patch(staff.author.browser, byAuthor, { alt: 'Stalls at Osh bazaar' })).statusCode).toBe(200);
  });

  it('saves from the image page, keeps what was typed next to an error, and checks CSRF and role', async () => {
    const url = `/newsroom/media/${byAuthor}/`;
    const page = await t.app.inject({ url, headers: { cookie: staff.author.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<label for="md-alt">Alt text</label>');
    const ok = await form(staff.author, url, { alt: 'Fruit stalls', caption: 'Osh bazaar', credit: 'Newsdesk' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(url);
    const row = await t.store.db.selectFrom('images').where('id', '=', byAuthor).selectAll().executeTakeFirstOrThrow();
    expect([row.alt, row.caption, row.credit]).toEqual(['Fruit stalls', 'Osh bazaar', 'Newsdesk']);

    const bad = await form(staff.author, url, { alt: 'kept text', caption: 'c'.repeat(1200), credit: 'Someone' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Caption is 1200 characters long; at most 1000 are allowed.');
    expect(bad.body).toContain('>kept text</textarea>');
    expect(bad.body).toContain('aria-invalid="true"');
    expect((await t.store.db.selectFrom('images').where('id', '=', byAuthor).select('alt').executeTakeFirstOrThrow()).alt).toBe('Fruit stalls');

    expect((await form(staff.author, url, { alt: 'x' }, null)).statusCode).toBe(403);
    expect((await form(staff.author, url, { alt: 'x' }, 'forged-forged-forged-forged')).statusCode).toBe(403);
    // another author's image: read-only page, and the POST is refused
    const other = await t.app.inject({ url: `/newsroom/media/${byEditor}/`, headers: { cookie: staff.author.cookie } });
    expect(other.body).not.toContain('name="alt"');
    expect(other.body).toContain('Only editors, or whoever uploaded this image, can change these.');
    expect((await form(staff.author, `/newsroom/media/${byEditor}/`, { alt: 'x' })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/newsroom/media/424242/', headers: { cookie: staff.author.cookie } })).statusCode).toBe(404);
  });

  it('escapes hostile alt text, caption and credit on the library and image pages', async () => {
    const evil = { alt: '"><script>alert("alt")</script>', caption: '<img src=x onerror=alert(2)>', credit: "'><svg onload=alert(3)>" };
    expect((await patch(staff.translator.api, byTranslator, evil)).statusCode).toBe(200);
    for (const url of ['/newsroom/media/', `/newsroom/media/${byTranslator}/`, `/newsroom/media/?q=${encodeURIComponent('<img')}`]) {
      const res = await t.app.inject({ url, headers: { cookie: staff.translator.cookie } });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toMatch(/<script>alert|<img src=x|<svg onload/);
    }
    const edit = await t.app.inject({ url: `/newsroom/media/${byTranslator}/`, headers: { cookie: staff.translator.cookie } });
    expect(edit.body).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(edit.body).toContain('alt="&quot;&gt;&lt;script&gt;alert(&quot;alt&quot;)&lt;/script&gt;"');
    await patch(staff.translator.api, byTranslator, { alt: 'A river', caption: '', credit: '' });
  });
});

describe('the library page', () => {
  it('shows the upload form (multipart, CSRF in the URL), thumbnails, search and the missing-alt filter', async () => {
    const res = await t.app.inject({ url: '/newsroom/media/', headers: { cookie: staff.translator.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`action="/newsroom/media/upload/?_csrf=${staff.translator.csrf}" enctype="multipart/form-data"`);
    expect(res.body).toMatch(/<input id="md-files" type="file" name="file" multiple accept="image\/jpeg,image\/png,image\/webp,image\/gif"/);
    expect(res.body).toContain(`href="/newsroom/media/${byAuthor}/"`);
    const found = await t.app.inject({ url: '/newsroom/media/?q=bazaar', headers: { cookie: staff.translator.cookie } });
    expect(found.body).toContain('1–1 of 1 image found');
    expect(found.body).toContain(`href="/newsroom/media/${byAuthor}/"`);
    expect(found.body).not.toContain(`href="/newsroom/media/${byEditor}/"`);
    const missing = await t.app.inject({ url: '/newsroom/media/?missingAlt=1', headers: { cookie: staff.translator.cookie } });
    expect(missing.body).toContain('name="missingAlt" value="1" checked');
    expect(missing.body).not.toContain(`href="/newsroom/media/${byAuthor}/"`);
    expect(missing.body).toContain('No alt text');
    const none = await t.app.inject({ url: '/newsroom/media/?q=nothing-like-this', headers: { cookie: staff.translator.cookie } });
    expect(none.body).toContain('No image matches.');
    expect((await t.app.inject({ url: '/newsroom/media/' })).statusCode).toBe(303);
  });
});

describe('usage and delete', () => {
  let articleId: number;
  let bodyArticleId: number;

  beforeAll(async () => {
    const rows = await t.store.db.selectFrom('articles').where('status', '=', 'published').select(['id', 'body']).orderBy('id').limit(2).execute();
    [articleId, bodyArticleId] = rows.map((r) => r.id);
    await t.store.db.updateTable('articles').set({ cover_image_id: byEditor }).where('id', '=', articleId).execute();
    const img = (await t.app.inject({ url: `/api/v1/newsroom/media/${byTranslator}`, headers: staff.editor.api })).json();
    const doc = JSON.parse(rows[1].body) as DocNode;
    doc.content.push({ type: 'image', attrs: { src: img.url, alt: 'A river' } });
    await t.store.db.updateTable('articles').set({ body: JSON.stringify(doc) }).where('id', '=', bodyArticleId).execute();
  });

  it('lists the articles that use an image as cover or in the text', async () => {
    const cover = await t.app.inject({ url: `/newsroom/media/${byEditor}/`, headers: { cookie: staff.editor.cookie } });
    expect(cover.body).toContain(`href="/newsroom/articles/${articleId}/"`);
    expect(cover.body).toContain('Published · cover');
    const inBody = await t.app.inject({ url: `/newsroom/media/${byTranslator}/`, headers: { cookie: staff.editor.cookie } });
    expect(inBody.body).toContain(`href="/newsroom/articles/${bodyArticleId}/"`);
    expect(inBody.body).toContain('in the text');
    const unused = await t.app.inject({ url: `/newsroom/media/${byAuthor}/`, headers: { cookie: staff.editor.cookie } });
    expect(unused.body).toContain('No article uses this image.');
    expect(unused.body).toContain('Delete this image');
  });

  it('refuses to delete an image in use, and lets only editors delete', async () => {
    for (const id of [byEditor, byTranslator]) {
      const api = await t.app.inject({ method: 'DELETE', url: `/api/v1/newsroom/media/${id}`, headers: staff.editor.api });
      expect(api.statusCode).toBe(409);
      expect(api.json().error).toMatch(/used in an article/);
      const page = await form(staff.editor, `/newsroom/media/${id}/delete/`, {});
      expect(page.statusCode).toBe(303);
      expect(await t.store.db.selectFrom('images').where('id', '=', id).select('id').executeTakeFirst()).toBeDefined();
    }
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/newsroom/media/${byAuthor}`, headers: staff.author.api })).statusCode).toBe(403);
    expect((await form(staff.author, `/newsroom/media/${byAuthor}/delete/`, {})).statusCode).toBe(403);
    const authorsPage = await t.app.inject({ url: `/newsroom/media/${byAuthor}/`, headers: { cookie: staff.author.cookie } });
    expect(authorsPage.body).not.toContain('Delete this image');
  });

  it('deletes an unused image with its files, from the page with the CSRF token, and audits it', async () => {
    const img = (await t.app.inject({ url: `/api/v1/newsroom/media/${byAuthor}`, headers: staff.editor.api })).json();
    const files = [img.file, ...img.variants.map((v: { url: string }) => v.url)].map((u: string) => path.join(t.config.mediaDir, u.replace(/^\/media\//, '')));
    expect(files.every((f) => existsSync(f))).toBe(true);
    expect((await form(staff.editor, `/newsroom/media/${byAuthor}/delete/`, {}, null)).statusCode).toBe(403);
    const res = await form(staff.editor, `/newsroom/media/${byAuthor}/delete/`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/newsroom/media/');
    expect(await t.store.db.selectFrom('images').where('id', '=', byAuthor).select('id').executeTakeFirst()).toBeUndefined();
    expect(files.some((f) => existsSync(f))).toBe(false);
    const log = await t.store.db.selectFrom('audit_log').where('action', '=', 'media.delete').selectAll().execute();
    expect(log).toEqual([expect.objectContaining({ user_id: staff.editor.id, target: 'market-stalls.jpg' })]);
    expect((await t.app.inject({ url: `/api/v1/newsroom/media/${byAuthor}`, headers: staff.editor.api })).statusCode).toBe(404);
  });
});
