// The rich-text editor island in Chromium: on a test page that mirrors the article form (served by a
// tiny server with fake autosave and media endpoints, so every answer can be chosen), and once against
// the real edit page of the app.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { validateDoc } from '../../src/domain/document/schema.js';
import type { DocNode } from '../../src/domain/document/types.js';
import { loadNewsroomAssets } from '../../src/newsroom/ui/assets.js';
import { NewsroomLayout } from '../../src/newsroom/ui/layout.js';
import { raw } from '../../src/web/jsx.js';
import { closeContext, describeWithChromium, formatViolations, launchBrowser, runAxe } from '../support/browser.js';
import { createStaff } from '../support/newsroom.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { createViaForm, formOf, page as get, submit } from '../integration/newsroom/pages-support.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CSRF = 'csrf-test-token-0123456789';
const CSP = "default-src 'self'; img-src 'self' data: blob: https:; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
const SHOTS = process.env.EDITOR_SHOTS || '';

interface Recorded {
  headers: http.IncomingHttpHeaders;
  body: URLSearchParams;
}
type AutosaveAnswer = { status: number; json: unknown } | 'drop';

const LIBRARY = [
  ['Chui river at dawn', 'The Chui river near Tokmok', 'Aida Sultanova'],
  ['Parliament building in Bishkek', 'The Jogorku Kenesh on Monday', 'Newsdesk'],
  ['Apricot market in Batken', 'Traders at the morning market', 'Newsdesk'],
  ['Snow on the Tian Shan ridge', null, 'Bakyt Asanov'],
  ['Issyk-Kul shore in winter', 'Cholpon-Ata', null],
  ['Osh bazaar crowd', 'The Jayma bazaar', 'Newsdesk'],
  ['Bus station in Naryn', null, null],
  ['Wheat harvest in Talas', 'Combines at work', 'Newsdesk'],
  ['Ala-Too square at night', null, 'Newsdesk'],
  ['Border crossing at Dostuk', 'Lorries waiting', 'Newsdesk'],
  ['Yurt camp at Song-Kul', null, 'Newsdesk'],
  ['Toktogul reservoir', 'Low water in March', 'Newsdesk'],
  ['Eagle hunter in Bokonbaevo', null, 'Newsdesk'],
  ['', 'A picture without alt text', null],
].map(([alt, caption, credit], i) => ({ id: i + 1, url: `/media/test-${i + 1}-960.png`, thumbUrl: `/media/test-${i + 1}-320.png`, width: 960, height: 600, alt, caption, credit }));

const INITIAL_BODY: DocNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Bishkek, 14 February. The government approved the budget for the next year.' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What changes' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Spending on schools grows by ' }, { type: 'text', text: 'a fifth', marks: [{ type: 'bold' }] }, { type: 'text', text: ', the ministry said.' }] },
  ],
};

/** The test page: the same form the article page renders (field names, the mount, the body JSON). */
function formHtml(o: { articleId: number | null; body: DocNode; version: number; readOnly?: boolean }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const action = o.articleId ? `/newsroom/articles/${o.articleId}/` : '/newsroom/articles/new/';
  const plain = o.body.content.map((b) => ('content' in b && Array.isArray(b.content) ? b.content.map((c) => ('text' in c ? c.text : '')).join('') : '')).join('\n\n');
  return `
<h1>${o.articleId ? 'Edit article' : 'New article'}</h1>
<form method="post" action="${action}" id="article-form" class="nr-article-form" data-article-form ${o.articleId ? `data-autosave="/newsroom/articles/${o.articleId}/autosave/"` : ''} novalidate>
  <input type="hidden" name="_csrf" value="${CSRF}">
  <input type="hidden" name="version" value="${o.version}">
  <fieldset class="nr-plain" ${o.readOnly ? 'disabled' : ''}>
    <legend class="ed-visually-hidden">Article text</legend>
    <div class="nr-field"><label for="headline">Headline</label><input type="text" id="headline" name="headline" value="${o.articleId ? 'Budget approved' : ''}" maxlength="300" autocomplete="off"></div>
    <div class="nr-field"><label for="lead">Lead</label><textarea id="lead" name="lead" rows="2">The cabinet met on Wednesday.</textarea></div>
    <div class="nr-field nr-field--body">
      <label for="body_text" id="body-label">Body</label>
      <div data-editor ${o.articleId ? `data-article-id="${o.articleId}"` : ''} data-lang="ru" aria-labelledby="body-label" class="nr-editor-mount"></div>
      <script type="application/json" id="body-json">${JSON.stringify(o.body).replace(/</g, '\\u003c')}</script>
      <input type="hidden" name="body_json" value="${esc(JSON.stringify(o.body))}">
      <input type="hidden" name="body_text_base" value="digest-of-plain">
      <textarea id="body_text" name="body_text" rows="10" aria-describedby="hint-body_text">${esc(plain)}</textarea>
      <p class="nr-hint" id="hint-body_text">Separate paragraphs with a blank line.</p>
    </div>
  </fieldset>
  <fieldset ${o.readOnly ? 'disabled' : ''}>
    <legend>Details</legend>
    <div class="nr-field"><label for="rubric_id">Rubric</label><select id="rubric_id" name="rubric_id"><option value="">— none —</option><option value="1" selected>Politics</option><option value="2">Economy</option></select></div>
    <div class="nr-field"><label for="tags">Tags</label><input type="text" id="tags" name="tags" value="budget, government"></div>
    <div class="nr-field"><label for="author_ids">Authors</label><select id="author_ids" name="author_ids" multiple size="3"><option value="1" selected>Aida Sultanova</option><option value="2">Bakyt Asanov</option></select></div>
    <div class="nr-field"><label for="slug">Slug</label><input type="text" id="slug" name="slug" value=""></div>
    <div class="nr-field"><label for="source_name">Source</label><input type="text" id="source_name" name="source_name" value=""></div>
    <div class="nr-field"><label for="source_url">Source link</label><input type="url" id="source_url" name="source_url" value=""></div>
    <div class="nr-field"><label for="dateline_place">Dateline place</label><input type="text" id="dateline_place" name="dateline_place" value="Bishkek"></div>
  </fieldset>
  <fieldset ${o.readOnly ? 'disabled' : ''}>
    <legend>Cover image</legend>
    <div class="nr-cover-preview" data-cover-preview><p class="nr-cover-empty">No cover</p></div>
    <div class="nr-field"><label for="cover_image_id">Image number</label><input type="number" id="cover_image_id" name="cover_image_id" value="">
      <button type="button" class="nr-button nr-button--small" data-media-picker="cover_image_id">Choose from library</button></div>
    <div class="nr-field"><label for="cover_caption">Caption</label><input type="text" id="cover_caption" name="cover_caption" value=""></div>
    <div class="nr-field"><label for="cover_alt">Alt text</label><input type="text" id="cover_alt" name="cover_alt" value=""></div>
  </fieldset>
  <fieldset ${o.readOnly ? 'disabled' : ''}>
    <legend>Publishing</legend>
    <div class="nr-field"><label for="publish_at">Publish time</label><input type="datetime-local" id="publish_at" name="publish_at" value=""></div>
    <label class="nr-check" for="is_breaking"><input type="checkbox" id="is_breaking" name="is_breaking" value="1"> Breaking news</label>
    <label class="nr-check" for="is_pinned"><input type="checkbox" id="is_pinned" name="is_pinned" value="1" checked> Pinned</label>
  </fieldset>
  <p><button type="submit" class="nr-button nr-button--primary">Save</button></p>
</form>`;
}

