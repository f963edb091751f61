// The newsroom's day, end to end in Chromium: an author signs in, uploads a picture, writes a story
// with it and submits it; an editor schedules it; the scheduler publishes it on time and readers see
// it; a translator translates it and an editor publishes the translation; the public language switch
// leads to it; an edit is undone by restoring a revision.
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { describeWithChromium, launchBrowser, VIEWPORTS } from '../support/browser.js';
import { TEST_NOW } from '../support/constants.js';
import { createStaff, type TestStaff } from '../support/newsroom.js';
import { startTestServer, type TestServer } from '../support/server.js';

let clock = TEST_NOW;
let s: TestServer;
let browser: Browser;
let author: TestStaff;
let editor: TestStaff;
let translator: TestStaff;

const HEADLINE = 'В Бишкеке открылся новый парк у реки Ала-Арча';
const HEADLINE_KY = 'Бишкекте Ала-Арча дарыясынын жээгинде жаңы парк ачылды';

beforeAll(async () => {
  s = await startTestServer({ clock: () => clock });
  author = await createStaff(s, 'author', { name: 'Айжан Репортёрова' });
  editor = await createStaff(s, 'editor');
  translator = await createStaff(s, 'translator');
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function signedIn(staff: TestStaff): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  await context.addCookies([{ name: staff.cookie.split('=')[0], value: staff.cookie.split('=').slice(1).join('='), url: s.baseUrl }]);
  return { context, page: await context.newPage() };
}

async function articleIdFrom(page: Page): Promise<number> {
  const m = /\/newsroom\/articles\/(\d+)\//.exec(page.url());
  expect(m, page.url()).not.toBeNull();
  return Number(m![1]);
}

async function publicHtml(path: string): Promise<{ status: number; body: string }> {
  // fetch waits 300 s for headers by default, longer than the test may take: a page that never
  // answers must fail here, naming itself (CI once saw this test time out with no clue where).
  const res = await fetch(s.url(path), { signal: AbortSignal.timeout(30_000) }).catch((err) => {
    throw new Error(`GET ${path}: ${String(err)}`);
  });
  return { status: res.status, body: await res.text() };
}

describeWithChromium('the newsroom from filing to publishing', () => {
  it('takes a story from an author to readers in two languages', async () => {
    // Which step a failure (or a timeout) happened in, printed with the failure.
    let step = 'start';
    onTestFailed(() => console.error(`newsroom flow failed during: ${step}`));
    // ── The author signs in with email and password.
    step = 'The author signs in with email and password.';
    const authorCtx = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const ap = await authorCtx.newPage();
    await ap.goto(s.url('/newsroom/'));
    expect(ap.url()).toContain('/newsroom/login/');
    await ap.fill('input[name=email]', author.email);
    await ap.fill('input[name=password]', author.password);
    await Promise.all([ap.waitForURL(/\/newsroom\/articles\/$/), ap.click('main button[type=submit]')]);

    // ── … uploads a picture to the media library,
    step = '… uploads a picture to the media library,';
    const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2f6f8f' } }).jpeg().toBuffer();
    await ap.goto(s.url('/newsroom/media/'));
    await ap.setInputFiles('#md-files', { name: 'park.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    // the drop zone's script uploads chosen files at once (without JavaScript an Upload button does)
    await expect.poll(async () => (await s.store.db.selectFrom('images').where('original_name', '=', 'park.jpg').select('id').executeTakeFirst())?.id ?? null, { timeout: 20_000 }).not.toBeNull();
    const image = await s.store.db.selectFrom('images').where('original_name', '=', 'park.jpg').select(['id', 'file']).executeTakeFirstOrThrow();

    // ── … writes the story with the rich-text editor and puts the picture in it,
    step = '… writes the story with the rich-text editor and puts the picture in it,';
    await ap.goto(s.url('/newsroom/articles/new/?lang=ru'));
    await ap.fill('input[name=headline]', HEADLINE);
    await ap.fill('textarea[name=lead]', 'Парк площадью 12 гектаров открыли для горожан в субботу.');
    const body = ap.locator('.ProseMirror');
    await body.click();
    await ap.keyboard.type('В парке высадили три тысячи деревьев. ');
    await ap.keyboard.press('Control+b');
    await ap.keyboard.type('Вход свободный.');
    await ap.keyboard.press('Control+b');
    await ap.keyboard.press('Enter');
    await ap.getByRole('button', { name: 'Image from the media library' }).click();
    await ap.locator(`[data-media-id="${image.id}"]`).click();
    await ap.getByLabel('Alt text (required)').fill('Аллея нового парка у реки');
    await ap.getByRole('button', { name: 'Insert image' }).click();
    await ap.fill('input[name=cover_image_id]', String(image.id));
    await ap.fill('input[name=cover_alt]', 'Аллея нового парка у реки');
    await Promise.all([ap.waitForURL(/\/newsroom\/articles\/\d+\/$/), ap.getByRole('button', { name: 'Create draft' }).last().click()]);
    const id = await articleIdFrom(ap);
    const draft = await s.store.db.selectFrom('articles').where('id', '=', id).selectAll().executeTakeFirstOrThrow();
    expect(draft.status).toBe('draft');
    expect(draft.headline).toBe(HEADLINE);
    expect(draft.body).toContain('"type":"bold"');
    expect(draft.body).toContain(`/media/`);
    expect(draft.created_by).toBe(author.id);

    // ── … and submits it for review (an author cannot publish: no such button).
    step = '… and submits it for review (an author cannot publish: no such button).';
    expect(await ap.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
    await Promise.all([ap.waitForLoadState('load'), ap.getByRole('button', { name: 'Submit for review' }).click()]);
    await expect.poll(async () => (await s.store.db.selectFrom('articles').where('id', '=', id).select('status').executeTakeFirstOrThrow()).status).toBe('review');
    await authorCtx.close();

    // ── The editor schedules it for 15:30 Bishkek time (the clock says 14:50).
    step = 'The editor schedules it for 15:30 Bishkek time (the clock says 14:50).';
    const ed = await signedIn(editor);
    await ed.page.goto(s.url(`/newsroom/articles/${id}/`));
    await ed.page.fill('#schedule-at', '2024-02-14T15:30');
    await Promise.all([ed.page.waitForLoadState('load'), ed.page.getByRole('button', { name: 'Schedule', exact: true }).click()]);
    await expect.poll(async () => (await s.store.db.selectFrom('articles').where('id', '=', id).select('status').executeTakeFirstOrThrow()).status).toBe('scheduled');
    expect((await publicHtml('/ru/')).body).not.toContain(HEADLINE);

    // ── At 15:31 the scheduler inside the server publishes it; readers see it on the home page,
    step = 'At 15:31 the scheduler inside the server publishes it; readers see it on the hom';
    //    the day feed and the RSS feed.
    clock = Date.parse('2024-02-14T09:31:00Z');
    await expect.poll(async () => (await s.store.db.selectFrom('articles').where('id', '=', id).select('status').executeTakeFirstOrThrow()).status, { timeout: 30_000, interval: 500 }).toBe('published');
    const published = await s.store.db.selectFrom('articles').where('id', '=', id).selectAll().executeTakeFirstOrThrow();
    expect((await publicHtml('/ru/')).body).toContain(HEADLINE);
    expect((await publicHtml('/ru/news/2024-02-14/')).body).toContain(HEADLINE);
    expect((await publicHtml('/ru/feed.rss')).body).toContain(HEADLINE);
    const ruPath = `/ru/${id}-${published.slug}/`;
    const ruPage = await publicHtml(ruPath);
    expect(ruPage.status).toBe(200);
    expect(ruPage.body).toContain('Айжан Репортёрова');
    expect(ruPage.body).toContain('alt="Аллея нового парка у реки"');

    // ── A translator finds it in the Kyrgyz queue and translates it.
    step = 'A translator finds it in the Kyrgyz queue and translates it.';
    const tr = await signedIn(translator);
    await tr.page.goto(s.url('/newsroom/translations/?lang=ky'));
    const row = tr.page.locator('tr', { hasText: HEADLINE });
    await Promise.all([tr.page.waitForURL(/\/newsroom\/articles\/\d+\/$/), row.getByRole('button', { name: /Translate/ }).click()]);
    const kyId = await articleIdFrom(tr.page);
    expect(kyId).not.toBe(id);
    // the original is shown beside the form
    expect(await tr.page.locator('main').textContent()).toContain(HEADLINE);
    await tr.page.fill('input[name=headline]', HEADLINE_KY);
    await tr.page.fill('textarea[name=lead]', 'Аянты 12 гектар болгон парк ишемби күнү шаар тургундары үчүн ачылды.');
    await Promise.all([tr.page.waitForLoadState('load'), tr.page.getByRole('button', { name: 'Submit for review' }).click()]);
    await expect.poll(async () => (await s.store.db.selectFrom('articles').where('id', '=', kyId).select(['status', 'headline', 'lang']).executeTakeFirstOrThrow())).toMatchObject({ status: 'review', headline: HEADLINE_KY, lang: 'ky' });
    await tr.context.close();

    // ── The editor publishes the translation.
    step = 'The editor publishes the translation.';
    await ed.page.goto(s.url(`/newsroom/articles/${kyId}/`));
    await Promise.all([ed.page.waitForLoadState('load'), ed.page.getByRole('button', { name: 'Publish now' }).click()]);
    await expect.poll(async () => (await s.store.db.selectFrom('articles').where('id', '=', kyId).select('status').executeTakeFirstOrThrow()).status).toBe('published');

    // ── A reader on the Russian page switches to Kyrgyz and lands on the translation.
    step = 'A reader on the Russian page switches to Kyrgyz and lands on the translation.';
    const reader = await browser.newContext({ viewport: VIEWPORTS.phone });
    const rp = await reader.newPage();
    await rp.goto(s.url(ruPath));
    await Promise.all([rp.waitForURL(new RegExp(`/ky/${kyId}-`)), rp.locator('.lang-switch a[hreflang=ky]').click()]);
    expect((await rp.locator('h1').textContent())?.trim()).toBe(HEADLINE_KY);

    // ── The editor changes the Russian headline, then restores the previous version.
    step = 'The editor changes the Russian headline, then restores the previous version.';
    await ed.page.goto(s.url(`/newsroom/articles/${id}/`));
    const versionBefore = Number(await ed.page.inputValue('input[name=version]'));
    await ed.page.fill('input[name=headline]', 'Неудачный заголовок, который надо вернуть');
    await Promise.all([ed.page.waitForLoadState('load'), ed.page.locator('button[data-action=save]').first().click()]);
    await expect.poll(async () => (await publicHtml(ruPath)).body).toContain('Неудачный заголовок, который надо вернуть');
    await ed.page.goto(s.url(`/newsroom/articles/${id}/revisions/`));
    await Promise.all([ed.page.waitForLoadState('load'), ed.page.getByRole('button', { name: `Restore version ${versionBefore}`, exact: true }).click()]);
    await expect.poll(async () => (await s.store.db.selectFrom('articles').where('id', '=', id).select('headline').executeTakeFirstOrThrow()).headline).toBe(HEADLINE);
    await rp.goto(s.url(ruPath));
    expect((await rp.locator('h1').textContent())?.trim()).toBe(HEADLINE);
    await reader.close();
    await ed.context.close();
  }, 180_000);
});
