// One-time links: the first administrator's setup link (once, only while there are no users), and
// invitation and reset links (once, 7 days and 24 hours).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OneTimeLinkStore } from '../../../src/newsroom/accounts/links.js';
import { AccountService, CLI_ACTOR } from '../../../src/newsroom/accounts/service.js';
import { setupAnnouncement, setupLinkIfNoUsers } from '../../../src/newsroom/accounts/setup.js';
import { SESSION_COOKIE } from '../../../src/newsroom/auth/sessions.js';
import { sha256 } from '../../../src/newsroom/auth/secrets.js';
import { testApp, type TestApp } from '../../support/app.js';
import { TEST_NOW } from '../../support/constants.js';
import { FormBrowser, messageOf } from './accounts-browser.js';

let t: TestApp;
let now = TEST_NOW;
const HOUR = 3_600_000;
const pathOf = (url: string) => new URL(url).pathname;

beforeAll(async () => {
  t = await testApp({ clock: () => now });
});
afterAll(() => t.close());

describe('the first administrator', () => {
  let setupUrl: string;

  it('makes a setup link while there are no users, keeping only its hash', async () => {
    expect(await t.store.db.selectFrom('users').select('id').execute()).toHaveLength(0);
    const first = await setupLinkIfNoUsers(t.store, t.config, () => now);
    setupUrl = (await setupLinkIfNoUsers(t.store, t.config, () => now))!;
    expect(setupUrl).toMatch(/^http:\/\/news\.test\/newsroom\/setup\/[\w-]{43}\/$/);
    expect(setupAnnouncement(setupUrl)).toBe(`Newsroom setup: open ${setupUrl} to create the first administrator`);
    const token = setupUrl.split('/').at(-2)!;
    const rows = await t.store.db.selectFrom('one_time_links').selectAll().execute();
    expect(rows.some((r) => r.token_hash === sha256(token) && r.kind === 'setup' && r.user_id === null && Number(r.expires_at) === now + 24 * HOUR)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
    // a newer link replaces the older one
    const older = await new FormBrowser(t).get(pathOf(first!));
    expect(older.statusCode).toBe(410);
    expect(older.body).toContain('This link has already been used');
  });

  it('asks for name, email and the password twice, and keeps what was typed when something is wrong', async () => {
    const b = new FormBrowser(t);
    const form = await b.get(pathOf(setupUrl));
    expect(form.statusCode).toBe(200);
    for (const label of ['Your name', 'Email', 'Password', 'Password again']) expect(form.body).toContain(`>${label}</label>`);
    const bad = await b.post(pathOf(setupUrl), { name: 'Nurlan Admin', email: 'not-an-email', password: 'long enough password', password2: 'long enough passwort' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('value="Nurlan Admin"');
    expect(bad.body).toContain('value="not-an-email"');
    expect(bad.body).toContain('Enter an email address like name@example.com.');
    expect(bad.body).toContain('The two passwords are not the same.');
    const noCsrf = await b.post(pathOf(setupUrl), { name: 'Nurlan Admin', email: 'admin@agency.test', password: 'long enough password', password2: 'long enough password' }, { csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    expect(await t.store.db.selectFrom('users').select('id').execute()).toHaveLength(0);
  });

  it('creates the administrator, signs them in and records it; the link then works no more', async () => {
    const b = new FormBrowser(t);
    await b.get(pathOf(setupUrl));
    const res = await b.post(pathOf(setupUrl), { name: 'Nurlan Admin', email: 'Admin@Agency.test', password: 'long enough password', password2: 'long enough password' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/newsroom/');
    expect(b.jar.has(SESSION_COOKIE)).toBe(true);
    const users = await t.store.db.selectFrom('users').selectAll().execute();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: 'admin@agency.test', name: 'Nurlan Admin', role: 'administrator', disabled: 0 });
    expect(users[0].password_hash).toMatch(/^\$argon2id\$/);
    const users2 = await b.get('/newsroom/users/');
    expect(users2.statusCode).toBe(200);
    expect(messageOf(users2.body)).toMatch(/^Welcome, Nurlan Admin/);
    const setup = await t.store.db.selectFrom('audit_log').where('action', '=', 'setup').selectAll().execute();
    expect(setup).toHaveLength(1);
    expect(setup[0]).toMatchObject({ user_id: users[0].id, target: 'admin@agency.test' });

    const again = await new FormBrowser(t).get(pathOf(setupUrl));
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('already set up');
    const post = await new FormBrowser(t).post(pathOf(setupUrl), { name: 'Intruder', email: 'x@evil.test', password: 'long enough password', password2: 'long enough password' });
    expect([403, 410]).toContain(post.statusCode);
    expect(await t.store.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });

  it('makes no setup link once users exist, and refuses an unused one made before', async () => {
    expect(await setupLinkIfNoUsers(t.store, t.config, () => now)).toBeNull();
    // a link made while the table was empty (e.g. a second server) stops working when a user appears
    const { token } = await new OneTimeLinkStore(t.store.db, () => now).create('setup', null);
    const res = await new FormBrowser(t).get(`/newsroom/setup/${token}/`);
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('The newsroom is already set up');
  });

  it('answers unknown and malformed setup tokens with a clear page', async () => {
    for (const token of ['A'.repeat(43), 'short', '%3Cscript%3E']) {
      const res = await new FormBrowser(t).get(`/newsroom/setup/${token}/`);
      expect([404, 410]).toContain(res.statusCode);
      expect(res.body).toContain('<h1>');
      expect(res.body).not.toContain('<script>');
    }
  });
});

describe('invitation and reset links', () => {
  let accounts: AccountService;
  beforeAll(() => {
    accounts = new AccountService(t.store.db, t.config, () => now);
  });

  it('an invitation sets the password once, signs the person in, and cannot be used again', async () => {
    const { url, user } = await accounts.invite({ name: 'Gulnara Author', email: 'gulnara@agency.test', role: 'author' }, CLI_ACTOR);
    expect(pathOf(url)).toMatch(/^\/newsroom\/invite\/[\w-]{43}\/$/);
    const b = new FormBrowser(t);
    const form = await b.get(pathOf(url));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Welcome to the newsroom');
    expect(form.body).toContain('gulnara@agency.test');
    // not signed in yet: the invited account has no password
    expect((await new FormBrowser(t).signIn('gulnara@agency.test', '')).statusCode).toBe(400);
    const short = await b.post(pathOf(url), { password: 'too short', password2: 'too short' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('at least 10 characters');
    const ok = await b.post(pathOf(url), { password: 'gulnara writes stories', password2: 'gulnara writes stories' });
    expect(ok.statusCode).toBe(303);
    expect(b.jar.has(SESSION_COOKIE)).toBe(true);
    expect((await b.get('/newsroom/account/')).body).toContain('Gulnara Author');
    const reused = await new FormBrowser(t).get(pathOf(url));
    expect(reused.statusCode).toBe(410);
    expect(reused.body).toContain('This link has already been used');
    const reusedPost = await new FormBrowser(t).post(pathOf(url), { password: 'attacker password here', password2: 'attacker password here' });
    expect([403, 410]).toContain(reusedPost.statusCode);
    expect((await new FormBrowser(t).signIn('gulnara@agency.test', 'gulnara writes stories')).statusCode).toBe(303);
    const audit = await t.store.db.selectFrom('audit_log').where('user_id', '=', user.id).select(['action', 'details']).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['password.change', 'login']));
  });

  it('an invitation expires after 7 days', async () => {
    const { url } = await accounts.invite({ name: 'Late Comer', email: 'late@agency.test', role: 'translator' }, CLI_ACTOR);
    now += 7 * 24 * HOUR - HOUR;
    // opened in time, sent too late
    const b = new FormBrowser(t);
    expect((await b.get(pathOf(url))).statusCode).toBe(200);
    now += 2 * HOUR;
    const post = await b.post(pathOf(url), { password: 'late but keen writer', password2: 'late but keen writer' });
    expect(post.statusCode).toBe(410);
    expect(post.body).toContain('This link has expired');
    const res = await new FormBrowser(t).get(pathOf(url));
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('Invitations work for 7 days');
    const user = await accounts.users.byEmail('late@agency.test');
    expect(user!.hasPassword).toBe(false);
  });

  it('a reset link works for 24 hours, once, ends the old sessions, and only the newest link works', async () => {
    const invited = await accounts.invite({ name: 'Reset Me', email: 'reset@agency.test', role: 'editor' }, CLI_ACTOR);
    await accounts.setPassword(invited.user.id, 'the first password', CLI_ACTOR);
    const oldSession = new FormBrowser(t);
    expect((await oldSession.signIn('reset@agency.test', 'the first password')).statusCode).toBe(303);

    const first = await accounts.resetLink(invited.user.id, CLI_ACTOR);
    const second = await accounts.resetLink(invited.user.id, CLI_ACTOR);
    expect(first.kind).toBe('reset');
    expect(pathOf(second.url)).toMatch(/^\/newsroom\/reset\//);
    expect((await new FormBrowser(t).get(pathOf(first.url))).statusCode).toBe(410);

    now += 23 * HOUR;
    const b = new FormBrowser(t);
    const form = await b.get(pathOf(second.url));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Choose a new password');
    const res = await b.post(pathOf(second.url), { password: 'the second password', password2: 'the second password' });
    expect(res.statusCode).toBe(303);
    expect((await oldSession.get('/newsroom/account/')).statusCode).toBe(303);
    expect((await new FormBrowser(t).signIn('reset@agency.test', 'the first password')).statusCode).toBe(400);
    expect((await new FormBrowser(t).signIn('reset@agency.test', 'the second password')).statusCode).toBe(303);
    expect((await new FormBrowser(t).get(pathOf(second.url))).statusCode).toBe(410);

    const third = await accounts.resetLink(invited.user.id, CLI_ACTOR);
    now += 24 * HOUR + 1000;
    const expired = await new FormBrowser(t).get(pathOf(third.url));
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('This link has expired');
  });

  it('a link of a disabled user does not work', async () => {
    const { url, user } = await accounts.invite({ name: 'Soon Gone', email: 'gone@agency.test', role: 'author' }, CLI_ACTOR);
    await t.store.db.updateTable('users').set({ disabled: 1 }).where('id', '=', user.id).execute();
    const res = await new FormBrowser(t).get(pathOf(url));
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('This account is disabled');
  });

  it('a setup token does not work as an invitation, nor the other way round', async () => {
    const { url } = await accounts.invite({ name: 'Cross Over', email: 'cross@agency.test', role: 'author' }, CLI_ACTOR);
    const token = url.split('/').at(-2);
    expect((await new FormBrowser(t).get(`/newsroom/setup/${token}/`)).statusCode).toBe(410);
    // the invitation still works at its own address (and at /reset/, the same page)
    expect((await new FormBrowser(t).get(`/newsroom/reset/${token}/`)).statusCode).toBe(200);
  });
});