interface FakeSite {
  url: string;
  autosaves: Recorded[];
  uploads: Array<{ headers: http.IncomingHttpHeaders; bytes: number }>;
  submits: Recorded[];
  mediaQueries: URLSearchParams[];
  /** the next autosave answers (default: saved, version + 1) */
  answers: AutosaveAnswer[];
  version: number;
  close(): Promise<void>;
}

async function startFakeSite(): Promise<FakeSite> {
  const assets = loadNewsroomAssets();
  const images = new Map<string, Buffer>();
  const colours = ['#3d6e8f', '#8f6a3d', '#4f8f3d', '#6d3d8f', '#8f3d4f', '#3d8f83'];
  for (const it of LIBRARY) {
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: colours[it.id % colours.length] } }).png().toBuffer();
    images.set(it.url, png);
    images.set(it.thumbUrl, png);
  }
  const uploaded: typeof LIBRARY = [];
  const site = { autosaves: [], uploads: [], submits: [], mediaQueries: [], answers: [], version: 3 } as unknown as FakeSite;
  const read = (req: http.IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });
  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    res.setHeader('content-security-policy', CSP);
    if (req.method === 'GET' && (p === '/newsroom/articles/12/edit/' || p === '/newsroom/articles/new/' || p === '/newsroom/articles/13/edit/')) {
      const articleId = p.includes('/12/') ? 12 : p.includes('/13/') ? 13 : null;
      const body = articleId ? INITIAL_BODY : { type: 'doc' as const, content: [] };
      const staff = { id: 1, email: 'a@x', name: 'Aida Sultanova', role: 'author' as const, authorId: 1, via: 'session' as const, sessionHash: null, csrf: CSRF };
      const page = NewsroomLayout({ title: 'Edit article', assets, staff, csrf: CSRF, section: 'articles', scripts: ['editor'], wide: true, children: raw(formHtml({ articleId, body, version: site.version, readOnly: p.includes('/13/') })) });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(page.html);
    }
    if (req.method === 'GET' && p.startsWith('/static/')) {
      const a = assets.byPath.get(p);
      if (!a) return json(res, 404, {});
      res.writeHead(200, { 'content-type': a.type });
      return res.end(a.body);
    }
    if (req.method === 'GET' && images.has(p)) {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(images.get(p));
    }
    if (p === '/api/v1/newsroom/media/' && req.method === 'GET') {
      site.mediaQueries.push(url.searchParams);
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const page = Number(url.searchParams.get('page') ?? '1');
      const all = [...uploaded, ...LIBRARY].filter((i) => !q || `${i.alt} ${i.caption ?? ''}`.toLowerCase().includes(q));
      return json(res, 200, { items: all.slice((page - 1) * 12, page * 12), total: all.length, page });
    }
    if (p === '/api/v1/newsroom/media/' && req.method === 'POST') {
      const body = await read(req);
      site.uploads.push({ headers: req.headers, bytes: body.length });
      if (req.headers['x-csrf-token'] !== CSRF) return json(res, 403, { error: 'Bad CSRF token' });
      if (!String(req.headers['content-type']).startsWith('multipart/form-data')) return json(res, 400, { error: 'Expected a multipart upload' });
      if (!body.includes(Buffer.from('name="file"'))) return json(res, 400, { error: 'No file field' });
      if (body.includes(Buffer.from('not-an-image'))) return json(res, 400, { error: 'This file is not a JPEG, PNG, WebP or GIF picture.' });
      const id = 100 + uploaded.length;
      const item = { id, url: `/media/test-1-960.png`, thumbUrl: `/media/test-1-320.png`, width: 960, height: 600, alt: '', caption: null, credit: null };
      uploaded.unshift(item);
      return json(res, 200, { items: [item] });
    }
    const autosave = /^\/newsroom\/articles\/(\d+)\/autosave\/$/.exec(p);
    if (autosave && req.method === 'POST') {
      const body = new URLSearchParams((await read(req)).toString('utf8'));
      site.autosaves.push({ headers: req.headers, body });
      if (req.headers['x-csrf-token'] !== CSRF) return json(res, 403, { ok: false, error: 'Bad CSRF token' });
      const answer = site.answers.shift();
      if (answer === 'drop') return req.socket.destroy();
      if (answer) return json(res, answer.status, answer.json);
      site.version = Number(body.get('version')) + 1;
      return json(res, 200, { ok: true, version: site.version, savedAt: Date.now(), savedAtText: 'Saved at 14:32' });
    }
    if (req.method === 'POST' && (p === '/newsroom/articles/new/' || p === '/newsroom/articles/12/')) {
      site.submits.push({ headers: req.headers, body: new URLSearchParams((await read(req)).toString('utf8')) });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><html lang="en"><title>Saved</title><p>Saved</p></html>');
    }
    json(res, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return site;
}

