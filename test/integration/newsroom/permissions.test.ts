// The whole matrix of roles × article actions, through the JSON API, on the server side. One table:
// Y the role may do it (2xx), N it is refused with 403 and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/store/schema.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, createStaff, type TestStaff } from '../../support/newsroom.js';
import { call, createVia, edit, fetchArticle } from './articles-support.js';

const Y = true;
const N = false;

//                                         administrator editor author translator
const MATRIX = {
  'create':                              [Y, Y, Y, N],
  'translate':                           [Y, Y, N, Y],
  'edit own draft':                      [Y, Y, Y, Y],
  "edit someone else's draft":           [Y, Y, N, N],
  'edit own published':                  [Y, Y, N, N],
  'submit own draft':                    [Y, Y, Y, Y],
  "submit someone else's draft":         [Y, Y, N, N],
  'publish own draft':                   [Y, Y, N, N],
  'schedule':                            [Y, Y, N, N],
  'unpublish':                           [Y, Y, N, N],
  'feature':                             [Y, Y, N, N],
  'related stories (page and API)':      [Y, Y, N, N],
  'trash':                               [Y, Y, N, N],
  'restore from trash':                  [Y, Y, N, N],
  'restore revision of own draft':       [Y, Y, Y, Y],
  "restore revision of someone else's":  [Y, Y, N, N],
  'list':                                [Y, Y, Y, Y],
  'read':                                [Y, Y, Y, Y],
  'revisions and diff':                  [Y, Y, Y, Y],
  'translation queue':                   [Y, Y, Y, Y],
  'site statistics (page)':              [Y, Y, N, N],
  'article statistics (page)':           [Y, Y, Y, Y],
} as const satisfies Record<string, readonly [boolean, boolean, boolean, boolean]>;

const ROLES: Role[] = ['administrator', 'editor', 'author', 'translator'];

let t: TestApp;
let staff: Record<Role, TestStaff>;
let other: TestStaff;

beforeAll(async () => {
  t = await testApp();
  staff = await createNewsroom(t);
  other = await createStaff(t, 'editor', { name: 'Other Editor' });
});
afterAll(() => t.close());

