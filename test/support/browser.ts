// Launching the system Chromium for the browser tests (never a downloaded one).
//
// Without Chromium the browser suites are skipped with a message, except in CI (CI=true), where a
// failing test says what is missing: nothing may be skipped there.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

export const CHROMIUM_PATH = process.env.NEWSDESK_CHROMIUM || '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const IS_CI = process.env.CI === 'true' || process.env.CI === '1';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const VIEWPORTS = {
  phone: { width: 360, height: 780 },
  desktop: { width: 1280, height: 900 },
} as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Closes a context once its pages have finished loading. Chromium sometimes never answers the close
 * (CDP Target.disposeBrowserContext) when it arrives while a page is still loading the document a form
 * submission led to: 4 closes in 20 hung here, 0 in 40 after waiting for `load`; Playwright gives the
 * close no timeout, so a test would hang until its own timeout (CI saw this twice).
 */
export async function closeContext(context: BrowserContext): Promise<void> {
  for (const page of context.pages()) await page.waitForLoadState('load', { timeout: 15_000 }).catch(() => {});
  await context.close();
}

/**
 * `describe` for a suite that needs Chromium: skipped (with the reason in its title and on stderr)
 * when Chromium is missing, and replaced by a failing test in CI.
 */
export function describeWithChromium(name: string, fn: () => void): void {
  if (!HAS_CHROMIUM) {
    const reason = `Chromium not found at ${CHROMIUM_PATH} (install it, e.g. apt-get install -y chromium, or set NEWSDESK_CHROMIUM)`;
    if (IS_CI) {
      describe(name, () => {
        it('needs Chromium (CI=true: browser tests may not be skipped)', () => {
          throw new Error(reason);
        });
      });
      return;
    }
    console.warn(`⚠ ${name}: SKIPPED — ${reason}`);
  }
  describe.skipIf(!HAS_CHROMIUM)(HAS_CHROMIUM ? name : `${name} [SKIPPED: Chromium not found at ${CHROMIUM_PATH}]`, fn);
}

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string; html: string }>;
}

/** Runs axe-core on the page (the context must have bypassCSP: the site's CSP forbids inline scripts). */
export async function runAxe(page: Page, tags: string[]): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html })),
    }));
  }, tags);
}

/** Violations as readable text: rule, impact, each target selector and what is wrong there. */
export function formatViolations(where: string, violations: AxeViolation[]): string {
  if (!violations.length) return `${where}: no violations`;
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const v of violations) {
    lines.push(`  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 8)) {
      lines.push(`    at ${n.target.map(String).join(' >> ')}`);
      lines.push(`       ${n.html.length > 200 ? n.html.slice(0, 200) + '…' : n.html}`);
      if (n.failureSummary) lines.push(...n.failureSummary.split('\n').map((l) => `       ${l}`));
    }
    if (v.nodes.length > 8) lines.push(`    … and ${v.nodes.length - 8} more element(s)`);
  }
  return lines.join('\n');
}
