// The statistics pages in Chromium on the demo content: axe-core (WCAG 2.1 A/AA) with the tables
// opened, at desktop and phone width; the phone gets the narrow drawing of the chart, the desktop the
// wide one. NEWSROOM_SHOTS=/dir also saves screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium, formatViolations, launchBrowser, runAxe, VIEWPORTS } from '../../support/browser.js';
import { createStaff, type TestStaff } from '../../support/newsroom.js';
import { startTestServer, type TestServer } from '../../support/server.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SHOTS = process.env.NEWSROOM_SHOTS ?? '';

describeWithChromium('newsroom statistics in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: TestStaff;
  let topId: number;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    editor = await createStaff(server, 'editor', { name: 'Aida Editor' });
    const top = await server.store.db
      .selectFrom('article_views_daily')
      .select('article_id')
      .select((eb) => eb.fn.sum<number>('views').as('v'))
      .groupBy('article_id')
      .orderBy('v', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow(); // the demo content brings its view history
    topId = top.article_id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(viewport: { width: number; height: number }, url: string, shot: string): Promise<{ page: Page; report: string }> {
    const context = await browser.newContext({ viewport, bypassCSP: true, reducedMotion: 'reduce' });
    const [name, value] = editor.cookie.split('=');
    await context.addCookies([{ name, value, url: server.baseUrl }]);
    const page = await context.newPage();
    const res = await page.goto(server.url(url), { waitUntil: 'load' });
    expect(res?.status(), url).toBe(200);
    // open the tables, so that axe checks them too
    for (const summary of await page.locator('details.st-data > summary').all()) await summary.click();
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
    }
    const violations = await runAxe(page, WCAG_TAGS);
    return { page, report: violations.length ? formatViolations(`${shot} ${url}`, violations) : '' };
  }

  const shown = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);

  it('the site page passes axe; desktop shows the wide chart, the phone the narrow one without sideways scrolling', async () => {
    const desktop = await open(VIEWPORTS.desktop, '/newsroom/stats/', 'stats-desktop');
    expect(await shown(desktop.page, 'svg.st-chart--wide')).toBe(1);
    expect(await shown(desktop.page, 'svg.st-chart--narrow')).toBe(0);
    expect(await desktop.page.locator('#st-daily-table tbody tr').count()).toBe(30);
    const phone = await open(VIEWPORTS.phone, '/newsroom/stats/?days=90&top=week', 'stats-phone');
    expect(await shown(phone.page, 'svg.st-chart--wide')).toBe(0);
    expect(await shown(phone.page, 'svg.st-chart--narrow')).toBe(1);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    expect([desktop.report, phone.report].filter(Boolean).join('\n')).toBe('');
  });

  it("an article's page passes axe at both widths", async () => {
    const desktop = await open(VIEWPORTS.desktop, `/newsroom/articles/${topId}/stats/`, 'stats-article-desktop');
    const phone = await open(VIEWPORTS.phone, `/newsroom/articles/${topId}/stats/`, 'stats-article-phone');
    expect(await desktop.page.locator('#st-article-table tbody tr').count()).toBeGreaterThan(0);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    expect([desktop.report, phone.report].filter(Boolean).join('\n')).toBe('');
  });
});
