// The media library in Chromium: axe-core on the library and image pages, the upload island (choose
// or drop several files, per-file progress and errors), the same form without JavaScript, and
// screenshots at 1280 and 390 px (in /tmp/shots/media) to look at.
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { SESSION_COOKIE } from '../../src/newsroom/auth/sessions.js';
import { closeContext, describeWithChromium, formatViolations, launchBrowser, runAxe } from '../support/browser.js';
import { createStaff, type TestStaff } from '../support/newsroom.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { jpeg, multipart, PDF, png } from '../integration/newsroom/media-fixtures.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SHOTS = '/tmp/shots/media';
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

describeWithChromium('newsroom media library (Chromium)', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: TestStaff;
  let author: TestStaff;
  let imageId: number;
  let othersImageId: number;
  const contexts: BrowserContext[] = [];

  async function pageFor(who: TestStaff, viewport: { width: number; height: number } = VIEWPORTS.desktop): Promise<Page> {
    const context = await browser.newContext({ viewport, bypassCSP: true, reducedMotion: 'reduce' });
    contexts.push(context);
    await context.addCookies([{ name: SESSION_COOKIE, value: who.cookie.split('=').slice(1).join('='), url: server.baseUrl }]);
    return context.newPage();
  }

  async function upload(who: TestStaff, filename: string, data: Buffer): Promise<number> {
    const body = multipart([{ filename, data }]);
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/newsroom/media/', payload: body.payload, headers: { ...body.headers, ...who.api } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().items[0].id;
  }

  beforeAll(async () => {
    const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-media-e2e-'));
    const configure = (c: Config) => {
      // the demo pictures, so the library looks as it does on a fresh install
      if (existsSync(path.join(c.mediaDir, 'demo'))) cpSync(path.join(c.mediaDir, 'demo'), path.join(mediaDir, 'demo'), { recursive: true });
      c.mediaDir = mediaDir;
    };
    [server, browser] = await Promise.all([startTestServer({ configure }), launchBrowser()]);
    editor = await createStaff(server, 'editor');
    author = await createStaff(server, 'author');
    imageId = await upload(author, 'tulip-festival-in-the-park.jpg', await jpeg(1400, 900));
    othersImageId = await upload(editor, 'press-conference.png', await png(800, 500, false));
    await server.app.inject({ method: 'PATCH', url: `/api/v1/newsroom/media/${othersImageId}`, payload: { alt: 'Ministers at the press conference', caption: 'The budget was presented on Wednesday.', credit: 'Newsdesk / A. Sadykova' }, headers: editor.api });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await closeContext(c).catch(() => {});
    await browser?.close();
    await server?.close();
  });

  async function expectNoViolations(page: Page, where: string) {
    const violations = await runAxe(page, WCAG_TAGS);
    expect(violations.length, formatViolations(where, violations)).toBe(0);
  }

  it('has no axe violations on the library and image pages, at 1280 and 390 px', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const page = await pageFor(editor, viewport);
      const shots: Array<[string, string]> = [
        ['library', '/newsroom/media/'],
        ['library-missing-alt', '/newsroom/media/?missingAlt=1&q=tulip'],
        ['image', `/newsroom/media/${othersImageId}/`],
        ['image-no-alt', `/newsroom/media/${imageId}/`],
      ];
      for (const [shot, url] of shots) {
        const res = await page.goto(server.url(url), { waitUntil: 'load' });
        expect(res?.status(), url).toBe(200);
        await expectNoViolations(page, `${name} ${url}`);
        await page.screenshot({ path: path.join(SHOTS, `${name}-${shot}.png`), fullPage: true });
      }
    }
    // an author looking at an editor's picture: read-only
    const page = await pageFor(author, VIEWPORTS.desktop);
    await page.goto(server.url(`/newsroom/media/${othersImageId}/`), { waitUntil: 'load' });
    expect(await page.locator('textarea[name="alt"]').count()).toBe(0);
    await expectNoViolations(page, 'author, read-only image page');
    await page.screenshot({ path: path.join(SHOTS, 'desktop-image-read-only.png'), fullPage: true });
  }, 300_000);

  it('uploads several chosen files one by one, with progress and a message for each refused one', async () => {
    const page = await pageFor(author);
    await page.goto(server.url('/newsroom/media/'), { waitUntil: 'load' });
    // the island starts uploads on choosing: no separate button
    await expect.poll(() => page.locator('.md-upload-form button[type="submit"]').isHidden()).toBe(true);
    await page.setInputFiles('#md-files', [
      { name: 'first.png', mimeType: 'image/png', buffer: await png(320, 200) },
      { name: 'notes.pdf', mimeType: 'application/pdf', buffer: PDF },
      { name: 'second.jpg', mimeType: 'image/jpeg', buffer: await jpeg(500, 300) },
    ]);
    const list = page.locator('[data-upload-list]');
    await expect.poll(() => list.locator('.md-p-ok a').count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => list.locator('.md-p-error').allTextContents()).toEqual(['notes.pdf is not a JPEG, PNG, WebP or GIF image.']);
    expect(await list.locator('li .md-p-name').allTextContents()).toEqual(['first.png', 'notes.pdf', 'second.jpg']);
    await expect.poll(() => list.locator('.md-p-done a').textContent()).toBe('Show the new images in the library');
    await expectNoViolations(page, 'library with upload progress');
    await page.screenshot({ path: path.join(SHOTS, 'desktop-upload-progress.png'), fullPage: false });
    const rows = await server.store.db.selectFrom('images').where('original_name', 'in', ['first.png', 'second.jpg', 'notes.pdf']).select('original_name').execute();
    expect(rows.map((r) => r.original_name).sort()).toEqual(['first.png', 'second.jpg']);
  }, 120_000);

  it('uploads files dropped on the drop zone', async () => {
    const page = await pageFor(author, VIEWPORTS.phone);
    await page.goto(server.url('/newsroom/media/'), { waitUntil: 'load' });
    const bytes = [...(await png(64, 64))];
    await page.evaluate((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'dropped.png', { type: 'image/png' }));
      const zone = document.querySelector('[data-drop-zone]')!;
      zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    await expect.poll(() => page.locator('[data-upload-list] .md-p-ok a').count(), { timeout: 60_000 }).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'phone-upload-dropped.png'), fullPage: false });
    const row = await server.store.db.selectFrom('images').where('original_name', '=', 'dropped.png').select(['id', 'uploaded_by']).executeTakeFirst();
    expect(row?.uploaded_by).toBe(author.id);
  }, 120_000);

  it('works without JavaScript: the form posts the files and the library says what happened', async () => {
    const page = await pageFor(editor, VIEWPORTS.desktop);
    // the island never arrives (blocked, failed or switched off): the plain form does the work
    await page.route(/newsroom-media\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(server.url('/newsroom/media/'), { waitUntil: 'load' });
    expect(await page.locator('.md-upload-form button[type="submit"]').isVisible()).toBe(true);
    await page.setInputFiles('#md-files', [
      { name: 'nojs.png', mimeType: 'image/png', buffer: await png(100, 80) },
      { name: 'page.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<html>not an image</html>') },
    ]);
    await page.click('.md-upload-form button[type="submit"]');
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('.md-report').textContent()).toContain('page.jpg is not a JPEG, PNG, WebP or GIF image.');
    expect(await page.locator('.md-report').textContent()).toContain('Uploaded 1 of 2 files.');
    await expectNoViolations(page, 'library after a partly failed upload');
    await page.screenshot({ path: path.join(SHOTS, 'desktop-upload-report.png'), fullPage: false });
    // then the words of the new picture, on its page
    await page.click('.md-report a');
    await page.waitForLoadState('load');
    await page.fill('#md-alt', 'A small test picture');
    await page.fill('#md-credit', 'Newsdesk');
    await page.click('button:has-text("Save")');
    await page.waitForLoadState('load');
    expect(await page.locator('.nr-flash--ok').textContent()).toBe('Saved.');
    expect(await page.inputValue('#md-credit')).toBe('Newsdesk');
  }, 120_000);
});