async function published(owner: TestStaff = other): Promise<any> {
  const a = await ownDraft(owner);
  const res = await call(t, other, 'POST', `/articles/${a.id}/publish`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** A draft the user started: an original, or (for translators) a translation. */
async function ownDraft(who: TestStaff): Promise<any> {
  if (who.role !== 'translator') return createVia(t, who);
  const source = await published(other);
  const res = await call(t, who, 'POST', `/articles/${source.id}/translations`, { lang: 'ky' });
  expect(res.statusCode).toBe(201);
  return res.json();
}

type Attempt = { res: { statusCode: number; body: string }; article?: any };

const ACTIONS: Record<keyof typeof MATRIX, (who: TestStaff) => Promise<Attempt>> = {
  'create': async (who) => ({ res: await call(t, who, 'POST', '/articles/', { lang: 'ru', headline: 'Matrix' }) }),
  'translate': async (who) => {
    const source = await published();
    return { res: await call(t, who, 'POST', `/articles/${source.id}/translations`, { lang: 'en' }), article: source };
  },
  'edit own draft': async (who) => {
    const a = await ownDraft(who);
    return { res: await edit(t, who, a, { headline: 'Edited' }), article: a };
  },
  "edit someone else's draft": async (who) => {
    const a = await createVia(t, other);
    return { res: await edit(t, who, a, { headline: 'Edited' }), article: a };
  },
  'edit own published': async (who) => {
    const draft = await ownDraft(who);
    await call(t, other, 'POST', `/articles/${draft.id}/publish`);
    const a = await fetchArticle(t, other, draft.id);
    return { res: await edit(t, who, a, { headline: 'Edited live' }), article: a };
  },
  'submit own draft': async (who) => {
    const a = await ownDraft(who);
    return { res: await call(t, who, 'POST', `/articles/${a.id}/submit`), article: a };
  },
  "submit someone else's draft": async (who) => {
    const a = await createVia(t, other);
    return { res: await call(t, who, 'POST', `/articles/${a.id}/submit`), article: a };
  },
  'publish own draft': async (who) => {
    const a = await ownDraft(who);
    return { res: await call(t, who, 'POST', `/articles/${a.id}/publish`), article: a };
  },
  'schedule': async (who) => {
    const a = await createVia(t, other);
    return { res: await call(t, who, 'POST', `/articles/${a.id}/schedule`, { at: '2024-02-15T09:00:00+06:00' }), article: a };
  },
  'unpublish': async (who) => {
    const a = await published();
    return { res: await call(t, who, 'POST', `/articles/${a.id}/unpublish`), article: a };
  },
  'feature': async (who) => {
    const a = await published();
    return { res: await call(t, who, 'POST', `/articles/${a.id}/feature`, { isPinned: true }), article: a };
  },
  // The page answers with the role's verdict; the API's PUT changes the overrides (an empty set here).
  'related stories (page and API)': async (who) => {
    const a = await published();
    const page = await t.app.inject({ url: `/newsroom/articles/${a.id}/related/`, headers: { cookie: who.cookie } });
    if (page.statusCode !== 200) return { res: page, article: a };
    return { res: await call(t, who, 'PUT', `/articles/${a.id}/related`, { pinned: [], removed: [] }), article: a };
  },
  'trash': async (who) => {
    const a = await createVia(t, other);
    return { res: await call(t, who, 'POST', `/articles/${a.id}/trash`), article: a };
  },
  'restore from trash': async (who) => {
    const a = await createVia(t, other);
    const trashed = (await call(t, other, 'POST', `/articles/${a.id}/trash`)).json();
    return { res: await call(t, who, 'POST', `/articles/${a.id}/restore`), article: trashed };
  },
  'restore revision of own draft': async (who) => {
    const a = await ownDraft(who);
    const saved = (await edit(t, who, a, { headline: 'Second version' })).json();
    const revs = (await call(t, who, 'GET', `/articles/${a.id}/revisions`)).json().revisions;
    const first = revs.at(-1);
    return { res: await call(t, who, 'POST', `/articles/${a.id}/revisions/${first.id}/restore`, { version: saved.version }), article: saved };
  },
  "restore revision of someone else's": async (who) => {
    const a = await createVia(t, other);
    const saved = (await edit(t, other, a, { headline: 'Second version' })).json();
    const first = (await call(t, other, 'GET', `/articles/${a.id}/revisions`)).json().revisions.at(-1);
    return { res: await call(t, who, 'POST', `/articles/${a.id}/revisions/${first.id}/restore`, { version: saved.version }), article: saved };
  },
  'list': async (who) => ({ res: await call(t, who, 'GET', '/articles/?status=draft') }),
  'read': async (who) => {
    const a = await createVia(t, other);
    return { res: await call(t, who, 'GET', `/articles/${a.id}`) };
  },
  'revisions and diff': async (who) => {
    const a = await createVia(t, other);
    await edit(t, other, a, { headline: 'Changed' });
    const list = await call(t, who, 'GET', `/articles/${a.id}/revisions`);
    if (list.statusCode !== 200) return { res: list };
    const [to, from] = list.json().revisions;
    return { res: await call(t, who, 'GET', `/articles/${a.id}/revisions/diff?from=${from.id}&to=${to.id}`) };
  },
  'translation queue': async (who) => ({ res: await call(t, who, 'GET', '/translations/queue?lang=ky') }),
  // The statistics are newsroom pages (no API): asked for with the signed-in browser's cookie.
  'site statistics (page)': async (who) => ({ res: await t.app.inject({ url: '/newsroom/stats/', headers: { cookie: who.cookie } }) }),
  'article statistics (page)': async (who) => {
    const a = await createVia(t, other);
    return { res: await t.app.inject({ url: `/newsroom/articles/${a.id}/stats/`, headers: { cookie: who.cookie } }) };
  },
};

describe('roles × actions', () => {
  const cases = Object.entries(MATRIX).flatMap(([action, row]) => ROLES.map((role, i) => ({ action: action as keyof typeof MATRIX, role, allowed: row[i] })));

  it.each(cases)('$role: $action → $allowed', async ({ action, role, allowed }) => {
    const who = staff[role];
    const { res, article } = await ACTIONS[action](who);
    if (allowed) {
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(200);
      expect(res.statusCode, res.body).toBeLessThan(300);
      return;
    }
    expect(res.statusCode, res.body).toBe(403);
    if (res.body.startsWith('<')) expect(res.body).toContain('<h1>Not allowed</h1>');
    else expect(JSON.parse(res.body).error).toBeTruthy();
    if (article) {
      // Refused means untouched.
      const now = await fetchArticle(t, other, article.id);
      expect(now.status).toBe(article.status);
      expect(now.version).toBe(article.version);
      expect(now.headline).toBe(article.headline);
      expect(now.isPinned).toBe(article.isPinned);
      expect(now.translations).toEqual(article.translations);
    }
  });

  it('the table covers every role and every article action of the role matrix', async () => {
    const { PERMISSIONS } = await import('../../../src/newsroom/auth/roles.js');
    // Spot-check the table against the source of truth where they must agree one to one.
    const pairs: Array<[keyof typeof MATRIX, Parameters<typeof PERMISSIONS.editor.has>[0]]> = [
      ['create', 'article.create'],
      ['translate', 'article.translate'],
      ['publish own draft', 'article.publish'],
      ['schedule', 'article.schedule'],
      ['unpublish', 'article.unpublish'],
      ['feature', 'article.feature'],
      ['related stories (page and API)', 'article.related'],
      ['trash', 'article.delete'],
      ['restore from trash', 'article.restore'],
      ["restore revision of someone else's", 'revision.restore'],
      ['site statistics (page)', 'stats.view'],
    ];
    for (const [row, action] of pairs) ROLES.forEach((role, i) => expect(MATRIX[row][i], `${role} ${row}`).toBe(PERMISSIONS[role].has(action)));
  });
});
