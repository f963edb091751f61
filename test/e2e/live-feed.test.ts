// The live day feed in Chromium (issue 5): a reader keeps the home page open; a story published in
// the newsroom (through its API, with a token) and stories written straight to the store appear at
// the top of the day feed without a reload, highlighted, and the polite live region announces them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { publishedArticle } from '../support/content.js';
import { closeContext, describeWithChromium, launchBrowser, VIEWPORTS } from '../support/browser.js';
import { TEST_NOW } from '../support/constants.js';
import { createStaff, type TestStaff } from '../support/newsroom.js';
import { startTestServer, type TestServer } from '../support/server.js';

let clock = TEST_NOW;
let s: TestServer;
let browser: Browser;
let editor: TestStaff;

beforeAll(async () => {
  s = await startTestServer({ clock: () => clock, configure: (c) => (c.liveHeartbeatMs = 1000) });
  editor = await createStaff(s, 'editor');
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function api(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(s.url(`/api/v1/newsroom${path}`), {
    method,
    headers: { ...editor.api, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return res.json();
}

/** A story written straight to the store (as an importer would), told to the app afterwards by the caller. */
async function writeToStore(headline: string, slug: string, lang = 'ru') {
  const db = s.store.db;
  const src = await publishedArticle(db, lang);
  const story = await db.insertInto('stories').values({ created_at: clock }).returning('id').executeTakeFirstOrThrow();
  const { id: _id, created_at: _c, version: _v, ...rest } = src;
  const row = await db
    .insertInto('articles')
    .values({ ...rest, story_id: story.id, slug, headline, status: 'published', published_at: clock, updated_at: clock, created_at: clock, is_pinned: 0, is_breaking: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { articleId: row.id, storyId: story.id };
}

const topHeadline = (page: Page) => page.locator('.day-feed .feed-item').first().locator('a').innerText();
const liveRegion = (page: Page) => page.locator('[aria-live="polite"]');

describeWithChromium('the live day feed', () => {
  it('shows stories published in the newsroom or through the store at the top of an open page and announces them', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(s.url('/ru/'));
    const items = page.locator('.day-feed .feed-item');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    // one polite region, empty until something arrives; a mark that a reload would wipe
    await expect.poll(() => liveRegion(page).count()).toBe(1);
    expect(await liveRegion(page).innerText()).toBe('');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // ── An editor publishes a story through the newsroom API.
    clock += 60_000;
    const HEADLINE = 'Мэрия Бишкека открыла новый пешеходный мост через Ала-Арчу';
    const created = await api('POST', '/articles/', { lang: 'ru', headline: HEADLINE, lead: 'Мост соединил два парка.', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст.' }] }] } });
    await api('POST', `/articles/${created.id}/publish`);
    await expect.poll(() => topHeadline(page), { timeout: 10_000 }).toBe(HEADLINE);
    const top = items.first();
    expect(await top.getAttribute('data-id')).toBe(String(created.id));
    expect(await top.getAttribute('class')).toContain('is-new');
    expect(await top.locator('time').innerText()).toBe('14:51');
    await expect.poll(() => liveRegion(page).innerText(), { timeout: 5000 }).toBe(`Новое: ${HEADLINE}`);

    // ── Two stories written straight to the store arrive together: one announcement names both.
    clock += 60_000;
    const first = await writeToStore('Курс сома укрепился к доллару', 'kurs-soma-live');
    const second = await writeToStore('В Оше открылся новый рынок <и> кафе', 'osh-rynok-live');
    await s.app.contentChanged({ kind: 'article', ...first });
    await s.app.contentChanged({ kind: 'article', ...second });
    await expect.poll(() => topHeadline(page), { timeout: 10_000 }).toBe('В Оше открылся новый рынок <и> кафе');
    expect(await items.nth(1).locator('a').innerText()).toBe('Курс сома укрепился к доллару');
    expect(await items.nth(2).locator('a').innerText()).toBe(HEADLINE);
    await expect.poll(() => liveRegion(page).innerText(), { timeout: 5000 }).toBe('Новые материалы: Курс сома укрепился к доллару; В Оше открылся новый рынок <и> кафе');

    // nothing twice, the list keeps its length, the page was never reloaded
    expect(await page.locator(`.day-feed .feed-item[data-id="${created.id}"]`).count()).toBe(1);
    expect(await items.count()).toBe(count);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // ── Unpublished in the newsroom: it leaves the open page.
    await api('POST', `/articles/${created.id}/unpublish`);
    await expect.poll(() => page.locator(`.day-feed .feed-item[data-id="${created.id}"]`).count(), { timeout: 10_000 }).toBe(0);
    await closeContext(context);
  }, 60_000);

  it('marks new items without motion for readers who ask for less', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(s.url('/ru/'));
    await expect.poll(() => liveRegion(page).count()).toBe(1);
    clock += 60_000;
    const story = await writeToStore('Снег закрыл перевал Тоо-Ашуу', 'too-ashuu-live');
    await s.app.contentChanged({ kind: 'article', ...story });
    const item = page.locator(`.day-feed .feed-item[data-id="${story.articleId}"]`);
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    const style = await item.evaluate((el) => ({ animation: getComputedStyle(el).animationName, background: getComputedStyle(el).backgroundColor, isNew: el.classList.contains('is-new') }));
    expect(style).toEqual({ animation: 'none', background: 'rgb(255, 243, 196)', isNew: true });
    await closeContext(context);
  }, 30_000);

  it('opens a new day at the top of the feed after midnight', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(s.url('/en/'));
    await expect.poll(() => liveRegion(page).count()).toBe(1);
    expect(await page.locator('.day-feed-group').first().locator('.day-feed-title time').getAttribute('datetime')).toBe('2024-02-14');
    clock = Date.parse('2024-02-14T18:10:00Z'); // 00:10 on the 15th in Bishkek
    await s.app.contentChanged({ kind: 'article', ...(await writeToStore('Night frost expected in the Chui valley', 'after-midnight-live', 'en')) });
    const firstGroup = page.locator('.day-feed-group').first();
    await expect.poll(() => firstGroup.locator('.day-feed-title time').getAttribute('datetime'), { timeout: 10_000 }).toBe('2024-02-15');
    expect(await firstGroup.locator('.day-feed-title').innerText()).toMatch(/15 February/i);
    expect(await firstGroup.locator('.feed-item a').allInnerTexts()).toEqual(['Night frost expected in the Chui valley']);
    expect(await firstGroup.locator('.feed-more a').getAttribute('href')).toBe('/en/news/2024-02-15/');
    expect(await page.locator('.day-feed-group').nth(1).locator('.day-feed-title time').getAttribute('datetime')).toBe('2024-02-14');
    await expect.poll(() => liveRegion(page).innerText(), { timeout: 5000 }).toBe('New: Night frost expected in the Chui valley');
    await closeContext(context);
  }, 30_000);
});
