// The audit log page: newest first, times in the site zone, every column, filters and pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../../src/newsroom/audit/log.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createStaff, type TestStaff } from '../../support/newsroom.js';

let t: TestApp;
let admin: TestStaff;
let editor: TestStaff;

const at = (iso: string) => Date.parse(iso);

/** The rows of the log table, as the text of their cells. */
function rowsOf(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return body
    .split('<tr')
    .slice(1)
    .map((tr) => [...tr.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()));
}

async function page(url: string) {
  return t.app.inject({ url, headers: { cookie: admin.cookie } });
}

beforeAll(async () => {
  t = await testApp();
  admin = await createStaff(t, 'administrator', { name: 'Ainura Admin' });
  editor = await createStaff(t, 'editor', { name: 'Erlan Editor' });
  await t.store.db.deleteFrom('audit_log').execute();
  const db = t.store.db;
  const ed = { id: editor.id, name: editor.name };
  // 20:30 UTC on the 10th is 02:30 on the 11th in Bishkek
  await audit(db, { user: ed, action: 'article.publish', articleId: 101, target: 'ru', details: { headline: 'Snow in Bishkek' }, ip: '10.0.0.5', at: at('2024-02-10T20:30:00Z') });
  await audit(db, { user: ed, action: 'article.unpublish', articleId: 101, ip: '10.0.0.5', at: at('2024-02-12T09:00:00Z') });
  await audit(db, { user: null, action: 'article.publish', articleId: 202, details: { via: 'scheduler' }, at: at('2024-02-13T06:00:00Z') });
  await audit(db, { user: { id: admin.id, name: admin.name }, action: 'user.role', target: 'someone@agency.test', details: { from: 'author', to: 'editor' }, ip: '10.0.0.1', at: at('2024-02-14T08:00:00Z') });
  await audit(db, { user: null, action: 'login.failed', target: 'guess@agency.test', details: { reason: 'unknown email' }, ip: '10.9.9.9', at: at('2024-02-14T08:30:00Z') });
});
afterAll(() => t.close());

