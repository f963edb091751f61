// The article pages in Chromium: axe-core (WCAG 2.1 A/AA) on the list, editor, translation editor,
// revisions, diff, translation queue and trash at desktop and phone widths; the form without
// JavaScript; the conflict page after a real click. NEWSROOM_SHOTS=/dir also saves screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeContext, describeWithChromium, formatViolations, launchBrowser, runAxe } from '../support/browser.js';
import { createStaff, type TestStaff } from '../support/newsroom.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { createViaForm, formOf, page as get, submit } from '../integration/newsroom/pages-support.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.NEWSROOM_SHOTS ?? '';

describeWithChromium('newsroom article pages in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: TestStaff;
  let editor2: TestStaff;
  let translator: TestStaff;
  const paths: Record<string, string> = {};
  const contexts: BrowserContext[] = [];

  async function signedIn(who: TestStaff, viewport: { width: number; height: number }, js = true): Promise<Page> {
    const context = await browser.newContext({ viewport, bypassCSP: true, reducedMotion: 'reduce', javaScriptEnabled: js });
    contexts.push(context);
    const [name, value] = who.cookie.split('=');
    await context.addCookies([{ name, value, url: server.baseUrl }]);
    return context.newPage();
  }

  async function check(page: Page, url: string, where: string, shot?: string): Promise<string> {
    const res = await page.goto(server.url(url), { waitUntil: 'load' });
    expect(res?.status(), `${url} answered ${res?.status()}`).toBe(200);
    if (SHOTS && shot) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
    }
    const violations = await runAxe(page, WCAG_TAGS);
    return violations.length ? formatViolations(`${where} ${url}`, violations) : '';
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    editor = await createStaff(server, 'editor', { name: 'Aida Editor' });
    editor2 = await createStaff(server, 'editor', { name: 'Bakyt Second' });
    translator = await createStaff(server, 'translator', { name: 'Timur Translator' });
    const id = await createViaForm(server, editor, {
      headline: 'Кабмин утвердил программу ремонта дорог',
      lead: 'Программа рассчитана на три года и охватывает 1 200 километров.',
      body_text: 'Правительство утвердило программу ремонта дорог на 2024–2026 годы.\n\nВ первую очередь отремонтируют трассы Бишкек — Ош и Бишкек — Нарын.',
      tags: 'дороги, правительство',
      dateline_place: 'Бишкек',
      source_name: 'Пресс-служба правительства',
    });
    const form = formOf((await get(server, editor, `/newsroom/articles/${id}/`)).body);
    await submit(server, editor, `/newsroom/articles/${id}/`, {
      ...form,
      lead: 'Программа рассчитана на пять лет и охватывает 1 500 километров.',
      body_text: `${form.body_text}\n\nФинансирование возьмут из республиканского бюджета.`,
    });
    const tr = await submit(server, translator, `/newsroom/articles/${id}/translate/`, { lang: 'ky' });
    const kyId = Number(/(\d+)\/$/.exec(String(tr.headers.location))![1]);
    const revisions = (await get(server, editor, `/newsroom/articles/${id}/revisions/`)).body;
    const revIds = [...revisions.matchAll(/name="from" value="(\d+)"/g)].map((m) => m[1]);
    const victim = await createViaForm(server, editor, { headline: 'Черновик, который удалили' });
    await submit(server, editor, `/newsroom/articles/${victim}/trash/`, {});
    Object.assign(paths, {
      list: '/newsroom/articles/',
      edit: `/newsroom/articles/${id}/`,
      translation: `/newsroom/articles/${kyId}/`,
      revisions: `/newsroom/articles/${id}/revisions/`,
      diff: `/newsroom/articles/${id}/revisions/diff/?from=${revIds[revIds.length - 1]}&to=${revIds[0]}`,
      queue: '/newsroom/translations/?lang=en',
      trash: '/newsroom/trash/',
      new: '/newsroom/articles/new/?lang=ru',
      id: String(id),
    });
  });
  afterAll(async () => {
    for (const c of contexts) await closeContext(c).catch(() => {});
    await browser?.close();
    await server?.close();
  });

  // One test per page: axe on a long list takes a while on a busy machine.
  let desktop: Page;
  let phone: Page;
  for (const key of ['list', 'edit', 'translation', 'revisions', 'diff', 'queue', 'trash', 'new']) {
    it(`${key} page has no axe violations at desktop width`, { timeout: 120_000 }, async () => {
      desktop ??= await signedIn(editor, DESKTOP);
      expect(await check(desktop, paths[key], 'desktop', `desktop-${key}`)).toBe('');
    });
  }
  for (const key of ['list', 'edit', 'translation', 'diff', 'queue']) {
    it(`${key} page has no axe violations at phone width and nothing sticks out sideways`, { timeout: 120_000 }, async () => {
      phone ??= await signedIn(editor, PHONE);
      expect(await check(phone, paths[key], 'phone', `phone-${key}`)).toBe('');
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${paths[key]} is wider than the phone`).toBeLessThanOrEqual(0);
    });
  }

  it('translation editor has no axe violations for a translator, with the original beside the form', { timeout: 120_000 }, async () => {
    const page = await signedIn(translator, DESKTOP);
    expect(await check(page, paths.translation, 'translator', 'desktop-translation-translator')).toBe('');
    expect(await page.locator('section.nr-readonly h2').textContent()).toBe('Original (Russian)');
    const [form, original] = await Promise.all([page.locator('#article-form').boundingBox(), page.locator('section.nr-readonly').boundingBox()]);
    expect(original!.x + original!.width).toBeLessThanOrEqual(form!.x); // side by side, original first
  });

  it('saves the plain body without JavaScript', { timeout: 120_000 }, async () => {
    const page = await signedIn(editor, DESKTOP, false);
    await page.goto(server.url(paths.edit));
    await page.fill('#body_text', 'Абзац без скриптов.\n\nЕщё один абзац.');
    await Promise.all([page.waitForURL(server.url(paths.edit)), page.locator('.nr-form-foot button[type="submit"]').click()]);
    expect(await page.locator('.nr-flash--ok').textContent()).toBe('Saved.');
    const row = await server.store.db.selectFrom('articles').select('body').where('id', '=', Number(paths.id)).executeTakeFirstOrThrow();
    expect(JSON.parse(row.body).content.map((p: { content: Array<{ text: string }> }) => p.content[0].text)).toEqual(['Абзац без скриптов.', 'Ещё один абзац.']);
  });

  it('shows the conflict page after a real click, keeping the text, with no axe violations', { timeout: 120_000 }, async () => {
    const page = await signedIn(editor, DESKTOP);
    await page.goto(server.url(paths.edit));
    // someone else saves while this page is open
    const theirs = formOf((await get(server, editor2, paths.edit)).body);
    expect((await submit(server, editor2, paths.edit, { ...theirs, headline: 'Их заголовок после правки' })).statusCode).toBe(303);
    await page.fill('#headline', 'Мой заголовок, который нельзя потерять');
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url() === server.url(paths.edit));
    await page.locator('.nr-form-foot button[type="submit"]').click();
    expect((await saved).status()).toBe(409);
    await page.waitForLoadState('load');
    expect(await page.inputValue('#headline')).toBe('Мой заголовок, который нельзя потерять');
    expect(await page.locator('.nr-conflict').textContent()).toContain('Bakyt Second');
    expect(await page.locator('section.nr-readonly').textContent()).toContain('Их заголовок после правки');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'desktop-conflict.png'), fullPage: true });
    const violations = await runAxe(page, WCAG_TAGS);
    expect(formatViolations('conflict page', violations)).toBe('conflict page: no violations');
  });
});
