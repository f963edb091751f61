// The users pages: administrators only; inviting, roles, disabling, reset links, the last
// administrator, CSRF on every form, and names shown as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/store/schema.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../../support/newsroom.js';
import { FormBrowser, messageOf } from './accounts-browser.js';

let t: TestApp;
let admin: TestStaff;

beforeAll(async () => {
  t = await testApp();
  admin = await createStaff(t, 'administrator', { name: 'Ainura Admin' });
});
afterAll(() => t.close());

/** A signed-in browser for a TestStaff (their session cookie, and the CSRF token of their session). */
function browserOf(s: TestStaff): FormBrowser {
  const b = new FormBrowser(t);
  const [name, value] = s.cookie.split('=');
  b.jar.set(name, value);
  b.csrf = s.csrf;
  return b;
}

async function auditOf(action: string, target: string) {
  return t.store.db.selectFrom('audit_log').where('action', '=', action).where('target', '=', target).selectAll().execute();
}

describe('who may manage users', () => {
  it('sends anonymous visitors to sign in', async () => {
    const res = await t.app.inject({ url: '/newsroom/users/' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/newsroom/login/?next=%2Fnewsroom%2Fusers%2F');
  });

  for (const role of ['editor', 'author', 'translator'] as Role[]) {
    it(`refuses ${role}s with 403 on every users and audit page and form`, async () => {
      const s = await createStaff(t, role);
      const victim = await createStaff(t, 'author');
      const gets = ['/newsroom/users/', `/newsroom/users/${victim.id}/`, '/newsroom/audit/', '/newsroom/audit/?action=login'];
      for (const url of gets) {
        const res = await t.app.inject({ url, headers: { cookie: s.cookie } });
        expect(res.statusCode, url).toBe(403);
        expect(res.body).toContain('<h1>Not allowed</h1>');
        expect(res.body).toContain('class="nr-top"'); // the newsroom layout, with the way back
      }
      const posts: Array<[string, Record<string, string>]> = [
        ['/newsroom/users/', { name: 'Sneaky', email: 'sneaky@x.test', role: 'administrator' }],
        [`/newsroom/users/${victim.id}/role/`, { role: 'administrator' }],
        [`/newsroom/users/${s.id}/role/`, { role: 'administrator' }],
        [`/newsroom/users/${victim.id}/disable/`, {}],
        [`/newsroom/users/${victim.id}/enable/`, {}],
        [`/newsroom/users/${victim.id}/reset/`, {}],
      ];
      for (const [url, form] of posts) {
        const res = await t.app.inject({ method: 'POST', url, headers: { ...s.browser, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
        expect(res.statusCode, url).toBe(403);
      }
      const after = await t.store.db.selectFrom('users').where('id', 'in', [s.id, victim.id]).select(['role', 'disabled']).execute();
      expect(after.map((u) => u.role).sort()).toEqual([role, 'author'].sort());
      expect(after.every((u) => u.disabled === 0)).toBe(true);
      expect(await t.store.db.selectFrom('users').where('email', '=', 'sneaky@x.test').select('id').execute()).toHaveLength(0);
      // nor with their API token
      expect((await t.app.inject({ url: '/newsroom/users/', headers: s.api })).statusCode).toBe(403);
    });
  }

  it('lets administrators in and hides the links from others', async () => {
    const res = await t.app.inject({ url: '/newsroom/users/', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/newsroom/users/"');
    expect(res.body).toContain('href="/newsroom/audit/"');
    const editor = await createStaff(t, 'editor');
    const theirs = await t.app.inject({ url: '/newsroom/account/', headers: { cookie: editor.cookie } });
    expect(theirs.body).not.toContain('href="/newsroom/users/"');
    expect(theirs.body).not.toContain('href="/newsroom/audit/"');
  });
});

describe('the users list and invitations', () => {
  it('lists name, email, role, status and the last sign-in', async () => {
    const signedIn = await createStaff(t, 'translator', { name: 'Timur Translator' });
    await new FormBrowser(t).signIn(signedIn.email, TEST_PASSWORD);
    const res = await t.app.inject({ url: '/newsroom/users/', headers: { cookie: admin.cookie } });
    const row = res.body.split('<tr').find((r) => r.includes('Timur Translator'))!;
    expect(row).toContain(signedIn.email);
    expect(row).toContain('Translator');
    expect(row).toContain('active');
    expect(row).toContain('14 Feb 2024, 14:50'); // TEST_NOW in Bishkek
    expect(res.body).toContain('Ainura Admin</a><span class="nr-muted"> (you)</span>');
  });

  it('invites someone: the user exists without a password and the page shows the one-time link', async () => {
    const b = browserOf(admin);
    const res = await b.post('/newsroom/users/', { name: 'Bakyt Reporter', email: 'Bakyt@Agency.test', role: 'author' });
    expect(res.statusCode).toBe(201);
    const link = /id="invite-link"[^>]*value="([^"]+)"/.exec(res.body)?.[1];
    expect(link).toMatch(/^http:\/\/news\.test\/newsroom\/invite\/[\w-]{43}\/$/);
    expect(res.body).toContain('nothing is emailed');
    const user = await t.store.db.selectFrom('users').where('email', '=', 'bakyt@agency.test').selectAll().executeTakeFirstOrThrow();
    expect(user).toMatchObject({ name: 'Bakyt Reporter', role: 'author', password_hash: null });
    const row = res.body.split('<tr').find((r) => r.includes('Bakyt Reporter'))!;
    expect(row).toContain('invited');
    expect(await auditOf('user.invite', 'bakyt@agency.test')).toHaveLength(1);
    // the link works
    const page = await new FormBrowser(t).get(new URL(link!).pathname);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Bakyt Reporter');
  });

  it('refuses a bad invitation with the errors next to the fields, keeping what was typed', async () => {
    const b = browserOf(admin);
    const bad = await b.post('/newsroom/users/', { name: '', email: 'no-at-sign', role: 'boss' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a name.');
    expect(bad.body).toContain('Enter an email address like name@example.com.');
    expect(bad.body).toContain('Choose a role');
    expect(bad.body).toContain('value="no-at-sign"');
    expect(bad.body).toMatch(/id="invite-email"[^>]*aria-invalid="true"/);
    const taken = await b.post('/newsroom/users/', { name: 'Second Admin', email: admin.email.toUpperCase(), role: 'editor' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain(`A user with the email ${admin.email} already exists.`);
    expect(taken.body).toContain('value="Second Admin"');
    expect(taken.body).toMatch(/<option value="editor" selected>/);
  });
});

describe('changing a user', () => {
  it('changes the role and records from and to', async () => {
    const u = await createStaff(t, 'author');
    const b = browserOf(admin);
    const page = await b.get(`/newsroom/users/${u.id}/`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(u.email);
    const res = await b.post(`/newsroom/users/${u.id}/role/`, { role: 'editor' });
    expect(res.statusCode).toBe(303);
    expect(messageOf((await b.get(`/newsroom/users/${u.id}/`)).body)).toBe(`${u.name} is now an editor.`);
    expect((await t.store.db.selectFrom('users').where('id', '=', u.id).select('role').executeTakeFirstOrThrow()).role).toBe('editor');
    const entry = (await auditOf('user.role', u.email))[0];
    expect(entry).toMatchObject({ user_id: admin.id });
    expect(JSON.parse(entry.details!)).toEqual({ from: 'author', to: 'editor' });
    // the new role applies to the open session at once
    expect((await t.app.inject({ url: '/newsroom/account/', headers: { cookie: u.cookie } })).body).toContain('>editor</span>');
    const bad = await b.post(`/newsroom/users/${u.id}/role/`, { role: 'superuser' });
    expect(bad.statusCode).toBe(400);
  });

  it('disabling ends the sessions and stops the API tokens; enabling lets them back', async () => {
    const u = await createStaff(t, 'editor');
    expect((await t.app.inject({ url: '/api/v1/newsroom/me', headers: u.api })).statusCode).toBe(200);
    const b = browserOf(admin);
    const res = await b.post(`/newsroom/users/${u.id}/disable/`, {});
    expect(res.statusCode).toBe(303);
    expect(messageOf((await b.get(`/newsroom/users/${u.id}/`)).body)).toMatch(/is disabled: signed out everywhere/);
    expect((await t.app.inject({ url: '/newsroom/account/', headers: { cookie: u.cookie } })).statusCode).toBe(303);
    expect(await t.store.db.selectFrom('sessions').where('user_id', '=', u.id).selectAll().execute()).toHaveLength(0);
    expect((await t.app.inject({ url: '/api/v1/newsroom/me', headers: u.api })).statusCode).toBe(401);
    expect((await new FormBrowser(t).signIn(u.email, TEST_PASSWORD)).statusCode).toBe(403);
    const list = await b.get('/newsroom/users/');
    expect(list.body.split('<tr').find((r) => r.includes(u.email))).toContain('disabled');

    await b.post(`/newsroom/users/${u.id}/enable/`, {});
    expect((await t.app.inject({ url: '/api/v1/newsroom/me', headers: u.api })).statusCode).toBe(200);
    expect((await new FormBrowser(t).signIn(u.email, TEST_PASSWORD)).statusCode).toBe(303);
    expect(await auditOf('user.disable', u.email)).toHaveLength(1);
    expect(await auditOf('user.enable', u.email)).toHaveLength(1);
  });

  it('makes a reset link that the user can open', async () => {
    const u = await createStaff(t, 'author');
    const b = browserOf(admin);
    const res = await b.post(`/newsroom/users/${u.id}/reset/`, {});
    expect(res.statusCode).toBe(201);
    const link = /id="user-link"[^>]*value="([^"]+)"/.exec(res.body)?.[1];
    expect(link).toMatch(/\/newsroom\/reset\/[\w-]{43}\/$/);
    expect((await new FormBrowser(t).get(new URL(link!).pathname)).body).toContain('Choose a new password');
    expect(await auditOf('password.reset', u.email)).toHaveLength(1);
  });

  it('answers an unknown user with 404', async () => {
    expect((await t.app.inject({ url: '/newsroom/users/999999/', headers: { cookie: admin.cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/newsroom/users/abc/', headers: { cookie: admin.cookie } })).statusCode).toBe(404);
  });
});

describe('the last active administrator', () => {
  it('cannot be disabled or demoted, by themselves or anyone; with a second administrator they can', async () => {
    const app2 = await testApp();
    try {
      const only = await createStaff(app2, 'administrator');
      const b = new FormBrowser(app2);
      const [name, value] = only.cookie.split('=');
      b.jar.set(name, value);
      b.csrf = only.csrf;
      const demote = await b.post(`/newsroom/users/${only.id}/role/`, { role: 'editor' });
      expect(demote.statusCode).toBe(409);
      expect(demote.body).toContain('is the last active administrator');
      const disable = await b.post(`/newsroom/users/${only.id}/disable/`, {});
      expect(disable.statusCode).toBe(303);
      expect(messageOf((await b.get(`/newsroom/users/${only.id}/`)).body)).toMatch(/last active administrator/);
      const row = await app2.store.db.selectFrom('users').where('id', '=', only.id).select(['role', 'disabled']).executeTakeFirstOrThrow();
      expect(row).toEqual({ role: 'administrator', disabled: 0 });
      // a disabled administrator does not count
      const dormant = await createStaff(app2, 'administrator');
      await app2.store.db.updateTable('users').set({ disabled: 1 }).where('id', '=', dormant.id).execute();
      expect((await b.post(`/newsroom/users/${only.id}/role/`, { role: 'editor' })).statusCode).toBe(409);
      // with a second active administrator, demoting oneself works and leads away from the admin pages
      const second = await createStaff(app2, 'administrator');
      const ok = await b.post(`/newsroom/users/${only.id}/role/`, { role: 'editor' });
      expect(ok.statusCode).toBe(303);
      expect(ok.headers.location).toBe('/newsroom/account/');
      // and now the second is the last one
      const b2 = new FormBrowser(app2);
      b2.jar.set(...(second.cookie.split('=') as [string, string]));
      b2.csrf = second.csrf;
      expect((await b2.post(`/newsroom/users/${second.id}/role/`, { role: 'author' })).statusCode).toBe(409);
    } finally {
      await app2.close();
    }
  });
});

describe('CSRF on the users forms', () => {
  it('refuses each POST made with the session cookie but without the token', async () => {
    const u = await createStaff(t, 'author');
    const forms: Array<[string, Record<string, string>]> = [
      ['/newsroom/users/', { name: 'Forged', email: 'forged@x.test', role: 'administrator' }],
      [`/newsroom/users/${u.id}/role/`, { role: 'administrator' }],
      [`/newsroom/users/${u.id}/disable/`, {}],
      [`/newsroom/users/${u.id}/enable/`, {}],
      [`/newsroom/users/${u.id}/reset/`, {}],
    ];
    for (const [url, form] of forms) {
      const res = await t.app.inject({ method: 'POST', url, headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
      expect(res.statusCode, url).toBe(403);
      expect(res.body).toContain('did not come from this site');
    }
    const row = await t.store.db.selectFrom('users').where('id', '=', u.id).select(['role', 'disabled']).executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'author', disabled: 0 });
    expect(await t.store.db.selectFrom('users').where('email', '=', 'forged@x.test').select('id').execute()).toHaveLength(0);
  });
});

describe('escaping', () => {
  it('shows a user named <script>alert(1)</script> as text on the users, user, invitation and audit pages', async () => {
    const evil = '<script>alert(1)</script>';
    const b = browserOf(admin);
    const invited = await b.post('/newsroom/users/', { name: evil, email: 'xss@agency.test', role: 'author' });
    expect(invited.statusCode).toBe(201);
    const user = await t.store.db.selectFrom('users').where('email', '=', 'xss@agency.test').select('id').executeTakeFirstOrThrow();
    const link = /id="invite-link"[^>]*value="([^"]+)"/.exec(invited.body)![1];
    const asStaff = await createStaff(t, 'editor', { name: evil });
    await new FormBrowser(t).signIn(asStaff.email, TEST_PASSWORD); // their name goes into the audit log
    const pages = [
      invited,
      await b.get('/newsroom/users/'),
      await b.get(`/newsroom/users/${user.id}/`),
      await b.get('/newsroom/audit/'),
      await b.get(`/newsroom/audit/?user=${asStaff.id}`),
      await new FormBrowser(t).get(new URL(link).pathname),
      await t.app.inject({ url: '/newsroom/account/', headers: { cookie: asStaff.cookie } }),
      await t.app.inject({ url: '/newsroom/users/', headers: { cookie: asStaff.cookie } }), // the 403 page names them
    ];
    for (const page of pages) {
      expect(page.body).not.toContain(evil);
      expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });
});
