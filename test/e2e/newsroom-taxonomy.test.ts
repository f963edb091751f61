// Rubrics, tags and rates corrections in real Chromium: an editor creates a rubric (with a slug
// mistake first), moves it up the menu, renames a tag, corrects a rate (with the confirmation for an
// implausible value); axe-core finds no WCAG 2.1 A/AA violations on any of these screens at desktop
// and phone widths, nor on the public header showing a corrected rate.
// NEWSROOM_SHOTS=/tmp/shots/taxonomy saves screenshots of every screen at 1280 and 390 px.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/newsroom/auth/sessions.js';
import { closeContext, describeWithChromium, formatViolations, launchBrowser, runAxe } from '../support/browser.js';
import { createStaff, type TestStaff } from '../support/newsroom.js';
import { startTestServer, type TestServer } from '../support/server.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const SHOTS = process.env.NEWSROOM_SHOTS;

describeWithChromium('newsroom rubrics, tags and rates (Chromium, axe-core)', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: TestStaff;
  const contexts: Partial<Record<keyof typeof SIZES, BrowserContext>> = {};
  const pages: Partial<Record<keyof typeof SIZES, Page>> = {};

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    editor = await createStaff(server, 'editor', { name: 'Aida Editor' });
    for (const size of Object.keys(SIZES) as Array<keyof typeof SIZES>) {
      const ctx = await browser.newContext({ viewport: SIZES[size], bypassCSP: true, reducedMotion: 'reduce' });
      await ctx.addCookies([{ name: SESSION_COOKIE, value: editor.cookie.split('=').slice(1).join('='), url: server.baseUrl }]);
      contexts[size] = ctx;
      pages[size] = await ctx.newPage();
    }
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** axe on the page as it is now; a screenshot when asked for. */
  async function check(page: Page, name: string, size: keyof typeof SIZES): Promise<string | null> {
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${size}-${name}.png`), fullPage: true });
    const violations = await runAxe(page, WCAG_TAGS);
    return violations.length ? formatViolations(`${size} ${name} ${page.url()}`, violations) : null;
  }

  async function visit(size: keyof typeof SIZES, url: string, name: string): Promise<string | null> {
    const page = pages[size]!;
    const res = await page.goto(server.url(url), { waitUntil: 'load' });
    expect(res?.status(), url).toBe(200);
    return check(page, name, size);
  }

  it('an editor creates a rubric, fixing a slug the form refused, and moves it up the public menu', async () => {
    const page = pages.desktop!;
    const failures: string[] = [];
    await page.goto(server.url('/newsroom/taxonomy/rubrics/new/'));
    await page.fill('#name_ru', 'Наука');
    await page.fill('#slug_ru', 'Nauka!');
    await page.fill('#name_ky', 'Илим');
    await page.fill('#name_en', 'Science');
    await page.click('button[type=submit]:has-text("Create rubric")');
    await page.waitForLoadState('load');
    expect(await page.textContent('#slug_ru-error')).toContain('Use only lower-case Latin letters');
    expect(await page.inputValue('#name_ky')).toBe('Илим');
    const withErrors = await check(page, 'rubric-form-errors', 'desktop');
    if (withErrors) failures.push(withErrors);
    await page.fill('#slug_ru', '');
    await page.click('button[type=submit]:has-text("Create rubric")');
    await page.waitForURL(/\/newsroom\/taxonomy\/$/);
    expect(await page.textContent('.nr-flash')).toContain('Rubric “Наука” created');
    const last = page.locator('.tx-rubric').last();
    expect(await last.locator('h2').textContent()).toContain('Наука');
    await last.locator('button:has-text("Up")').click();
    await page.waitForURL(/\/newsroom\/taxonomy\/$/);
    expect(await page.locator('.tx-rubric').nth(-2).locator('h2').textContent()).toContain('Наука');
    // the public menu follows at once
    await page.goto(server.url('/ru/'));
    const menu = await page.locator('.rubric-nav li a').allTextContents();
    expect(menu.at(-2)).toBe('Наука');
    expect(menu.at(-1)).not.toBe('Наука');
    expect(failures.join('\n\n')).toBe('');
  });

  it('an editor renames a tag and finds the tag to merge it into', async () => {
    const page = pages.desktop!;
    await page.goto(server.url('/newsroom/taxonomy/tags/?lang=ru&q=%D0%B2%D1%8B%D0%B1%D0%BE%D1%80'));
    await page.click('.tx-tags a:has-text("Выборы")');
    await page.waitForURL(/\/newsroom\/taxonomy\/tags\/\d+\//);
    await page.fill('#name_ru', 'Выборы и референдумы');
    await page.fill('#slug_ru', '');
    await page.click('button:has-text("Save tag")');
    await page.waitForLoadState('load');
    expect(await page.textContent('.nr-flash')).toContain('/ru/tag/vybory/ now leads to /ru/tag/vybory-i-referendumy/');
    await page.fill('#merge-find', 'президент');
    await page.click('button:has-text("Find")');
    await page.waitForLoadState('load');
    expect(await page.locator('.tx-candidates a').first().textContent()).toContain('Президент');
  });

  it('an editor corrects a rate: the implausible value needs a tick, then the public header shows it, marked', async () => {
    const page = pages.desktop!;
    const failures: string[] = [];
    await page.goto(server.url('/newsroom/rates/?date=2024-02-14&code=USD#correct'));
    await page.fill('#correct-rate', '894,3');
    await page.fill('#correct-note', 'NBKR corrected its morning figure');
    await page.click('button:has-text("Save correction")');
    await page.waitForLoadState('load');
    expect(await page.textContent('.rc-jump')).toContain('more than 10 times');
    expect(await page.inputValue('#correct-rate')).toBe('894,3');
    expect(await page.inputValue('#correct-note')).toBe('NBKR corrected its morning figure');
    const jump = await check(page, 'rates-confirm', 'desktop');
    if (jump) failures.push(jump);
    await page.fill('#correct-rate', '89,71');
    await page.click('button:has-text("Save correction")');
    await page.waitForURL(/\/newsroom\/rates\/\?date=2024-02-14$/);
    expect(await page.textContent('.nr-flash')).toContain('corrected');
    expect(await page.locator('.rc-history-table tbody tr').first().textContent()).toContain('NBKR corrected its morning figure');
    // a reader's browser without the home page in its cache (pages may be kept for a minute)
    const reader = await browser.newContext({ viewport: SIZES.desktop, bypassCSP: true });
    const pubPage = await reader.newPage();
    await pubPage.goto(server.url('/ru/'));
    const usd = pubPage.locator('.rates li', { hasText: 'USD' });
    expect(await usd.locator('.rate-value').textContent()).toBe('89,71');
    expect(await usd.locator('.rate-corrected').count()).toBe(1);
    const pub = await check(pubPage, 'public-home-corrected', 'desktop');
    if (pub) failures.push(pub);
    await closeContext(reader);
    expect(failures.join('\n\n')).toBe('');
  });

  it('axe-core finds no violations on the rubric, tag and rates screens at 1280 and 390 px', async () => {
    const tag = await server.store.db.selectFrom('tag_i18n').where('lang', '=', 'ru').where('slug', '=', 'byudzhet').select('tag_id').executeTakeFirstOrThrow();
    const other = await server.store.db.selectFrom('tag_i18n').where('lang', '=', 'ru').where('slug', '=', 'nalogi').select('tag_id').executeTakeFirstOrThrow();
    const screens: Array<[string, string]> = [
      ['/newsroom/taxonomy/', 'rubrics'],
      ['/newsroom/taxonomy/rubrics/new/', 'rubric-new'],
      ['/newsroom/taxonomy/rubrics/1/', 'rubric-edit'],
      ['/newsroom/taxonomy/tags/?lang=ru&sort=count', 'tags'],
      ['/newsroom/taxonomy/tags/?lang=en&q=zzzz', 'tags-none'],
      [`/newsroom/taxonomy/tags/${other.tag_id}/?lang=ru&find=%D0%B1%D1%8E%D0%B4`, 'tag-edit'],
      [`/newsroom/taxonomy/tags/${other.tag_id}/merge/?into=${tag.tag_id}&lang=ru`, 'tag-merge'],
      ['/newsroom/rates/', 'rates'],
      ['/newsroom/rates/?date=2024-02-14&code=KZT', 'rates-prefilled'],
    ];
    const failures: string[] = [];
    for (const size of Object.keys(SIZES) as Array<keyof typeof SIZES>) {
      for (const [url, name] of screens) {
        const result = await visit(size, url, name);
        if (result) failures.push(result);
      }
    }
    expect(failures.length, failures.join('\n\n')).toBe(0);
  }, 300_000);
});
