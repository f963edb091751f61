// The newsroom's day, end to end in Chromium: an author signs in, uploads a picture, writes a story
// with it and submits it; an editor schedules it; the scheduler publishes it on time and readers see
// it; a translator translates it and an editor publishes the translation; the public language switch
// leads to it; an edit is undone by restoring a revision.
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeContext, describeWithChromium, launchBrowser, VIEWPORTS } from '../support/browser.js';
import { TEST_NOW } from '../support/constants.js';
import { createStaff, type TestStaff } from '../support/newsroom.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { stepRunner } from '../support/steps.js';

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

async function statusOf(articleId: number): Promise<string> {
  return (await s.store.db.selectFrom('articles').where('id', '=', articleId).select('status').executeTakeFirstOrThrow()).status;
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
    // Each step is bounded and names itself on failure, with the server's, the database's and the
    // browser's state (test/support/steps.ts).
    let id = 0;
    let kyId = 0;
    const { step, watch } = stepRunner(s, {
      ms: 50_000,
      state: async () => `article ${id}: ${id ? await statusOf(id) : '-'}, translation ${kyId}: ${kyId ? await statusOf(kyId) : '-'}`,
    });
    let ruPath = '';
    let imageId = 0;

    // Browser contexts are opened inside the steps too: Playwright gives them no timeout of its own.
    let authorCtx!: BrowserContext;
    let ap!: Page;
    await step('the author signs in with email and password', async () => {
      authorCtx = await browser.newContext({ viewport: VIEWPORTS.desktop });
      watch(authorCtx, 'author');
      ap = await authorCtx.newPage();
      await ap.goto(s.url('/newsroom/'));
      expect(ap.url()).toContain('/newsroom/login/');
      await ap.fill('input[name=email]', author.email);
      await ap.fill('input[name=password]', author.password);
      await Promise.all([ap.waitForURL(/\/newsroom\/articles\/$/), ap.click('main button[type=submit]')]);
    });

    await step('… uploads a picture to the media library', async () => {
      const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2f6f8f' } }).jpeg().toBuffer();
      await ap.goto(s.url('/newsroom/media/'));
      await ap.setInputFiles('#md-files', { name: 'park.jpg', mimeType: 'image/jpeg', buffer: jpeg });
      // the drop zone's script uploads chosen files at once (without JavaScript an Upload button does)
      await expect.poll(async () => (await s.store.db.selectFrom('images').where('original_name', '=', 'park.jpg').select('id').executeTakeFirst())?.id ?? null, { timeout: 20_000 }).not.toBeNull();
      imageId = (await s.store.db.selectFrom('images').where('original_name', '=', 'park.jpg').select('id').executeTakeFirstOrThrow()).id;
    });

    await step('… writes the story with the rich-text editor and puts the picture in it', async () => {
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
      await ap.locator(`[data-media-id="${imageId}"]`).click();
      await ap.getByLabel('Alt text (required)').fill('Аллея нового парка у реки');
      await ap.getByRole('button', { name: 'Insert image' }).click();
      await ap.fill('input[name=cover_image_id]', String(imageId));
      await ap.fill('input[name=cover_alt]', 'Аллея нового парка у реки');
      await Promise.all([ap.waitForURL(/\/newsroom\/articles\/\d+\/$/), ap.getByRole('button', { name: 'Create draft' }).last().click()]);
      id = await articleIdFrom(ap);
      const draft = await s.store.db.selectFrom('articles').where('id', '=', id).selectAll().executeTakeFirstOrThrow();
      expect(draft.status).toBe('draft');
      expect(draft.headline).toBe(HEADLINE);
      expect(draft.body).toContain('"type":"bold"');
      expect(draft.body).toContain(`/media/`);
      expect(draft.created_by).toBe(author.id);
    });

    await step('… and submits it for review (an author cannot publish: no such button)', async () => {
      expect(await ap.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
      await ap.getByRole('button', { name: 'Submit for review' }).click();
      await ap.waitForLoadState('load');
      await expect.poll(() => statusOf(id)).toBe('review');
      await closeContext(authorCtx);
    });

    let ed!: { context: BrowserContext; page: Page };
    await step('the editor schedules it for 15:30 Bishkek time (the clock says 14:50)', async () => {
      ed = await signedIn(editor);
      watch(ed.context, 'editor');
      await ed.page.goto(s.url(`/newsroom/articles/${id}/`));
      await ed.page.fill('#schedule-at', '2024-02-14T15:30');
      await ed.page.getByRole('button', { name: 'Schedule', exact: true }).click();
      await ed.page.waitForLoadState('load');
      await expect.poll(() => statusOf(id)).toBe('scheduled');
      expect((await publicHtml('/ru/')).body).not.toContain(HEADLINE);
    });

    // At 15:31 the scheduler inside the server publishes it (its tick is real time, 10 s apart).
    await step('at 15:31 the scheduler publishes it; readers see it on the home page, the day feed and the RSS feed', async () => {
      clock = Date.parse('2024-02-14T09:31:00Z');
      await expect.poll(() => statusOf(id), { timeout: 30_000, interval: 500 }).toBe('published');
      const published = await s.store.db.selectFrom('articles').where('id', '=', id).selectAll().executeTakeFirstOrThrow();
      expect((await publicHtml('/ru/')).body).toContain(HEADLINE);
      expect((await publicHtml('/ru/news/2024-02-14/')).body).toContain(HEADLINE);
      expect((await publicHtml('/ru/feed.rss')).body).toContain(HEADLINE);
      ruPath = `/ru/${id}-${published.slug}/`;
      const ruPage = await publicHtml(ruPath);
      expect(ruPage.status).toBe(200);
      expect(ruPage.body).toContain('Айжан Репортёрова');
      expect(ruPage.body).toContain('alt="Аллея нового парка у реки"');
    });

    await step('a translator finds it in the Kyrgyz queue and translates it', async () => {
      const tr = await signedIn(translator);
      watch(tr.context, 'translator');
      await tr.page.goto(s.url('/newsroom/translations/?lang=ky'));
      const row = tr.page.locator('tr', { hasText: HEADLINE });
      await Promise.all([tr.page.waitForURL(/\/newsroom\/articles\/\d+\/$/), row.getByRole('button', { name: /Translate/ }).click()]);
      kyId = await articleIdFrom(tr.page);
      expect(kyId).not.toBe(id);
      // the original is shown beside the form
      expect(await tr.page.locator('main').textContent()).toContain(HEADLINE);
      await tr.page.fill('input[name=headline]', HEADLINE_KY);
      await tr.page.fill('textarea[name=lead]', 'Аянты 12 гектар болгон парк ишемби күнү шаар тургундары үчүн ачылды.');
      await tr.page.getByRole('button', { name: 'Submit for review' }).click();
      await tr.page.waitForLoadState('load');
      await expect.poll(async () => (await s.store.db.selectFrom('articles').where('id', '=', kyId).select(['status', 'headline', 'lang']).executeTakeFirstOrThrow())).toMatchObject({ status: 'review', headline: HEADLINE_KY, lang: 'ky' });
      await closeContext(tr.context);
    });

    await step('the editor publishes the translation', async () => {
      await ed.page.goto(s.url(`/newsroom/articles/${kyId}/`));
      await ed.page.getByRole('button', { name: 'Publish now' }).click();
      await ed.page.waitForLoadState('load');
      await expect.poll(() => statusOf(kyId)).toBe('published');
    });

    let reader!: BrowserContext;
    let rp!: Page;
    await step('a reader on the Russian page switches to Kyrgyz and lands on the translation', async () => {
      reader = await browser.newContext({ viewport: VIEWPORTS.phone });
      watch(reader, 'reader');
      rp = await reader.newPage();
      await rp.goto(s.url(ruPath));
      await Promise.all([rp.waitForURL(new RegExp(`/ky/${kyId}-`)), rp.locator('.lang-switch a[hreflang=ky]').click()]);
      expect((await rp.locator('h1').textContent())?.trim()).toBe(HEADLINE_KY);
    });

    await step('the editor changes the Russian headline, then restores the previous version', async () => {
      await ed.page.goto(s.url(`/newsroom/articles/${id}/`));
      const versionBefore = Number(await ed.page.inputValue('input[name=version]'));
      await ed.page.fill('input[name=headline]', 'Неудачный заголовок, который надо вернуть');
      await ed.page.locator('button[data-action=save]').first().click();
      await ed.page.waitForLoadState('load');
      await expect.poll(async () => (await publicHtml(ruPath)).body).toContain('Неудачный заголовок, который надо вернуть');
      await ed.page.goto(s.url(`/newsroom/articles/${id}/revisions/`));
      await ed.page.getByRole('button', { name: `Restore version ${versionBefore}`, exact: true }).click();
      await ed.page.waitForLoadState('load');
      await expect.poll(async () => (await s.store.db.selectFrom('articles').where('id', '=', id).select('headline').executeTakeFirstOrThrow()).headline).toBe(HEADLINE);
      await rp.goto(s.url(ruPath));
      expect((await rp.locator('h1').textContent())?.trim()).toBe(HEADLINE);
    });
    await step('closing the browser contexts', async () => {
      await closeContext(reader);
      await closeContext(ed.context);
    });
  }, 180_000);
});