describe('the audit log page', () => {
  it('lists entries newest first with time in the site zone, who, action, article link, target, details and address', async () => {
    const res = await page('/newsroom/audit/');
    expect(res.statusCode).toBe(200);
    const rows = rowsOf(res.body);
    expect(rows.map((r) => r[2])).toEqual(['login.failed', 'user.role', 'article.publish', 'article.unpublish', 'article.publish']);
    expect(rows[0]).toEqual(['14 Feb 2024, 14:30:00', 'not signed in', 'login.failed', '', 'guess@agency.test', 'reason: unknown email', '10.9.9.9']);
    expect(rows[1]).toEqual(['14 Feb 2024, 14:00:00', 'Ainura Admin', 'user.role', '', 'someone@agency.test', 'from: author; to: editor', '10.0.0.1']);
    expect(rows[2][1]).toBe('scheduler');
    expect(rows[4]).toEqual(['11 Feb 2024, 02:30:00', 'Erlan Editor', 'article.publish', '#101', 'ru', 'headline: Snow in Bishkek', '10.0.0.5']);
    expect(res.body).toContain('<a href="/newsroom/articles/101/">#101</a>');
    expect(res.body).toContain('datetime="2024-02-10T20:30:00.000Z"');
    expect(res.body).toContain('5 entries');
  });

  it('filters by action, person, article and days (in the site zone)', async () => {
    const action = rowsOf((await page('/newsroom/audit/?action=article.publish')).body);
    expect(action.map((r) => r[4] || r[3])).toEqual(['#202', 'ru']);
    const who = rowsOf((await page(`/newsroom/audit/?user=${editor.id}`)).body);
    expect(who).toHaveLength(2);
    expect(who.every((r) => r[1] === 'Erlan Editor')).toBe(true);
    const system = rowsOf((await page('/newsroom/audit/?user=system')).body);
    expect(system.map((r) => r[2])).toEqual(['login.failed', 'article.publish']);
    const article = rowsOf((await page('/newsroom/audit/?article=101')).body);
    expect(article.map((r) => r[2])).toEqual(['article.unpublish', 'article.publish']);
    expect(rowsOf((await page('/newsroom/audit/?article=%23101')).body)).toHaveLength(2);
    // the entry at 20:30 UTC on the 10th belongs to the 11th in Bishkek
    expect(rowsOf((await page('/newsroom/audit/?from=2024-02-11&to=2024-02-11')).body).map((r) => r[3])).toEqual(['#101']);
    expect(rowsOf((await page('/newsroom/audit/?to=2024-02-10')).body)).toHaveLength(0);
    expect(rowsOf((await page('/newsroom/audit/?from=2024-02-12&to=2024-02-13')).body)).toHaveLength(2);
    const combined = rowsOf((await page(`/newsroom/audit/?action=article.publish&user=${editor.id}&from=2024-02-11`)).body);
    expect(combined).toHaveLength(1);
    // the filters stay filled in
    const filled = await page(`/newsroom/audit/?action=user.role&article=&from=2024-02-14`);
    expect(filled.body).toMatch(/<option value="user.role" selected>/);
    expect(filled.body).toMatch(/id="audit-from"[^>]*value="2024-02-14"/);
    expect(filled.body).toContain('Clear filters');
  });

  it('explains a bad filter next to its field', async () => {
    const res = await page('/newsroom/audit/?article=abc&from=2024-02-31&to=yesterday');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('An article id is a number, like 1234.');
    expect(res.body).toMatch(/id="audit-article"[^>]*aria-invalid="true"/);
    expect(res.body).toMatch(/id="audit-from"[^>]*aria-invalid="true"/);
    expect(res.body).toMatch(/id="audit-to"[^>]*aria-invalid="true"/);
    expect(res.body).toContain('value="abc"');
    const reversed = await page('/newsroom/audit/?from=2024-02-14&to=2024-02-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('before the “From” date');
  });

  it('pages through the log 50 entries at a time, keeping the filters', async () => {
    const base = at('2024-01-01T00:00:00Z');
    const rows = Array.from({ length: 120 }, (_, i) => ({ at: base + i * 60_000, user_id: editor.id, user_name: editor.name, action: 'tag.change', article_id: null, target: `tag ${i}`, details: null, ip: null }));
    await t.store.db.insertInto('audit_log').values(rows).execute();
    const first = await page('/newsroom/audit/?action=tag.change');
    expect(rowsOf(first.body)).toHaveLength(50);
    expect(rowsOf(first.body)[0][4]).toBe('tag 119');
    expect(first.body).toContain('Page 1 of 3');
    expect(first.body).toContain('href="/newsroom/audit/?action=tag.change&amp;page=2"');
    expect(first.body).not.toContain('rel="prev"');
    const third = await page('/newsroom/audit/?action=tag.change&page=3');
    expect(rowsOf(third.body).map((r) => r[4])).toEqual(Array.from({ length: 20 }, (_, i) => `tag ${19 - i}`));
    expect(third.body).not.toContain('rel="next"');
    // past the end: the last page
    expect(rowsOf((await page('/newsroom/audit/?action=tag.change&page=99')).body)[0][4]).toBe('tag 19');
    // unfiltered: 125 entries over 3 pages
    expect((await page('/newsroom/audit/')).body).toContain('125 entries');
  });

  it('records sign-ins and user changes made through the newsroom (written next to the change)', async () => {
    await t.store.db.deleteFrom('audit_log').where('action', '=', 'user.invite').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/newsroom/users/',
      headers: { ...admin.browser, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ name: 'New Person', email: 'new.person@agency.test', role: 'translator' }).toString(),
      remoteAddress: '10.7.7.7',
    });
    expect(res.statusCode).toBe(201);
    const rows = rowsOf((await page('/newsroom/audit/?action=user.invite')).body);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(['14 Feb 2024, 14:50:00', 'Ainura Admin', 'user.invite', '', 'new.person@agency.test', 'name: New Person; role: translator', '10.7.7.7']);
  });
});
