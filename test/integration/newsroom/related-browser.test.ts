// The Related stories page in Chromium on the demo content (a story with thread links, a pin and a
// removed item, so that every section shows): axe-core (WCAG 2.1 A/AA) at desktop and phone width,
// nothing wider than a phone; a pin made by clicking. NEWSROOM_SHOTS=/dir also saves screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEST_NOW } from '../../support/constants.js';
import { describeWithChromium, formatViolations, launchBrowser, runAxe, VIEWPORTS } from '../../support/browser.js';
import { createStaff, type TestStaff } from '../../support/newsroom.js';
import { startTestServer, type TestServer } from '../../support/server.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SHOTS = process.env.NEWSROOM_SHOTS ?? '';

describeWithChromium('newsroom related stories in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: TestStaff;
  let articleId: number;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    editor = await createStaff(server, 'editor', { name: 'Aida Editor' });
    // A demo article some other story links to (the demo's follow-ups link to earlier runs).
    const linked = await server.store.db
      .selectFrom('article_links as l')
      .innerJoin('articles as a', (j) => j.onRef('a.story_id', '=', 'l.target_story_id').on('a.lang', '=', 'ru'))
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', TEST_NOW)
      .select('a.id')
      .orderBy('a.id')
      .executeTakeFirstOrThrow();
    articleId = linked.id;
    const stored = await server.store.db.selectFrom('related_articles').where('article_id', '=', articleId).orderBy('position').select('related_id').execute();
    await server.store.db
      .insertInto('related_overrides')
      .values({ article_id: articleId, related_id: stored[stored.length - 1].related_id, kind: 'removed', position: 0, created_by: null, created_at: TEST_NOW })
      .execute();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(viewport: { width: number; height: number }, shot: string): Promise<{ page: Page; report: string }> {
    const context = await browser.newContext({ viewport, bypassCSP: true, reducedMotion: 'reduce' });
    const [name, value] = editor.cookie.split('=');
    await context.addCookies([{ name, value, url: server.baseUrl }]);
    const page = await context.newPage();
    const res = await page.goto(server.url(`/newsroom/articles/${articleId}/related/`), { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
    }
    const violations = await runAxe(page, WCAG_TAGS);
    return { page, report: violations.length ? formatViolations(shot, violations) : '' };
  }

  it('pins a candidate by a click, then passes axe with every section at desktop and phone width', async () => {
    const desktop = await open(VIEWPORTS.desktop, 'related-before');
    const candidate = desktop.page.locator('section[aria-labelledby="related-more"] tbody tr').first();
    const candidateId = await candidate.getAttribute('data-related-id');
    await candidate.getByRole('button', { name: /^Pin/ }).click();
    await desktop.page.waitForURL(/\/related\/$/);
    expect(await desktop.page.locator('.nr-flash').first().textContent()).toMatch(/^Pinned/);
    expect(await desktop.page.locator('section[aria-labelledby="related-shown"] tbody tr').first().getAttribute('data-related-id')).toBe(candidateId);
    const after = await open(VIEWPORTS.desktop, 'related-desktop');
    expect(await after.page.locator('#related-removed').count()).toBe(1);
    expect(await after.page.getByText('it links to this article').count()).toBeGreaterThan(0);
    const phone = await open(VIEWPORTS.phone, 'related-phone');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    expect([after.report, phone.report].filter(Boolean).join('\n')).toBe('');
  });
});
