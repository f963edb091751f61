// A reader's path through the site in real Chromium, at phone and desktop widths: home → article,
// language switch to a translation, print version, day archive and the day before; the same without
// JavaScript; and no horizontal scrolling on a phone.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_LANGS, type Lang } from '../../src/domain/lang.js';
import { addDays } from '../../src/i18n/format.js';
import { t } from '../../src/i18n/strings.js';
import { articlePath, dayPath, homePath, printPath, shortPath } from '../../src/web/urls.js';
import { describeWithChromium, launchBrowser, VIEWPORTS } from '../support/browser.js';
import { TEST_NOW } from '../support/constants.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { coveringArticles } from './pages.js';

interface Translated {
  source: { id: number; lang: Lang; slug: string; headline: string };
  target: { id: number; lang: Lang; slug: string; headline: string };
}

/** The newest published ru article that has a published translation (English preferred). */
async function translatedArticle(server: TestServer): Promise<Translated> {
  const db = server.store.db;
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('articles as b', 'b.story_id', 'a.story_id')
    .where('a.lang', '=', 'ru')
    .where('b.lang', '!=', 'ru')
    .where('a.status', '=', 'published')
    .where('b.status', '=', 'published')
    .where('a.published_at', '<=', TEST_NOW)
    .where('b.published_at', '<=', TEST_NOW)
    .select(['a.id as aId', 'a.slug as aSlug', 'a.headline as aHeadline', 'b.id as bId', 'b.lang as bLang', 'b.slug as bSlug', 'b.headline as bHeadline'])
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  const row = rows.find((r) => r.bLang === 'en') ?? rows[0];
  if (!row) throw new Error('the demo content has no ru article with a published translation');
  return {
    source: { id: row.aId, lang: 'ru', slug: row.aSlug, headline: row.aHeadline },
    target: { id: row.bId, lang: row.bLang as Lang, slug: row.bSlug, headline: row.bHeadline },
  };
}

