// Takes screenshots of pages at phone and desktop widths: node scripts/screenshot.mjs BASE_URL OUT_DIR path...
// COOKIE="nd_session=…" signs the browser in (newsroom pages); FULL=1 takes whole pages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [base, out, ...paths] = process.argv.slice(2);
if (!base || !out || paths.length === 0) {
  console.error('usage: node scripts/screenshot.mjs http://localhost:3000 /tmp/shots /ru/ /en/123/ ...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 780 }]]) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  if (process.env.COOKIE) {
    const [cname, ...rest] = process.env.COOKIE.split('=');
    await context.addCookies([{ name: cname, value: rest.join('='), url: base }]);
  }
  const page = await context.newPage();
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: 'load' });
    const file = path.join(out, `${name}${p.replace(/[^a-z0-9]+/gi, '_')}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
