// The trash: deleting hides an article from readers at once, an editor restores it for 30 days (a
// published one comes back unpublished), and after 30 days it is deleted for good with its revisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/store/schema.js';
import { newsroomDeps } from '../../../src/newsroom/deps.js';
import { ArticleService } from '../../../src/newsroom/articles/service/index.js';
import { TEST_NOW } from '../../support/constants.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import { call, createVia, headline } from './articles-support.js';

const DAY = 86_400_000;
let t: TestApp;
let staff: Record<Role, TestStaff>;
let now = TEST_NOW;
let service: ArticleService;

beforeAll(async () => {
  t = await testApp({ clock: () => now });
  staff = await createNewsroom(t);
  service = new ArticleService(newsroomDeps({ store: t.store, config: t.config, now: () => now, log: t.app.log, assets: { byPath: new Map() } as never }));
});
afterAll(() => t.close());

async function act(id: number, action: string, body?: unknown, who = staff.editor) {
  return call(t, who, 'POST', `/articles/${id}/${action}`, body);
}

describe('trash and restore', () => {
  it('hides a published article from readers at once and lists it in the trash', async () => {
    const a = await createVia(t, staff.editor, { headline: headline('Удаляемая новость') });
    const live = (await act(a.id, 'publish')).json();
    expect((await t.app.inject({ url: '/ru/' })).body).toContain(a.headline);
    const trashed = await act(a.id, 'trash');
    expect(trashed.statusCode).toBe(200);
    expect(trashed.json()).toMatchObject({ status: 'trashed', trashedAt: now, publicPath: null });
    expect((await t.app.inject({ url: live.publicPath })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/ru/' })).body).not.toContain(a.headline);
    expect((await t.app.inject({ url: '/ru/feed.rss' })).body).not.toContain(a.headline);

    const list = (await call(t, staff.editor, 'GET', '/articles/?pageSize=200')).json();
    expect(list.items.map((i: any) => i.id)).not.toContain(a.id);
    const trash = (await call(t, staff.editor, 'GET', '/trash/')).json();
    expect(trash.items[0]).toMatchObject({ id: a.id, status: 'trashed', trashedAt: now, purgeAt: now + 30 * DAY });
    expect((await call(t, staff.editor, 'GET', '/articles/?status=trashed')).json().items[0].id).toBe(a.id);
    expect((await act(a.id, 'trash')).statusCode).toBe(409);
    const audit = await t.store.db.selectFrom('audit_log').where('article_id', '=', a.id).select('action').orderBy('id').execute();
    expect(audit.map((r) => r.action)).toEqual(['article.create', 'article.publish', 'article.delete']);
  });

  it('restores the previous status, except that published and scheduled come back unpublished', async () => {
    const cases: Array<[string, (id: number) => Promise<unknown>, string]> = [
      ['draft', async () => {}, 'draft'],
      ['review', (id) => act(id, 'submit', undefined, staff.author), 'review'],
      ['published', (id) => act(id, 'publish'), 'unpublished'],
      ['scheduled', (id) => act(id, 'schedule', { at: now + DAY }), 'unpublished'],
      ['unpublished', async (id) => {
        await act(id, 'publish');
        await act(id, 'unpublish');
      }, 'unpublished'],
    ];
    for (const [before, setUp, after] of cases) {
      const a = await createVia(t, staff.author);
      await setUp(a.id);
      await act(a.id, 'trash');
      const res = await act(a.id, 'restore');
      expect(res.statusCode, before).toBe(200);
      expect(res.json(), before).toMatchObject({ status: after, trashedAt: null });
    }
    const a = await createVia(t, staff.editor);
    expect((await act(a.id, 'restore')).statusCode).toBe(409);
  });

  it('empties itself of articles deleted more than 30 days ago, with their revisions and empty stories', async () => {
    const start = now;
    const lonely = await createVia(t, staff.editor);
    const withTranslation = await createVia(t, staff.editor);
    const en = (await call(t, staff.editor, 'POST', `/articles/${withTranslation.id}/translations`, { lang: 'en' })).json();
    await act(lonely.id, 'trash');
    await act(withTranslation.id, 'trash');
    now = start + 20 * DAY;
    const recent = await createVia(t, staff.editor);
    await act(recent.id, 'trash');

    now = start + 29 * DAY;
    expect(await service.purgeExpired()).toBe(0);
    now = start + 30 * DAY + 1;
    const due = await t.store.db.selectFrom('articles').where('status', '=', 'trashed').where('trashed_at', '<', now - 30 * DAY).select('id').execute();
    expect(due.map((r) => r.id)).toEqual(expect.arrayContaining([lonely.id, withTranslation.id]));
    expect(due.map((r) => r.id)).not.toContain(recent.id);
    expect(await service.purgeExpired()).toBe(due.length);

    for (const id of [lonely.id, withTranslation.id]) {
      expect((await call(t, staff.editor, 'GET', `/articles/${id}`)).statusCode).toBe(404);
      expect(await t.store.db.selectFrom('article_revisions').where('article_id', '=', id).selectAll().execute()).toEqual([]);
    }
    expect(await t.store.db.selectFrom('stories').where('id', '=', lonely.storyId).selectAll().executeTakeFirst()).toBeUndefined();
    expect(await t.store.db.selectFrom('stories').where('id', '=', withTranslation.storyId).selectAll().executeTakeFirst()).toBeDefined();
    expect((await call(t, staff.editor, 'GET', `/articles/${en.id}`)).json().translations).toEqual([]);
    expect((await call(t, staff.editor, 'GET', `/articles/${recent.id}`)).json().status).toBe('trashed');
    const purged = await t.store.db.selectFrom('audit_log').where('action', '=', 'article.purge').select(['article_id', 'user_id']).execute();
    expect(purged.map((r) => r.article_id).sort()).toEqual(due.map((r) => r.id).sort());
    expect(purged.every((r) => r.user_id === null)).toBe(true);
    // A restore after the purge finds nothing.
    expect((await act(lonely.id, 'restore')).statusCode).toBe(404);
  });
});
