// The accounts screens in Chromium: axe-core (WCAG 2.1 A/AA) finds nothing on sign-in, setup, the
// password link, the account page, users and the audit log, at desktop and phone widths; and a person
// signs in and out with the keyboard-and-mouse flow a browser really sends (cookies, CSRF, redirects).
// SHOTS_DIR=/tmp/shots also saves a screenshot of every screen.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AccountService, CLI_ACTOR } from '../../src/newsroom/accounts/service.js';
import { setupLinkIfNoUsers } from '../../src/newsroom/accounts/setup.js';
import { SESSION_COOKIE } from '../../src/newsroom/auth/sessions.js';
import { closeContext, describeWithChromium, formatViolations, launchBrowser, runAxe, VIEWPORTS } from '../support/browser.js';
import { createStaff, TEST_PASSWORD, type TestStaff } from '../support/newsroom.js';
import { startTestServer, type TestServer } from '../support/server.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SHOTS = process.env.SHOTS_DIR;

describeWithChromium('newsroom accounts screens in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: TestStaff;
  let setupPath: string;
  let invitePath: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    // before anyone exists: the setup link
    setupPath = new URL((await setupLinkIfNoUsers(server.store, server.config))!).pathname;
  });

  let fixtures: Promise<void> | null = null;
  /** Users and log entries for the signed-in screens, made after the setup test. */
  function withFixtures(): Promise<void> {
    fixtures ??= makeFixtures();
    return fixtures;
  }
  async function makeFixtures(): Promise<void> {
    admin = await createStaff(server, 'administrator', { name: 'Ainura Admin' });
    const accounts = new AccountService(server.store.db, server.config, Date.now);
    invitePath = new URL((await accounts.invite({ name: 'Bakyt Reporter', email: 'bakyt@agency.test', role: 'author' }, CLI_ACTOR)).url).pathname;
    // a few users and log entries so that the tables have rows to check
    await accounts.invite({ name: 'Cholpon Translator', email: 'cholpon@agency.test', role: 'translator' }, { user: { id: admin.id, name: admin.name }, ip: '10.0.0.1' });
    const gone = await createStaff(server, 'editor', { name: 'Former Editor' });
    await accounts.setDisabled(gone.id, true, { user: { id: admin.id, name: admin.name }, ip: '10.0.0.1' });
    await server.store.db.insertInto('audit_log').values({ at: Date.parse('2024-02-14T07:00:00Z'), user_id: gone.id, user_name: gone.name, action: 'article.publish', article_id: 101, target: 'ru', details: JSON.stringify({ headline: 'Snow in Bishkek' }), ip: '10.0.0.5' }).execute();
  }
  afterAll(async () => {
    for (const c of contexts) await closeContext(c).catch(() => {});
    await browser?.close();
    await server?.close();
  });

  async function pageFor(viewport: keyof typeof VIEWPORTS, staff: TestStaff | null): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], bypassCSP: true, reducedMotion: 'reduce' });
    contexts.push(context);
    if (staff) await context.addCookies([{ name: SESSION_COOKIE, value: staff.cookie.split('=')[1], url: server.baseUrl }]);
    return context.newPage();
  }

  async function check(page: Page, url: string, name: string, status = 200): Promise<string | null> {
    const res = await page.goto(server.url(url), { waitUntil: 'load' });
    expect(res?.status(), `${url} answered ${res?.status()}`).toBe(status);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      const vp = page.viewportSize()!.width < 600 ? 'phone' : 'desktop';
      await page.screenshot({ path: path.join(SHOTS, `${vp}-${name}.png`), fullPage: true });
    }
    const violations = await runAxe(page, WCAG_TAGS);
    return violations.length ? formatViolations(`${name} ${url}`, violations) : null;
  }

  it('sets up the first administrator through the setup page, which has no violations', { timeout: 240_000 }, async () => {
    const problems: Array<string | null> = [];
    for (const viewport of ['phone', 'desktop'] as const) {
      const page = await pageFor(viewport, null);
      problems.push(await check(page, setupPath, 'setup'));
      if (viewport === 'phone') continue;
      // a mistake first: the form comes back with the error next to the field and nothing lost
      await page.fill('#setup-name', 'Nurlan Chief');
      await page.fill('#setup-email', 'chief@agency.test');
      await page.fill('#setup-password', 'a long enough passphrase');
      await page.fill('#setup-password2', 'a different passphrase');
      await page.click('button[type=submit]');
      await page.waitForLoadState('load');
      expect(await page.inputValue('#setup-name')).toBe('Nurlan Chief');
      expect(await page.textContent('#setup-password2-error')).toBe('The two passwords are not the same.');
      problems.push(formatOrNull('setup with an error', await runAxe(page, WCAG_TAGS)));
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${viewport}-setup-error.png`), fullPage: true });
      await page.fill('#setup-password', 'a long enough passphrase');
      await page.fill('#setup-password2', 'a long enough passphrase');
      await Promise.all([page.waitForURL('**/newsroom/articles/**'), page.click('button[type=submit]')]);
      const users = await server.store.db.selectFrom('users').select(['email', 'role']).execute();
      expect(users).toEqual([{ email: 'chief@agency.test', role: 'administrator' }]);
    }
    expect(problems.filter(Boolean).join('\n\n')).toBe('');
  });

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`has no axe violations on the screens before sign-in (${viewport})`, { timeout: 240_000 }, async () => {
      await withFixtures();
      const page = await pageFor(viewport, null);
      const problems = [
        await check(page, '/newsroom/login/', 'login'),
        await check(page, setupPath, 'setup', 410), // users exist now: the "already set up" page
        await check(page, invitePath, 'invite'),
        await check(page, '/newsroom/reset/' + 'x'.repeat(43) + '/', 'link-invalid', 404),
      ];
      // the sign-in page with an error
      await page.goto(server.url('/newsroom/login/'));
      await page.fill('#login-email', 'nobody@agency.test');
      await page.fill('#login-password', 'wrong password');
      await page.click('button[type=submit]');
      await page.waitForLoadState('load');
      expect(await page.textContent('.nr-flash')).toContain('The email or password is not right.');
      problems.push(await check(page, page.url().replace(server.baseUrl, ''), 'login-error', 200));
      expect(problems.filter(Boolean).join('\n\n')).toBe('');
    });

    it(`has no axe violations on the account, users and audit screens (${viewport})`, { timeout: 240_000 }, async () => {
      await withFixtures();
      const page = await pageFor(viewport, admin);
      const user = await server.store.db.selectFrom('users').where('email', '=', 'cholpon@agency.test').select('id').executeTakeFirstOrThrow();
      const problems = [
        await check(page, '/newsroom/account/', 'account'),
        await check(page, '/newsroom/users/', 'users'),
        await check(page, `/newsroom/users/${user.id}/`, 'user'),
        await check(page, '/newsroom/audit/', 'audit'),
        await check(page, '/newsroom/audit/?article=abc', 'audit-bad-filter', 400),
      ];
      // a token just made, shown once
      await page.goto(server.url('/newsroom/account/'));
      await page.fill('#acc-token-name', 'wire importer');
      await page.click('text=Create token');
      await page.waitForLoadState('load');
      expect(await page.inputValue('#acc-new-token')).toMatch(/^nd_/);
      problems.push(formatOrNull('account with new token', await runAxe(page, WCAG_TAGS)));
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${viewport}-account-token.png`), fullPage: true });
      // an invitation link on the users page
      await page.goto(server.url('/newsroom/users/'));
      await page.fill('#invite-name', `Dana ${viewport}`);
      await page.fill('#invite-email', `dana-${viewport}@agency.test`);
      await page.selectOption('#invite-role', 'editor');
      await page.click('text=Create invitation link');
      await page.waitForLoadState('load');
      expect(await page.inputValue('#invite-link')).toContain('/newsroom/invite/');
      problems.push(formatOrNull('users with invitation', await runAxe(page, WCAG_TAGS)));
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${viewport}-users-invited.png`), fullPage: true });
      expect(problems.filter(Boolean).join('\n\n')).toBe('');
    });
  }

  it('the 403 page for an editor is a newsroom page without violations', { timeout: 120_000 }, async () => {
    await withFixtures();
    const editor = await createStaff(server, 'editor');
    const page = await pageFor('desktop', editor);
    const problem = await check(page, '/newsroom/users/', 'forbidden', 403);
    expect(await page.textContent('h1')).toBe('Not allowed');
    expect(problem).toBeNull();
  });

  it('signs in through the form, lands on the page asked for, and signs out', { timeout: 120_000 }, async () => {
    const person = await createStaff(server, 'editor', { name: 'Erlan Editor' });
    const page = await pageFor('desktop', null);
    await page.goto(server.url('/newsroom/account/'));
    expect(new URL(page.url()).pathname).toBe('/newsroom/login/');
    await page.fill('#login-email', person.email);
    await page.fill('#login-password', TEST_PASSWORD);
    await Promise.all([page.waitForURL('**/newsroom/account/'), page.press('#login-password', 'Enter')]);
    expect(await page.textContent('h1')).toBe('Your account');
    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    await Promise.all([page.waitForURL('**/newsroom/login/'), page.click('text=Sign out')]);
    expect(await page.textContent('.nr-flash')).toContain('You have signed out.');
    await page.goto(server.url('/newsroom/account/'));
    expect(new URL(page.url()).pathname).toBe('/newsroom/login/');
  });
});

function formatOrNull(where: string, violations: Awaited<ReturnType<typeof runAxe>>): string | null {
  return violations.length ? formatViolations(where, violations) : null;
}
