// Translations: "translate into ky" creates a linked draft prefilled from the original; the queue lists
// stories still missing a language; the public language switch leads to the published translation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/store/schema.js';
import { TEST_NOW } from '../../support/constants.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import { call, createVia, doc, edit, headline } from './articles-support.js';

let t: TestApp;
let staff: Record<Role, TestStaff>;
let rubricId: number;
let coverId: number;

beforeAll(async () => {
  t = await testApp();
  staff = await createNewsroom(t);
  rubricId = (await t.store.db.selectFrom('rubrics').select('id').orderBy('position').limit(1).executeTakeFirstOrThrow()).id;
  coverId = (await t.store.db.selectFrom('images').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

async function publishedOriginal(fields: Record<string, unknown> = {}) {
  const a = await createVia(t, staff.editor, {
    headline: headline('Выборы в Бишкеке'),
    lead: 'Лид оригинала.',
    body: doc('Текст оригинала.'),
    rubricId,
    tags: ['Выборы', `Только по-русски ${process.pid}`],
    coverImageId: coverId,
    coverAlt: 'Избирательный участок',
    coverCaption: 'Участок утром',
    sourceName: 'ЦИК',
    sourceUrl: 'https://shailoo.gov.kg/',
    datelinePlace: 'Бишкек',
    ...fields,
  });
  const res = await call(t, staff.editor, 'POST', `/articles/${a.id}/publish`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function queue(lang: string, query = ''): Promise<any> {
  const res = await call(t, staff.translator, 'GET', `/translations/queue?lang=${lang}${query}`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('translate', () => {
  it('creates a draft in the same story, prefilled from the original, with tags mapped to the target language', async () => {
    const src = await publishedOriginal();
    const res = await call(t, staff.translator, 'POST', `/articles/${src.id}/translations`, { lang: 'ky' });
    expect(res.statusCode).toBe(201);
    const ky = res.json();
    expect(ky).toMatchObject({
      storyId: src.storyId,
      lang: 'ky',
      status: 'draft',
      version: 1,
      createdBy: staff.translator.id,
      headline: src.headline,
      lead: src.lead,
      body: src.body,
      rubricId,
      tags: ['Шайлоо'],
      coverImageId: coverId,
      coverAlt: 'Избирательный участок',
      sourceName: 'ЦИК',
      sourceUrl: 'https://shailoo.gov.kg/',
      authorIds: src.authorIds,
      isPinned: false,
      publishAt: null,
    });
    expect(ky.translations).toEqual([{ id: src.id, lang: 'ru', status: 'published', headline: src.headline }]);
    const revs = (await call(t, staff.translator, 'GET', `/articles/${ky.id}/revisions`)).json().revisions;
    expect(revs.map((r: any) => r.kind)).toEqual(['translate']);
    const audit = await t.store.db.selectFrom('audit_log').where('article_id', '=', ky.id).selectAll().executeTakeFirstOrThrow();
    expect(audit.action).toBe('article.create');
    expect(JSON.parse(audit.details!)).toMatchObject({ lang: 'ky', translationOf: src.id });
    // The original now lists its translation.
    const original = (await call(t, staff.editor, 'GET', `/articles/${src.id}`)).json();
    expect(original.translations).toEqual([{ id: ky.id, lang: 'ky', status: 'draft', headline: src.headline }]);
  });

  it('refuses a language the story already has, naming the article, and a language the site does not publish', async () => {
    const src = await publishedOriginal();
    const ky = (await call(t, staff.translator, 'POST', `/articles/${src.id}/translations`, { lang: 'ky' })).json();
    const again = await call(t, staff.editor, 'POST', `/articles/${ky.id}/translations`, { lang: 'ky' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toContain(`article ${ky.id}`);
    expect(again.json().fields.existingId).toBe(String(ky.id));
    const same = await call(t, staff.editor, 'POST', `/articles/${src.id}/translations`, { lang: 'ru' });
    expect(same.statusCode).toBe(409);
    expect(same.json().fields.existingId).toBe(String(src.id));

    await call(t, staff.editor, 'POST', `/articles/${ky.id}/trash`);
    const trashed = await call(t, staff.translator, 'POST', `/articles/${src.id}/translations`, { lang: 'ky' });
    expect(trashed.statusCode).toBe(409);
    expect(trashed.json().error).toMatch(/in the trash.*Restore/);

    for (const lang of ['de', '', 42, undefined]) {
      const res = await call(t, staff.translator, 'POST', `/articles/${src.id}/translations`, { lang });
      expect(res.statusCode, String(lang)).toBe(400);
    }
    expect((await call(t, staff.translator, 'POST', '/articles/99999999/translations', { lang: 'en' })).statusCode).toBe(404);
  });

  it('lets the translator edit and submit the translation, and the published translation is where the language switch leads', async () => {
    const src = await publishedOriginal();
    const ky = (await call(t, staff.translator, 'POST', `/articles/${src.id}/translations`, { lang: 'ky' })).json();
    const translated = (await edit(t, staff.translator, ky, { headline: headline('Бишкекте шайлоо'), slug: '' })).json();
    expect(translated.slug).toMatch(/^bishkekte-shayloo-/);
    expect((await call(t, staff.translator, 'POST', `/articles/${ky.id}/submit`)).json().status).toBe('review');
    const live = (await call(t, staff.editor, 'POST', `/articles/${ky.id}/publish`)).json();
    const ruPage = (await t.app.inject({ url: src.publicPath })).body;
    expect(ruPage).toContain(`href="${live.publicPath}"`);
  });
});

describe('the queue', () => {
  it('lists published stories missing the language, newest first, until a translation exists (a trashed one does not count)', async () => {
    const older = await publishedOriginal({ publishAt: TEST_NOW - 60_000 });
    const newer = await publishedOriginal();
    const draftOnly = await createVia(t, staff.editor);
    let q = await queue('ky', '&limit=200');
    const ids = q.items.map((i: any) => i.source.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(ids.indexOf(older.id)).toBeGreaterThanOrEqual(0);
    expect(ids).not.toContain(draftOnly.id);
    expect(q.items.find((i: any) => i.source.id === newer.id)).toEqual({ storyId: newer.storyId, lang: 'ky', source: { id: newer.id, lang: 'ru', headline: newer.headline, publishedAt: TEST_NOW, status: 'published' }, trashedId: null });
    expect(q.items.every((i: any) => i.source.lang !== 'ky' && i.source.status === 'published')).toBe(true);

    const total = q.total;
    const ky = (await call(t, staff.translator, 'POST', `/articles/${newer.id}/translations`, { lang: 'ky' })).json();
    q = await queue('ky', '&limit=200');
    expect(q.total).toBe(total - 1);
    expect(q.items.map((i: any) => i.source.id)).not.toContain(newer.id);

    await call(t, staff.editor, 'POST', `/articles/${ky.id}/trash`);
    q = await queue('ky', '&limit=200');
    expect(q.total).toBe(total);
    expect(q.items[0].source.id).toBe(newer.id);
    // …and names the trashed version, which is to be restored rather than started again
    expect(q.items[0].trashedId).toBe(ky.id);
    // The English queue knows nothing of it yet, and pages.
    const en = await queue('en', '&limit=5&page=2');
    expect(en.items).toHaveLength(5);
    expect(en.page).toBe(2);
  });

  it('names the newest published original when several languages exist', async () => {
    const src = await publishedOriginal({ publishAt: TEST_NOW - 3_600_000 });
    const en = (await call(t, staff.translator, 'POST', `/articles/${src.id}/translations`, { lang: 'en' })).json();
    await call(t, staff.editor, 'POST', `/articles/${en.id}/publish`);
    const q = await queue('ky', '&limit=200');
    expect(q.items.filter((i: any) => i.storyId === src.storyId).map((i: any) => i.source.id)).toEqual([en.id]);
  });

  it('refuses a missing or unknown language', async () => {
    for (const query of ['', '?lang=de', '?lang=ky&lang=en']) {
      const res = await call(t, staff.translator, 'GET', `/translations/queue${query}`);
      expect(res.statusCode, query).toBe(400);
    }
  });
});