/** Collects what goes wrong while a page is used: script errors, console errors (CSP too) and failed requests to the site. */
function watch(page: Page, baseUrl: string): () => string[] {
  let problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('response', (res) => {
    if (res.url().startsWith(baseUrl) && res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    // Leaving a page cancels its pending image loads (net::ERR_ABORTED): expected, not a failure.
    const error = req.failure()?.errorText ?? '';
    if (req.url().startsWith(baseUrl) && error !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${error})`);
  });
  return () => {
    const out = problems;
    problems = [];
    return out;
  };
}

async function headline(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const widest = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
    return { scrollWidth: document.documentElement.scrollWidth, widest };
  });
}

describeWithChromium('reader flow in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let translated: Translated;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    translated = await translatedArticle(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS) as Array<[keyof typeof VIEWPORTS, (typeof VIEWPORTS)[keyof typeof VIEWPORTS]]>) {
    describe(`${name} (${viewport.width}×${viewport.height})`, () => {
      let context: BrowserContext;
      let page: Page;
      let problems: () => string[];

      beforeAll(async () => {
        context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
        page = await context.newPage();
        problems = watch(page, server.baseUrl);
      });
      afterAll(() => context?.close());

      it('opens an article from the home page by clicking it', async () => {
        const res = await page.goto(server.url(homePath('ru')));
        expect(res?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe('ru');
        const link = page.locator('.top-story .card-title a');
        const href = await link.getAttribute('href');
        const text = ((await link.textContent()) ?? '').trim();
        expect(href).toMatch(/^\/ru\/\d+-[^/]+\/$/);
        await link.click();
        await page.waitForURL(server.url(href!));
        expect(await headline(page)).toBe(text);
        expect(problems()).toEqual([]);
      });

      it('switches an article to its translation with the header language switch', async () => {
        const { source, target } = translated;
        await page.goto(server.url(articlePath(source)));
        expect(await page.getAttribute('html', 'lang')).toBe('ru');
        expect(await headline(page)).toBe(source.headline);
        const switchLink = page.locator(`nav.lang-switch a[hreflang="${target.lang}"]`);
        expect(await switchLink.getAttribute('href')).toBe(articlePath(target));
        await switchLink.click();
        await page.waitForURL(server.url(articlePath(target)));
        expect(await page.getAttribute('html', 'lang')).toBe(target.lang);
        expect(await headline(page)).toBe(target.headline);
        // The switch now marks the translation's language as the current one.
        expect(await page.locator('nav.lang-switch a[aria-current="true"]').getAttribute('lang')).toBe(target.lang);
        // The permanent (short) link is absolute, on this site, and leads back to the article.
        const permalink = page.locator('a[data-permalink]');
        expect(((await permalink.textContent()) ?? '').trim()).toBe(server.url(shortPath(target)));
        await permalink.click();
        await page.waitForURL(server.url(articlePath(target)));
        expect(await headline(page)).toBe(target.headline);
        expect(problems()).toEqual([]);
      });

      it('opens the print version from the article', async () => {
        const { target } = translated;
        await page.goto(server.url(articlePath(target)));
        await page.getByRole('link', { name: t(target.lang).print, exact: true }).click();
        await page.waitForURL(server.url(printPath(target.lang, target.id)));
        expect(await page.getAttribute('html', 'lang')).toBe(target.lang);
        expect(await headline(page)).toBe(target.headline);
        // No site navigation: no header, menus, language switch, feed or footer.
        const navigation = await page.locator('nav, header.site-header, .rubric-nav, .lang-switch, .day-feed, footer.site-footer').count();
        expect(navigation, 'site navigation on the print page').toBe(0);
        expect(problems()).toEqual([]);
      });

      it('goes to the day archive from the feed and walks back one day', async () => {
        const s = t('ru');
        await page.goto(server.url(homePath('ru')));
        const allOfDay = page.locator('.day-feed .feed-more a', { hasText: s.allNewsOfDay }).first();
        const href = await allOfDay.getAttribute('href');
        const day = /^\/ru\/news\/(\d{4}-\d{2}-\d{2})\/$/.exec(href ?? '')?.[1];
        expect(day, `"${s.allNewsOfDay}" link ${href}`).toBeDefined();
        await allOfDay.click();
        await page.waitForURL(server.url(dayPath('ru', day!)));
        const title = page.locator('h1.page-title');
        expect(await title.locator('time').getAttribute('datetime')).toBe(day);
        const before = ((await title.textContent()) ?? '').trim();
        // The test clock stands at Wednesday 14 February 2024.
        expect(day).toBe('2024-02-14');
        expect(before).toBe('14 февраля 2024, среда');

        const previous = addDays(day!, -1);
        await page.getByRole('link', { name: s.previousDay }).first().click();
        await page.waitForURL(server.url(dayPath('ru', previous)));
        expect(await title.locator('time').getAttribute('datetime')).toBe(previous);
        const after = ((await title.textContent()) ?? '').trim();
        expect(after).not.toBe(before);
        expect(after).toBe('13 февраля 2024, вторник');
        expect(problems()).toEqual([]);
      });

      if (name === 'phone') {
        it('has no horizontal scroll at 360 px on home and article pages', async () => {
          const paths: string[] = [];
          for (const lang of KNOWN_LANGS) {
            paths.push(homePath(lang));
            // The articles that together show every kind of body content (pictures, embeds, quotes, lists…).
            for (const a of await coveringArticles(server.store, lang)) paths.push(articlePath({ lang, ...a }));
          }
          paths.push(articlePath(translated.source), articlePath(translated.target));
          const wide: string[] = [];
          for (const p of [...new Set(paths)]) {
            const res = await page.goto(server.url(p));
            expect(res?.status(), p).toBe(200);
            const { scrollWidth, widest } = await horizontalOverflow(page);
            if (scrollWidth > viewport.width) wide.push(`${p}: scrollWidth ${scrollWidth}px; too wide: ${widest.join(', ')}`);
          }
          expect(wide, `pages wider than ${viewport.width}px:\n${wide.join('\n')}`).toEqual([]);
          expect(problems()).toEqual([]);
        });
      }
    });
  }

  describe('without JavaScript', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    });
    afterAll(() => context?.close());

    it('navigates from the home page to an article', async () => {
      const page = await context.newPage();
      const problems = watch(page, server.baseUrl);
      await page.goto(server.url(homePath('ru')));
      const link = page.locator('.top-story .card-title a');
      const href = await link.getAttribute('href');
      const text = ((await link.textContent()) ?? '').trim();
      await link.click();
      await page.waitForURL(server.url(href!));
      expect(await headline(page)).toBe(text);
      // The page script really did not run: it is what shows the permalink copy button.
      expect(await page.locator('button[data-copy]').isHidden()).toBe(true);
      expect(problems()).toEqual([]);
    });
  });
});
