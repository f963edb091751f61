// Signing in and out, throttling, sessions (idle expiry, sign out everywhere), changing the password,
// personal API tokens, and CSRF on every account form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeNext } from '../../../src/newsroom/accounts/routes.js';
import { SESSION_COOKIE } from '../../../src/newsroom/auth/sessions.js';
import { testApp, type TestApp } from '../../support/app.js';
import { TEST_NOW } from '../../support/constants.js';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../../support/newsroom.js';
import { FormBrowser, messageOf } from './accounts-browser.js';

let t: TestApp;
let now = TEST_NOW;
const MIN = 60_000;

beforeAll(async () => {
  t = await testApp({ clock: () => now });
});
afterAll(() => t.close());

async function auditRows(action: string) {
  return t.store.db.selectFrom('audit_log').where('action', '=', action).selectAll().orderBy('id').execute();
}

describe('sign in', () => {
  let editor: TestStaff;
  beforeAll(async () => {
    editor = await createStaff(t, 'editor', { name: 'Aida Editor' });
  });

  it('shows a labelled form with a CSRF token and signs in with email and password', async () => {
    const b = new FormBrowser(t);
    const page = await b.get('/newsroom/login/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<label for="login-email">Email</label>');
    expect(page.body).toContain('<label for="login-password">Password</label>');
    expect(b.csrf).toMatch(/^[\w-]{20,}$/);
    const before = (await auditRows('login')).length;
    const res = await b.post('/newsroom/login/', { email: editor.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/newsroom/');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`${SESSION_COOKIE}=[^;]+;.*HttpOnly`, 'i'));
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const account = await b.get('/newsroom/account/');
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('Aida Editor');
    const logins = await auditRows('login');
    expect(logins.length).toBe(before + 1);
    expect(logins.at(-1)).toMatchObject({ user_id: editor.id, user_name: 'Aida Editor', ip: '127.0.0.1' });
    // Signed in already: the sign-in page goes on to the newsroom.
    expect((await b.get('/newsroom/login/')).headers.location).toBe('/newsroom/');
  });

  it('honours ?next= only for paths under /newsroom/ on this site', async () => {
    const b = new FormBrowser(t);
    const res = await b.signIn(editor.email, TEST_PASSWORD, '/newsroom/articles/?status=review');
    expect(res.headers.location).toBe('/newsroom/articles/?status=review');
    for (const evil of ['https://evil.example/newsroom/', '//evil.example/newsroom/', '/\\evil.example', '/newsroom/\\\\evil', '/ru/', 'javascript:alert(1)', '/newsroom/../ru/']) {
      const b2 = new FormBrowser(t);
      const r = await b2.signIn(editor.email, TEST_PASSWORD, evil);
      expect(r.headers.location, evil).toBe('/newsroom/');
    }
    expect(safeNext('/newsroom/login/')).toBe('/newsroom/');
    expect(safeNext('/newsroom/users/3/')).toBe('/newsroom/users/3/');
  });

  it('gives the same message for a wrong password and an unknown email, and records both', async () => {
    const b = new FormBrowser(t, { ip: '10.1.0.1' });
    await b.get('/newsroom/login/');
    const wrong = await b.post('/newsroom/login/', { email: editor.email, password: 'not the password' });
    const unknown = await b.post('/newsroom/login/', { email: 'nobody@newsroom.test', password: 'not the password' });
    expect(wrong.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(messageOf(wrong.body)).toBe('The email or password is not right.');
    expect(messageOf(unknown.body)).toBe(messageOf(wrong.body));
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
    // what was typed is kept (not the password)
    expect(unknown.body).toContain('value="nobody@newsroom.test"');
    expect(unknown.body).not.toContain('not the password');
    const failed = (await auditRows('login.failed')).filter((r) => r.ip === '10.1.0.1');
    expect(failed.map((r) => r.target)).toEqual([editor.email, 'nobody@newsroom.test']);
    expect(failed.every((r) => r.user_id === null)).toBe(true);
    await t.store.db.deleteFrom('login_failures').execute();
  });

  it('refuses a sign-in form without its CSRF token or with a forged one', async () => {
    const b = new FormBrowser(t);
    await b.get('/newsroom/login/');
    const none = await b.post('/newsroom/login/', { email: editor.email, password: TEST_PASSWORD }, { csrf: false });
    expect(none.statusCode).toBe(403);
    const forged = await b.post('/newsroom/login/', { email: editor.email, password: TEST_PASSWORD }, { csrf: 'A'.repeat(43) });
    expect(forged.statusCode).toBe(403);
    // no pre-session cookie at all (a cross-site form post)
    const bare = await t.app.inject({ method: 'POST', url: '/newsroom/login/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `email=${encodeURIComponent(editor.email)}&password=${encodeURIComponent(TEST_PASSWORD)}&_csrf=${'A'.repeat(43)}` });
    expect(bare.statusCode).toBe(403);
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
  });

  it('does not let a disabled user sign in, even with the right password', async () => {
    const gone = await createStaff(t, 'author');
    await t.store.db.updateTable('users').set({ disabled: 1 }).where('id', '=', gone.id).execute();
    const b = new FormBrowser(t);
    const res = await b.signIn(gone.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(messageOf(res.body)).toMatch(/disabled/);
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
    // their old session stops working too
    expect((await t.app.inject({ url: '/newsroom/account/', headers: { cookie: gone.cookie } })).statusCode).toBe(303);
  });
});

describe('throttling', () => {
  it('locks an account for 15 minutes after 5 failures in 15 minutes; the right password does not open the lock', async () => {
    const victim = await createStaff(t, 'author');
    const b = new FormBrowser(t, { ip: '10.2.0.1' });
    await b.get('/newsroom/login/');
    for (let i = 1; i <= 4; i++) {
      now += MIN;
      const r = await b.post('/newsroom/login/', { email: victim.email, password: `wrong ${i}` });
      expect(r.statusCode, `failure ${i}`).toBe(400);
    }
    now += MIN;
    const fifth = await b.post('/newsroom/login/', { email: victim.email, password: 'wrong 5' });
    expect(fifth.statusCode).toBe(429);
    expect(messageOf(fifth.body)).toBe('Too many failed sign-ins for this account. Try again in 15 minutes.');
    now += 5 * MIN;
    const right = await b.post('/newsroom/login/', { email: victim.email, password: TEST_PASSWORD });
    expect(right.statusCode).toBe(429);
    expect(messageOf(right.body)).toBe('Too many failed sign-ins for this account. Try again in 10 minutes.');
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
    // from another address too: it is the account that is locked
    const other = new FormBrowser(t, { ip: '10.2.0.2' });
    expect((await other.signIn(victim.email, TEST_PASSWORD)).statusCode).toBe(429);
    // another account from the same address is not affected
    const bystander = await createStaff(t, 'author');
    expect((await b.post('/newsroom/login/', { email: bystander.email, password: TEST_PASSWORD })).statusCode).toBe(303);
    const locked = (await auditRows('login.failed')).filter((r) => r.target === victim.email && r.details?.includes('locked'));
    expect(locked.length).toBe(2);
    // past the lock, the right password works
    now += 10 * MIN + 1000;
    const later = new FormBrowser(t, { ip: '10.2.0.1' });
    expect((await later.signIn(victim.email, TEST_PASSWORD)).statusCode).toBe(303);
  });

  it('failures spread over more than 15 minutes do not lock', async () => {
    const u = await createStaff(t, 'translator');
    const b = new FormBrowser(t, { ip: '10.3.0.1' });
    await b.get('/newsroom/login/');
    for (let i = 0; i < 8; i++) {
      now += 4 * MIN;
      expect((await b.post('/newsroom/login/', { email: u.email, password: 'nope nope nope' })).statusCode).toBe(400);
    }
    expect((await b.post('/newsroom/login/', { email: u.email, password: TEST_PASSWORD })).statusCode).toBe(303);
  });

  it('locks an address after 20 failures in 15 minutes, whatever emails were tried', async () => {
    const real = await createStaff(t, 'editor');
    const attacker = new FormBrowser(t, { ip: '10.4.0.66' });
    await attacker.get('/newsroom/login/');
    let last = null;
    for (let i = 0; i < 20; i++) {
      last = await attacker.post('/newsroom/login/', { email: `guess${i}@newsroom.test`, password: 'password123' });
    }
    expect(last!.statusCode).toBe(429);
    expect(messageOf(last!.body)).toBe('Too many failed sign-ins from your network address. Try again in 15 minutes.');
    const right = await attacker.post('/newsroom/login/', { email: real.email, password: TEST_PASSWORD });
    expect(right.statusCode).toBe(429);
    expect(messageOf(right.body)).toMatch(/from your network address/);
    // the same person from another address signs in
    expect((await new FormBrowser(t, { ip: '10.4.0.67' }).signIn(real.email, TEST_PASSWORD)).statusCode).toBe(303);
    now += 15 * MIN + 1000;
    expect((await attacker.post('/newsroom/login/', { email: real.email, password: TEST_PASSWORD })).statusCode).toBe(303);
  });
});

describe('sessions', () => {
  it('ends a session after the idle time and sends the browser to sign in again', async () => {
    const u = await createStaff(t, 'author');
    const b = new FormBrowser(t);
    await b.signIn(u.email, TEST_PASSWORD);
    now += t.config.sessionIdleMs - MIN;
    expect((await b.get('/newsroom/account/')).statusCode).toBe(200); // still fresh, and this slides the expiry
    now += t.config.sessionIdleMs - MIN;
    expect((await b.get('/newsroom/account/')).statusCode).toBe(200);
    now += t.config.sessionIdleMs + 1000;
    const res = await b.get('/newsroom/account/');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/newsroom/login/?next=%2Fnewsroom%2Faccount%2F');
    // the expired session is deleted (createStaff's own session, made on the real clock, is not ours)
    expect(await t.store.db.selectFrom('sessions').where('user_id', '=', u.id).where('user_agent', '!=', 'vitest').selectAll().execute()).toHaveLength(0);
  });

  it('signs out: the cookie is cleared, the session is gone from the database, and the old cookie no longer works', async () => {
    const u = await createStaff(t, 'author');
    const b = new FormBrowser(t);
    await b.signIn(u.email, TEST_PASSWORD);
    const cookie = b.cookie();
    await b.get('/newsroom/account/');
    const res = await b.post('/newsroom/logout/', {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/newsroom/login/');
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
    expect((await b.get('/newsroom/login/')).body).toContain('You have signed out.');
    expect((await t.app.inject({ url: '/newsroom/account/', headers: { cookie } })).statusCode).toBe(303);
    expect((await auditRows('logout')).some((r) => r.user_id === u.id)).toBe(true);
  });

  it('"sign out everywhere else" ends the other sessions and keeps this one; "everywhere" ends this one too', async () => {
    const u = await createStaff(t, 'editor');
    const laptop = new FormBrowser(t, { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Safari/605.1.15' });
    const phone = new FormBrowser(t, { ip: '10.5.0.9', userAgent: 'Mozilla/5.0 (Linux; Android 14) Chrome/121.0 Mobile' });
    await laptop.signIn(u.email, TEST_PASSWORD);
    await phone.signIn(u.email, TEST_PASSWORD);
    const page = await laptop.get('/newsroom/account/');
    expect(page.body).toContain('Safari on macOS');
    expect(page.body).toContain('Chrome on Android');
    expect(page.body).toContain('10.5.0.9');
    const res = await laptop.post('/newsroom/account/sessions/others/', {});
    expect(res.statusCode).toBe(303);
    // the createStaff session and the phone's
    expect(messageOf((await laptop.get('/newsroom/account/')).body)).toBe('Signed out of 2 other sessions.');
    expect((await phone.get('/newsroom/account/')).statusCode).toBe(303);
    expect((await t.app.inject({ url: '/newsroom/account/', headers: { cookie: u.cookie } })).statusCode).toBe(303);

    await phone.signIn(u.email, TEST_PASSWORD);
    await laptop.get('/newsroom/account/');
    const all = await laptop.post('/newsroom/account/sessions/all/', {});
    expect(all.headers.location).toBe('/newsroom/login/');
    expect((await laptop.get('/newsroom/account/')).statusCode).toBe(303);
    expect((await phone.get('/newsroom/account/')).statusCode).toBe(303);
    expect((await auditRows('logout.everywhere')).filter((r) => r.user_id === u.id)).toHaveLength(2);
  });

  it('signs out one other session from the list', async () => {
    const u = await createStaff(t, 'editor');
    const a = new FormBrowser(t);
    const b = new FormBrowser(t, { ip: '10.6.0.2' });
    await a.signIn(u.email, TEST_PASSWORD);
    await b.signIn(u.email, TEST_PASSWORD);
    const page = await a.get('/newsroom/account/');
    const bHash = (await t.store.db.selectFrom('sessions').where('ip', '=', '10.6.0.2').where('user_id', '=', u.id).select('token_hash').executeTakeFirstOrThrow()).token_hash;
    expect(page.body).toContain(`value="${bHash.slice(0, 16)}"`);
    await a.post('/newsroom/account/sessions/end/', { session: bHash.slice(0, 16) });
    expect((await b.get('/newsroom/account/')).statusCode).toBe(303);
    expect((await a.get('/newsroom/account/')).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/newsroom/account/', headers: { cookie: u.cookie } })).statusCode).toBe(200);
  });
});

describe('changing the password', () => {
  it('needs the current password and the new one twice, then ends the other sessions', async () => {
    const u = await createStaff(t, 'author');
    const b = new FormBrowser(t);
    await b.signIn(u.email, TEST_PASSWORD);
    await b.get('/newsroom/account/');
    const wrongCurrent = await b.post('/newsroom/account/password/', { current: 'not it at all', password: 'a brand new passphrase', password2: 'a brand new passphrase' });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.body).toContain('This is not your current password.');
    expect(wrongCurrent.body).toMatch(/id="acc-current"[^>]*aria-invalid="true"/);
    const mismatch = await b.post('/newsroom/account/password/', { current: TEST_PASSWORD, password: 'a brand new passphrase', password2: 'a brand new passphrasf' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('The two passwords are not the same.');
    const short = await b.post('/newsroom/account/password/', { current: TEST_PASSWORD, password: 'short', password2: 'short' });
    expect(short.body).toContain('at least 10 characters');
    const ok = await b.post('/newsroom/account/password/', { current: TEST_PASSWORD, password: 'a brand new passphrase', password2: 'a brand new passphrase' });
    expect(ok.statusCode).toBe(303);
    expect(messageOf((await b.get('/newsroom/account/')).body)).toBe('Password changed. 1 other session was signed out.');
    expect((await t.app.inject({ url: '/newsroom/account/', headers: { cookie: u.cookie } })).statusCode).toBe(303);
    expect((await new FormBrowser(t).signIn(u.email, TEST_PASSWORD)).statusCode).toBe(400);
    expect((await new FormBrowser(t).signIn(u.email, 'a brand new passphrase')).statusCode).toBe(303);
    expect((await auditRows('password.change')).some((r) => r.user_id === u.id)).toBe(true);
  });
});

describe('personal API tokens', () => {
  it('creates a token shown once, which works against the API until it is revoked', async () => {
    const u = await createStaff(t, 'editor', { name: 'Token Owner' });
    const b = new FormBrowser(t);
    await b.signIn(u.email, TEST_PASSWORD);
    await b.get('/newsroom/account/');
    const empty = await b.post('/newsroom/account/tokens/', { name: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Give the token a name');
    const made = await b.post('/newsroom/account/tokens/', { name: 'wire importer' });
    expect(made.statusCode).toBe(201);
    const token = /id="acc-new-token"[^>]*value="(nd_[^"]+)"/.exec(made.body)?.[1];
    expect(token).toBeDefined();
    const me = await t.app.inject({ url: '/api/v1/newsroom/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: u.id, email: u.email, role: 'editor', via: 'token' });
    // listed by name and prefix afterwards, never in full again
    const page = await b.get('/newsroom/account/');
    expect(page.body).toContain('wire importer');
    expect(page.body).toContain(`${token!.slice(0, 10)}…`);
    expect(page.body).not.toContain(token!);
    // an API token cannot manage the account (no new tokens from a token)
    const viaToken = await t.app.inject({ method: 'POST', url: '/newsroom/account/tokens/', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=more' });
    expect(viaToken.statusCode).toBe(403);
    const row = await t.store.db.selectFrom('api_tokens').where('user_id', '=', u.id).where('name', '=', 'wire importer').select('id').executeTakeFirstOrThrow();
    const revoked = await b.post(`/newsroom/account/tokens/${row.id}/revoke/`, {});
    expect(revoked.statusCode).toBe(303);
    expect((await t.app.inject({ url: '/api/v1/newsroom/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const actions = (await t.store.db.selectFrom('audit_log').where('user_id', '=', u.id).select('action').execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['token.create', 'token.revoke']));
    // someone else's token id does nothing
    const other = await createStaff(t, 'author');
    const theirs = await t.store.db.selectFrom('api_tokens').where('user_id', '=', other.id).select('id').executeTakeFirstOrThrow();
    await b.post(`/newsroom/account/tokens/${theirs.id}/revoke/`, {});
    expect((await t.app.inject({ url: '/api/v1/newsroom/me', headers: other.api })).statusCode).toBe(200);
  });
});

describe('CSRF on every account form', () => {
  it('refuses each POST made with the session cookie but without the token', async () => {
    const u = await createStaff(t, 'administrator');
    const tokenId = (await t.store.db.selectFrom('api_tokens').where('user_id', '=', u.id).select('id').executeTakeFirstOrThrow()).id;
    const forms: Array<[string, Record<string, string>]> = [
      ['/newsroom/logout/', {}],
      ['/newsroom/account/password/', { current: TEST_PASSWORD, password: 'another long password', password2: 'another long password' }],
      ['/newsroom/account/sessions/end/', { session: '0123456789abcdef' }],
      ['/newsroom/account/sessions/others/', {}],
      ['/newsroom/account/sessions/all/', {}],
      ['/newsroom/account/tokens/', { name: 'sneaky' }],
      [`/newsroom/account/tokens/${tokenId}/revoke/`, {}],
    ];
    for (const [url, form] of forms) {
      const res = await t.app.inject({ method: 'POST', url, headers: { cookie: u.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
      expect(res.statusCode, url).toBe(403);
    }
    // nothing happened
    expect((await t.app.inject({ url: '/newsroom/account/', headers: { cookie: u.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/newsroom/me', headers: u.api })).statusCode).toBe(200);
    expect(await t.store.db.selectFrom('api_tokens').where('name', '=', 'sneaky').selectAll().execute()).toHaveLength(0);
  });
});

describe('escaping', () => {
  it('shows a name with markup as text on the account page and in the top bar', async () => {
    const u = await createStaff(t, 'editor', { name: '<script>alert(1)</script>' });
    const res = await t.app.inject({ url: '/newsroom/account/', headers: { cookie: u.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const b = new FormBrowser(t);
    await b.get('/newsroom/login/');
    const echoed = await b.post('/newsroom/login/', { email: '"><script>alert(2)</script>', password: 'x' });
    expect(echoed.body).not.toContain('<script>alert(2)</script>');
    expect(echoed.body).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });
});
