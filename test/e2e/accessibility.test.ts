// axe-core (WCAG 2.0/2.1 A and AA rules) on every page type in every language, in real Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KNOWN_LANGS } from '../../src/domain/lang.js';
import { describeWithChromium, formatViolations, launchBrowser, runAxe, VIEWPORTS, type AxeViolation } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { allSamplePages, type PageKind, type SamplePage } from './pages.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// One test per page type; a type's variants (page 2 of a rubric, a day without news) are checked with it.
const KINDS: Array<{ kind: PageKind; variants: PageKind[] }> = [
  { kind: 'home', variants: ['home'] },
  { kind: 'article', variants: ['article'] },
  { kind: 'print', variants: ['print'] },
  { kind: 'rubric', variants: ['rubric', 'rubric-page-2'] },
  { kind: 'tag', variants: ['tag'] },
  { kind: 'author', variants: ['author'] },
  { kind: 'day', variants: ['day', 'day-empty'] },
  { kind: 'search', variants: ['search', 'search-empty'] },
  { kind: 'rates', variants: ['rates', 'rates-options', 'rates-missing'] },
  { kind: '404', variants: ['404'] },
];

describeWithChromium('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  let server: TestServer;
  let browser: Browser;
  let contexts: Record<keyof typeof VIEWPORTS, BrowserContext>;
  let pages: Record<keyof typeof VIEWPORTS, Page>;
  let samples: SamplePage[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    samples = await allSamplePages(server.store);
    // The site's CSP allows only its own scripts; axe is injected as an inline script.
    const make = (v: keyof typeof VIEWPORTS) => browser.newContext({ viewport: VIEWPORTS[v], bypassCSP: true, reducedMotion: 'reduce' });
    contexts = { desktop: await make('desktop'), phone: await make('phone') };
    pages = { desktop: await contexts.desktop.newPage(), phone: await contexts.phone.newPage() };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function check(page: Page, p: SamplePage, where: string): Promise<{ where: string; violations: AxeViolation[] }> {
    const res = await page.goto(server.url(p.path), { waitUntil: 'load' });
    expect(res?.status(), `${p.path} answered ${res?.status()}`).toBe(p.status);
    return { where: `${where} ${p.path}${p.note ? ` (${p.note})` : ''}`, violations: await runAxe(page, WCAG_TAGS) };
  }

  for (const lang of KNOWN_LANGS) {
    for (const { kind, variants } of KINDS) {
      it(`${lang} ${kind} page has no violations`, async () => {
        const mine = samples.filter((p) => p.lang === lang && variants.includes(p.kind));
        expect(mine.filter((p) => p.kind === kind).length, `no ${lang} ${kind} page among the samples`).toBeGreaterThan(0);
        const results = [];
        for (const p of mine) results.push(await check(pages.desktop, p, 'desktop'));
        // The phone layout hides and reflows parts of the page: check the main page types there too.
        if (kind === 'home' || kind === 'article' || kind === 'rates') results.push(await check(pages.phone, mine[0], 'phone'));
        const failing = results.filter((r) => r.violations.length);
        expect(failing.length, failing.map((r) => formatViolations(r.where, r.violations)).join('\n\n')).toBe(0);
      });
    }
  }
});