const tool = (page: Page, label: string) => page.locator(`[role="toolbar"] button[aria-label="${label}"]`);

function bodyOf(page: Page): Promise<DocNode> {
  return page.locator('input[name="body_json"]').inputValue().then((v) => JSON.parse(v) as DocNode);
}

describeWithChromium('rich-text editor island', () => {
  let site: FakeSite;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [site, browser] = await Promise.all([startFakeSite(), launchBrowser()]);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  // a page left open would keep autosaving and take the answers meant for the next test
  afterEach(async () => {
    for (const c of contexts.splice(0)) await closeContext(c);
    site.answers.length = 0;
    site.version = 3;
  });

  /** Opens a test page; the site's CSP applies (axe needs it lifted: it is injected inline). */
  async function open(path: string, viewport = { width: 1280, height: 900 }, bypassCSP = false): Promise<Page> {
    const context = await browser.newContext({ viewport, bypassCSP, reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    (page as Page & { jsErrors: string[] }).jsErrors = errors;
    await page.goto(site.url + path);
    await page.locator('.ed-prose').waitFor();
    return page;
  }
  const jsErrors = (page: Page) => (page as Page & { jsErrors: string[] }).jsErrors;
  /** Puts the caret at the end of the first element matching the selector (End only reaches the end of a visual line). */
  const caretAtEnd = async (page: Page, selector: string) => {
    await page.locator(selector).first().click();
    await page.evaluate((sel) => {
      const target = document.querySelector(sel)!;
      const range = document.createRange();
      range.selectNodeContents(target);
      range.collapse(false);
      const s = window.getSelection()!;
      s.removeAllRanges();
      s.addRange(range);
    }, selector);
  };

  it('mounts on the form: loads the body, hides the plain textarea, keeps body_json, runs under the CSP', async () => {
    const page = await open('/newsroom/articles/12/edit/');
    await expect.poll(() => page.locator('.ed-prose h2').textContent()).toBe('What changes');
    expect(await page.locator('.ed-prose strong').textContent()).toBe('a fifth');
    expect(await page.locator('#body_text').isVisible()).toBe(false);
    expect(await page.locator('label[for="body_text"]').isVisible()).toBe(false);
    expect(await page.locator('#hint-body_text').isVisible()).toBe(false);
    expect(await page.locator('.ed-label').textContent()).toBe('Body');
    const prose = page.locator('.ed-prose');
    expect(await prose.getAttribute('role')).toBe('textbox');
    expect(await prose.getAttribute('lang')).toBe('ru');
    expect(await page.locator('[data-editor]').getAttribute('aria-labelledby')).toBe(null);
    expect(await bodyOf(page)).toEqual(INITIAL_BODY);
    expect(await page.locator('#body_text').inputValue()).toContain('Bishkek, 14 February.');
    expect(jsErrors(page)).toEqual([]);
  });

  it('writes a story: bold, a link (refusing javascript:), a list, a quote with attribution and an embed end up in body_json', async () => {
    const page = await open('/newsroom/articles/new/');
    expect(await page.locator('.ed-status').textContent()).toMatch(/Autosave starts once the article is saved/);
    await page.locator('.ed-prose').click();
    await page.keyboard.type('Bishkek. ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('Parliament');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' met today. Read the report');
    expect(await tool(page, 'Bold').getAttribute('aria-pressed')).toBe('false');
    // select "report" and link it
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+K');
    const linkDialog = page.locator('dialog[open]');
    await expect.poll(() => linkDialog.locator('h2').textContent()).toBe('Add a link');
    await page.keyboard.type('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await expect.poll(() => linkDialog.locator('[role="alert"]').textContent()).toMatch(/only use http, https or mailto/);
    expect(await linkDialog.getByLabel('Link address').getAttribute('aria-invalid')).toBe('true');
    await linkDialog.getByLabel('Link address').fill('example.org/report');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.locator('.ed-prose a').getAttribute('href')).toBe('https://example.org/report');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ed-prose'))).toBe(true);

    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await tool(page, 'Bulleted list').click();
    expect(await tool(page, 'Bulleted list').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('first point');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second point');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await tool(page, 'Quote').click();
    await page.keyboard.type('We will decide in March.');
    await page.locator('.ed-quote-input').fill('the speaker');
    await page.locator('.ed-prose blockquote p').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('After the quote.');

    await tool(page, 'Embed a video or post').click();
    const embedDialog = page.locator('dialog[open]');
    await embedDialog.getByLabel('Address').fill('http://example.org/post');
    await embedDialog.getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => embedDialog.locator('[role="alert"]').textContent()).toMatch(/https/);
    await embedDialog.getByLabel('Address').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await expect.poll(() => embedDialog.locator('.ed-embed-preview').textContent()).toMatch(/YouTube video/);
    await embedDialog.getByLabel('Title (optional)').fill('The session');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ed-embed .ed-embed-kind').textContent()).toBe('YouTube video');
    expect(await page.locator('.ed-embed .ed-embed-url').textContent()).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');

    const doc = await bodyOf(page);
    const check = validateDoc(doc);
    expect(check.ok ? [] : check.errors).toEqual([]);
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Bishkek. ' },
          { type: 'text', text: 'Parliament', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' met today. Read the ' },
          { type: 'text', text: 'report', marks: [{ type: 'link', attrs: { href: 'https://example.org/report' } }] },
        ],
      },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first point' }] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'second point' }] }] },
        ],
      },
      { type: 'blockquote', attrs: { attribution: 'the speaker' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We will decide in March.' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'After the quote.' }] },
      { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'The session' } },
    ]);

    // leaving with unsaved text asks first; the new page has no autosave
    expect(site.autosaves.length).toBe(0);
    let asked = false;
    page.on('dialog', async (d) => {
      asked = d.type() === 'beforeunload';
      await d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toBe(true);
    expect(jsErrors(page)).toEqual([]);
  });

  it('submitting the form sends the current body_json, without a leave warning', async () => {
    const page = await open('/newsroom/articles/new/');
    await page.locator('#headline').fill('A new story');
    await page.locator('.ed-prose').click();
    await page.keyboard.type('Typed just before saving');
    let asked = false;
    page.on('dialog', async (d) => {
      asked = true;
      await d.accept();
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/newsroom\/articles\/new\/$/);
    await expect.poll(() => site.submits.length).toBeGreaterThan(0);
    const sent = site.submits.at(-1)!.body;
    expect(JSON.parse(sent.get('body_json')!)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Typed just before saving' }] }] });
    expect(sent.get('body_text_base')).toBe('digest-of-plain');
    expect(asked).toBe(false);
  });

  it('the toolbar is one tab stop, operated with arrow keys, Enter, Home/End, Escape and Alt+F10', async () => {
    const page = await open('/newsroom/articles/new/');
    const toolbar = page.locator('[role="toolbar"]');
    expect(await toolbar.getAttribute('aria-label')).toBe('Formatting');
    const buttons = toolbar.locator('button');
    const n = await buttons.count();
    expect(n).toBe(13);
    for (let i = 0; i < n; i++) expect(await buttons.nth(i).getAttribute('aria-label')).toBeTruthy();
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
    expect(await toolbar.locator('button[aria-pressed]').count()).toBe(9);

    await page.locator('#lead').focus();
    await page.keyboard.press('Tab');
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? (document.activeElement?.classList.contains('ed-prose') ? 'the text' : document.activeElement?.tagName));
    expect(await focusedLabel()).toBe('Paragraph');
    await page.keyboard.press('Tab');
    await expect.poll(focusedLabel).toBe('the text');
    await page.keyboard.type('Hello world');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedLabel()).toBe('Paragraph');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel()).toBe('Bold');
    expect(await toolbar.locator('button[tabindex="0"]').getAttribute('aria-label')).toBe('Bold');
    await page.keyboard.press('Enter');
    expect(await tool(page, 'Bold').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(focusedLabel).toBe('the text');
    expect((await bodyOf(page)).content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Hello world', marks: [{ type: 'bold' }] }] }]);

    // Alt+F10 from the text: back on the last used button; Space works too; Home, End, wrap-around
    await page.keyboard.press('Alt+F10');
    expect(await focusedLabel()).toBe('Bold');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel()).toBe('H2 heading');
    await page.keyboard.press('Space');
    // back in the text at once, so a quick next key (Alt+F10 below) reaches the text, not the button
    expect(await focusedLabel()).toBe('the text');
    expect(await tool(page, 'H2 heading').getAttribute('aria-pressed')).toBe('true');
    expect((await bodyOf(page)).content[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    await page.keyboard.press('Alt+F10');
    await page.keyboard.press('End');
    expect(await focusedLabel()).toBe('Redo');
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel()).toBe('Paragraph');
    await page.keyboard.press('Home');
    expect(await focusedLabel()).toBe('Paragraph');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel()).toBe('Redo');
    expect(await tool(page, 'Redo').getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel()).toBe('Undo');
    await page.keyboard.press('Enter');
    expect((await bodyOf(page)).content[0]).toMatchObject({ type: 'paragraph' });
    expect(await tool(page, 'Redo').getAttribute('aria-disabled')).toBe(null);
    await page.keyboard.press('Alt+F10');
    await page.keyboard.press('Escape');
    await expect.poll(focusedLabel).toBe('the text');
    // Ctrl+Y redoes, Ctrl+Z undoes
    await page.keyboard.press('Control+Y');
    expect((await bodyOf(page)).content[0]).toMatchObject({ type: 'heading' });
    await page.keyboard.press('Control+Z');
    expect((await bodyOf(page)).content[0]).toMatchObject({ type: 'paragraph' });
  });

  it('autosaves the whole form 3 s after a change and carries the new version', async () => {
    const page = await open('/newsroom/articles/12/edit/');
    site.version = 3;
    const before = site.autosaves.length;
    await page.locator('#headline').fill('Budget approved by the cabinet');
    const req = await page.waitForRequest((r) => r.url().endsWith('/newsroom/articles/12/autosave/'), { timeout: 15_000 });
    expect(req.method()).toBe('POST');
    await expect.poll(() => page.locator('.ed-status').textContent()).toBe('Saved at 14:32');
    const sent = site.autosaves[before];
    expect(sent.headers['x-csrf-token']).toBe(CSRF);
    expect(sent.headers.accept).toBe('application/json');
    expect(sent.headers['content-type']).toMatch(/application\/x-www-form-urlencoded/);
    expect(sent.body.get('headline')).toBe('Budget approved by the cabinet');
    expect(sent.body.get('version')).toBe('3');
    expect(sent.body.get('_csrf')).toBe(CSRF);
    expect(sent.body.getAll('author_ids')).toEqual(['1']);
    expect(sent.body.get('is_pinned')).toBe('1');
    expect(sent.body.get('is_breaking')).toBe(null);
    expect(JSON.parse(sent.body.get('body_json')!)).toEqual(INITIAL_BODY);
    expect(await page.locator('input[name="version"]').inputValue()).toBe('4');
    expect(await page.locator('.ed-status').getAttribute('role')).toBe('status');

    // a change in the editor: the next save is based on version 4 and carries the new body
    await page.locator('.ed-prose p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Deputies agreed.');
    await expect.poll(() => site.autosaves.length, { timeout: 15_000 }).toBe(before + 2);
    const second = site.autosaves[before + 1].body;
    expect(second.get('version')).toBe('4');
    expect(JSON.stringify(JSON.parse(second.get('body_json')!))).toContain('Deputies agreed.');
    await expect.poll(() => page.locator('input[name="version"]').inputValue()).toBe('5');
    // everything is saved: no backup left, no warning on leaving
    expect(await page.evaluate(() => localStorage.getItem('newsdesk.editor.article-12.draft'))).toBe(null);
  });

  it('a 409 conflict stops autosave, shows an alert with both choices and keeps the text, also after a reload', async () => {
    const page = await open('/newsroom/articles/12/edit/');
    const before = site.autosaves.length;
    site.answers.push({ status: 409, json: { ok: false, conflict: true, message: 'Bakyt Asanov saved a newer version of this article at 14:31.', current: { version: 9, headline: 'Budget approved (updated)', updatedByName: 'Bakyt Asanov', updatedAt: Date.now() } } });
    await page.locator('.ed-prose p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' My own sentence.');
    const alert = page.locator('.ed-conflict[role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/Bakyt Asanov saved a newer version/);
    expect(site.autosaves.length).toBe(before + 1);
    const openLatest = alert.getByRole('link', { name: 'Open the latest version in a new tab' });
    expect(await openLatest.getAttribute('target')).toBe('_blank');
    expect(await openLatest.getAttribute('href')).toBe(`${site.url}/newsroom/articles/12/edit/`);
    expect(await page.locator('input[name="version"]').inputValue()).toBe('3');
    expect(await page.locator('.ed-prose').textContent()).toContain('My own sentence.');
    // kept on this computer
    const kept = await page.evaluate(() => localStorage.getItem('newsdesk.editor.article-12.conflict'));
    expect(kept).toContain('My own sentence.');

    await alert.getByRole('button', { name: 'Keep editing mine' }).click();
    expect(await alert.textContent()).toMatch(/Autosave is off/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ed-prose'))).toBe(true);
    await page.keyboard.type(' And more.');
    // hiding the page would normally save at once: after a conflict nothing goes to the server
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => page.evaluate(() => localStorage.getItem('newsdesk.editor.article-12.conflict'))).toContain('And more.');
    await page.waitForTimeout(3500);
    expect(site.autosaves.length).toBe(before + 1);

    // a reload (the server's version again) offers the kept text back
    await page.evaluate(() => Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true }));
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await page.locator('.ed-prose').waitFor();
    const restore = page.getByRole('button', { name: /^Restore unsaved text from \d\d:\d\d$/ });
    await restore.waitFor();
    expect(await page.locator('.ed-prose').textContent()).not.toContain('My own sentence.');
    await restore.click();
    expect(await page.locator('.ed-prose').textContent()).toContain('My own sentence. And more.');
    expect(JSON.stringify(await bodyOf(page))).toContain('My own sentence. And more.');
    expect(await page.evaluate(() => localStorage.getItem('newsdesk.editor.article-12.conflict'))).toBe(null);
  });

  it('shows a refused autosave, retries when offline, and offers unsaved text after a crash', async () => {
    const page = await open('/newsroom/articles/12/edit/');
    site.answers.push({ status: 400, json: { ok: false, error: 'The headline is too long.', fields: { headline: 'At most 300 characters.' } } });
    await page.locator('#headline').fill('Too long');
    await expect.poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 }).toBe('Not saved: The headline is too long. At most 300 characters.');

    // the network goes away: the status says so, the backup holds the text, and it is saved once back
    const context = page.context();
    const count = site.autosaves.length;
    await context.setOffline(true);
    await page.locator('#headline').fill('Short again');
    await expect.poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 }).toBe('Not saved — offline? Retrying…');
    expect(await page.locator('.ed-status').getAttribute('class')).toContain('ed-status--warn');
    expect(await page.evaluate(() => localStorage.getItem('newsdesk.editor.article-12.draft'))).toContain('Short again');
    expect(site.autosaves.length).toBe(count);
    await context.setOffline(false);
    await expect.poll(() => page.locator('.ed-status').textContent(), { timeout: 20_000 }).toBe('Saved at 14:32');
    expect(site.autosaves.at(-1)!.body.get('headline')).toBe('Short again');
    expect(await page.evaluate(() => localStorage.getItem('newsdesk.editor.article-12.draft'))).toBe(null);

    // a crash with unsaved text (the backup stays), then the page opens again
    await context.setOffline(true);
    await page.locator('#tags').fill('budget, schools');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('newsdesk.editor.article-12.draft')), { timeout: 10_000 }).toContain('budget, schools');
    await page.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(site.url + '/newsroom/articles/12/edit/');
    const restore = again.getByRole('button', { name: /^Restore unsaved text from / });
    await restore.waitFor();
    expect(await again.locator('#tags').inputValue()).toBe('budget, government');
    await restore.click();
    expect(await again.locator('#tags').inputValue()).toBe('budget, schools');
    site.answers.length = 0;
    await expect.poll(() => site.autosaves.at(-1)!.body.get('tags'), { timeout: 15_000 }).toBe('budget, schools');
  });

  it('inserts a picture from the media library with alt text, caption and credit; sets the cover', async () => {
    const page = await open('/newsroom/articles/12/edit/');
    await page.locator('.ed-prose p').first().click();
    await page.keyboard.press('End');
    await tool(page, 'Image from the media library').click();
    const picker = page.locator('dialog[open]');
    await expect.poll(() => picker.locator('h2').textContent()).toBe('Insert an image');
    await expect.poll(() => picker.locator('.ed-media-item').count()).toBe(12);
    expect(await picker.locator('[role="status"]').textContent()).toMatch(/14 pictures in the library/);
    await picker.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => picker.locator('.ed-media-item').count()).toBe(14);
    await picker.getByLabel('Search the library').fill('river');
    await expect.poll(() => picker.locator('.ed-media-item .ed-media-name').allTextContents()).toEqual(['Chui river at dawn']);
    expect(site.mediaQueries.at(-1)!.get('q')).toBe('river');
    await picker.locator('.ed-media-item').first().focus();
    await page.keyboard.press('Enter');
    const details = page.locator('dialog[open]');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Insert image');
    expect(await details.getByLabel('Alt text (required)').inputValue()).toBe('Chui river at dawn');
    expect(await details.getByLabel('Caption').inputValue()).toBe('The Chui river near Tokmok');
    await details.getByLabel('Alt text (required)').fill('');
    await details.getByRole('button', { name: 'Insert image' }).click();
    await expect.poll(() => details.locator('[role="alert"]').textContent()).toMatch(/required/);
    await details.getByLabel('Alt text (required)').fill('The river at dawn, mist over the water');
    await details.getByLabel('Credit').fill('Aida Sultanova / Newsdesk');
    await details.getByRole('button', { name: 'Insert image' }).click();
    await expect.poll(() => page.locator('.ed-figure img').count()).toBe(1);
    expect(await page.locator('.ed-figure figcaption').textContent()).toContain('The Chui river near Tokmok');
    const img = (await bodyOf(page)).content.find((b) => b.type === 'image');
    expect(img).toEqual({ type: 'image', attrs: { src: '/media/test-1-960.png', alt: 'The river at dawn, mist over the water', caption: 'The Chui river near Tokmok', credit: 'Aida Sultanova / Newsdesk', width: 960, height: 600 } });

    // edit it later from the picture's own button
    await page.locator('.ed-figure').getByRole('button', { name: /Edit image/ }).click();
    await page.locator('dialog[open]').getByLabel('Caption').fill('Mist on the Chui');
    await page.locator('dialog[open]').getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => JSON.stringify(await bodyOf(page))).toContain('Mist on the Chui');

    // the cover: the field, the preview, the empty alt text and caption from the library
    await page.getByRole('button', { name: 'Choose from library' }).click();
    const coverPicker = page.locator('dialog[open]');
    await expect.poll(() => coverPicker.locator('h2').textContent()).toBe('Choose the cover image');
    expect(await coverPicker.getByLabel('Search the library').inputValue()).toBe('');
    await coverPicker.getByLabel('Search the library').fill('parliament');
    await expect.poll(() => coverPicker.locator('.ed-media-item .ed-media-name').allTextContents()).toEqual(['Parliament building in Bishkek']);
    await coverPicker.locator('.ed-media-item').click();
    expect(await page.locator('#cover_image_id').inputValue()).toBe('2');
    expect(await page.locator('[data-cover-preview] img').getAttribute('src')).toBe('/media/test-2-320.png');
    expect(await page.locator('#cover_alt').inputValue()).toBe('Parliament building in Bishkek');
    expect(await page.locator('#cover_caption').inputValue()).toBe('The Jogorku Kenesh on Monday');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Choose from library');
    expect(jsErrors(page)).toEqual([]);
  });

  it('uploads dropped and pasted pictures, asks for alt text, and shows refused uploads', async () => {
    const page = await open('/newsroom/articles/12/edit/');
    const before = site.uploads.length;
    const png = (await sharp({ create: { width: 40, height: 30, channels: 3, background: '#aa3300' } }).png().toBuffer()).toString('base64');
    await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'photo.png', { type: 'image/png' }));
      const target = document.querySelector('.ed-prose p')!;
      const r = target.getBoundingClientRect();
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, clientX: r.left + 5, clientY: r.top + 5, bubbles: true, cancelable: true }));
    }, png);
    const details = page.locator('dialog[open]');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Insert image');
    const up = site.uploads[before];
    expect(up.headers['x-csrf-token']).toBe(CSRF);
    expect(up.headers['content-type']).toMatch(/^multipart\/form-data/);
    await details.getByLabel('Alt text (required)').fill('A red square');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ed-figure img').count()).toBe(1);
    expect((await bodyOf(page)).content.find((b) => b.type === 'image')).toMatchObject({ type: 'image', attrs: { src: '/media/test-1-960.png', alt: 'A red square' } });

    // a paste of a file the server refuses: the message is shown, nothing inserted
    await page.locator('.ed-prose p').first().click();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['not-an-image'], 'fake.png', { type: 'image/png' }));
      document.querySelector('.ed-prose')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('.ed-notice[role="alert"]').textContent()).toMatch(/Not uploaded: This file is not a JPEG, PNG, WebP or GIF picture/);
    expect(await page.locator('.ed-figure img').count()).toBe(1);
  });

  it('a read-only form shows the text without toolbar or autosave', async () => {
    const page = await open('/newsroom/articles/13/edit/');
    expect(await page.locator('.ed-prose').getAttribute('contenteditable')).toBe('false');
    expect(await page.locator('[role="toolbar"]').isVisible()).toBe(false);
    expect(await page.locator('.ed-status').textContent()).toBe('Read only');
  });

  it('has no axe violations with the editor mounted and with each dialog open', { timeout: 240_000 }, async () => {
    const results: Array<{ where: string; violations: Awaited<ReturnType<typeof runAxe>> }> = [];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await open('/newsroom/articles/12/edit/', viewport, true);
      const w = viewport.width;
      const shot = async (name: string) => {
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-${name}-${w}.png`, fullPage: name === 'page' });
      };
      // content of every kind, so that every node view is checked
      await caretAtEnd(page, '.ed-prose p');
      await page.keyboard.press('Enter');
      await tool(page, 'Quote').click();
      await page.keyboard.type('Schools come first.');
      await page.locator('.ed-quote-input').fill('the minister of education');
      await page.locator('.ed-prose h2').click();
      await tool(page, 'Image from the media library').click();
      await expect.poll(() => page.locator('dialog[open] .ed-media-item').count()).toBe(12);
      await shot('picker');
      results.push({ where: `${w} media picker`, violations: await runAxe(page, WCAG_TAGS) });
      await page.locator('dialog[open] .ed-media-item').nth(2).click();
      await page.locator('dialog[open]').getByLabel('Alt text (required)').waitFor();
      await shot('image-dialog');
      results.push({ where: `${w} image dialog`, violations: await runAxe(page, WCAG_TAGS) });
      await page.keyboard.press('Enter');
      await tool(page, 'Embed a video or post').click();
      await page.locator('dialog[open]').getByLabel('Address').fill('https://t.me/newsdesk/1234');
      await page.keyboard.press('Enter');
      await caretAtEnd(page, '.ed-prose > p:last-of-type');
      await page.keyboard.press('Enter');
      await tool(page, 'Numbered list').click();
      await page.keyboard.type('One');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Two');
      results.push({ where: `${w} editor with every node`, violations: await runAxe(page, WCAG_TAGS) });
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('page');
      await page.locator('.ed-prose h2').click();
      await page.evaluate(() => window.scrollBy(0, document.querySelector('.ed-prose h2')!.getBoundingClientRect().top - 200));
      await shot('writing');
      await page.keyboard.press('Control+K');
      await page.locator('dialog[open]').getByLabel('Link address').fill('ftp://x');
      await page.keyboard.press('Enter');
      await page.locator('dialog[open] [role="alert"]').filter({ hasText: /ftp/ }).waitFor();
      await shot('link-dialog');
      results.push({ where: `${w} link dialog with an error`, violations: await runAxe(page, WCAG_TAGS) });
      await page.keyboard.press('Escape');
      await tool(page, 'Embed a video or post').click();
      await page.locator('dialog[open]').getByLabel('Address').fill('https://youtu.be/dQw4w9WgXcQ');
      results.push({ where: `${w} embed dialog`, violations: await runAxe(page, WCAG_TAGS) });
      await page.keyboard.press('Escape');
      // the conflict alert and the restore offer
      site.answers.push({ status: 409, json: { ok: false, conflict: true, message: 'Someone saved a newer version.', current: { version: 9, updatedByName: 'Bakyt Asanov', updatedAt: Date.now() } } });
      await page.keyboard.type(' x');
      await page.locator('.ed-conflict p').first().waitFor({ timeout: 15_000 });
      await page.evaluate(() => window.scrollBy(0, 300));
      await shot('conflict');
      results.push({ where: `${w} conflict alert`, violations: await runAxe(page, WCAG_TAGS) });
      page.on('dialog', (d) => void d.accept());
      await page.reload();
      await page.getByRole('button', { name: /^Restore unsaved text/ }).waitFor();
      await shot('restore');
      results.push({ where: `${w} restore offer`, violations: await runAxe(page, WCAG_TAGS) });
      await page.getByRole('button', { name: 'Discard it' }).click();
      await page.close();
    }
    const failing = results.filter((r) => r.violations.length);
    expect(failing.length, failing.map((r) => formatViolations(r.where, r.violations)).join('\n\n')).toBe(0);
  });
});

describeWithChromium('rich-text editor on the real article page', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('edits, autosaves, survives a reload, meets a real conflict, and passes axe', { timeout: 240_000 }, async () => {
    const author = await createStaff(server, 'author', { name: 'Aida Author' });
    const editor = await createStaff(server, 'editor', { name: 'Bakyt Editor' });
    const id = await createViaForm(server, author, { headline: 'Дороги: программа ремонта', body_text: 'Первый абзац.\n\nВторой абзац.', tags: 'дороги' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: false, reducedMotion: 'reduce' });
    const [name, value] = author.cookie.split('=');
    await context.addCookies([{ name, value, url: server.baseUrl }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url(`/newsroom/articles/${id}/`));
    await page.locator('.ed-prose').waitFor();
    expect(await page.locator('.ed-prose p').allTextContents()).toEqual(['Первый абзац.', 'Второй абзац.']);
    expect(await page.locator('#body_text').isVisible()).toBe(false);
    const version = Number(await page.locator('input[name="version"]').inputValue());

    // bold text typed into the editor is autosaved with the whole form
    await page.locator('.ed-prose p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Дополнение: ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('важно');
    const saved = page.waitForResponse((r) => r.url().endsWith(`/newsroom/articles/${id}/autosave/`), { timeout: 20_000 });
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.locator('.ed-status').textContent()).toMatch(/^Saved at \d{1,2}:\d\d/);
    await expect.poll(() => page.locator('input[name="version"]').inputValue()).toBe(String(version + 1));

    // the server has it: a fresh load shows the bold word
    const html = (await get(server, author, `/newsroom/articles/${id}/`)).body;
    const body = JSON.parse(formOf(html).body_json as string) as DocNode;
    expect(body.content[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Второй абзац. Дополнение: ' }, { type: 'text', text: 'важно', marks: [{ type: 'bold' }] }] });

    // a picture from the real library into the body, and a cover: the server accepts both
    await page.locator('.ed-prose p').first().click();
    await tool(page, 'Image from the media library').click();
    const picker = page.locator('dialog[open]');
    await expect.poll(() => picker.locator('.ed-media-item').count()).toBeGreaterThan(0);
    await picker.locator('.ed-media-item').first().click();
    await page.locator('dialog[open]').getByLabel('Alt text (required)').fill('Дорога в горах');
    await page.locator('dialog[open]').getByRole('button', { name: 'Insert image' }).click();
    await page.locator('.ed-figure img').waitFor();
    await page.getByRole('button', { name: 'Choose from library' }).click();
    await expect.poll(() => page.locator('dialog[open] .ed-media-item').count()).toBeGreaterThan(1);
    const coverId = await page.locator('dialog[open] .ed-media-item').nth(1).getAttribute('data-media-id');
    await page.locator('dialog[open] .ed-media-item').nth(1).click();
    expect(await page.locator('#cover_image_id').inputValue()).toBe(coverId);
    const storedForm = async () => formOf((await get(server, author, `/newsroom/articles/${id}/`)).body);
    await expect.poll(async () => (await storedForm()).cover_image_id, { timeout: 20_000 }).toBe(coverId);
    await expect.poll(() => page.locator('.ed-status').textContent()).toMatch(/^Saved at/);
    const stored = await storedForm();
    await expect.poll(() => page.locator('input[name="version"]').inputValue()).toBe(stored.version);
    expect((JSON.parse(stored.body_json as string) as DocNode).content.find((b) => b.type === 'image')).toMatchObject({ type: 'image', attrs: { alt: 'Дорога в горах', src: expect.stringMatching(/^\/media\//) } });

    const shots = async (tag: string) => {
      if (!SHOTS) return;
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: width === 1280 ? 900 : 844 });
        await page.screenshot({ path: `${SHOTS}/real-${tag}-${width}.png`, fullPage: tag === 'page' });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    await shots('page');

    // someone else saves a newer version; the next autosave is refused and the text stays
    const res = await submit(server, editor, `/newsroom/articles/${id}/`, { ...formOf((await get(server, editor, `/newsroom/articles/${id}/`)).body), headline: 'Дороги: программа ремонта (правка редактора)' });
    expect(res.statusCode).toBe(303);
    await page.locator('.ed-prose p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' и ещё');
    const alert = page.locator('.ed-conflict[role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toMatch(/Not saved/);
    expect(await alert.textContent()).toMatch(/Bakyt Editor/);
    expect(await page.locator('.ed-prose').textContent()).toContain('важно и ещё');
    const after = (await get(server, author, `/newsroom/articles/${id}/`)).body;
    expect(formOf(after).headline).toBe('Дороги: программа ремонта (правка редактора)');
    expect(formOf(after).body_json).not.toContain('и ещё');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shots('conflict');

    // axe on the real page (axe is injected inline: the CSP is lifted for it)
    const axeContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, reducedMotion: 'reduce' });
    await axeContext.addCookies([{ name, value, url: server.baseUrl }]);
    const axePage = await axeContext.newPage();
    await axePage.goto(server.url(`/newsroom/articles/${id}/`));
    await axePage.locator('.ed-prose').waitFor();
    const results = [{ where: 'real edit page', violations: await runAxe(axePage, WCAG_TAGS) }];
    await axePage.goto(server.url('/newsroom/articles/new/?lang=ru'));
    await axePage.locator('.ed-prose').waitFor();
    results.push({ where: 'real new-article page', violations: await runAxe(axePage, WCAG_TAGS) });
    const failing = results.filter((r) => r.violations.length);
    expect(failing.length, failing.map((r) => formatViolations(r.where, r.violations)).join('\n\n')).toBe(0);
    expect(errors).toEqual([]);
    await closeContext(axeContext);
    await closeContext(context);
  });
});
