import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('error pages', () => {
  it('answers unknown addresses with a localized 404 page', async () => {
    const cases: Array<[string, string, string]> = [
      ['/en/no/such/page/', 'en', 'Page not found'],
      ['/ky/rubric/zzz/', 'ky', 'Барак табылган жок'],
      ['/ru/news/2024-02-31/', 'ru', 'Страница не найдена'],
      ['/fr/', 'ru', 'Страница не найдена'],
      ['/xx/123/', 'ru', 'Страница не найдена'],
      ['/static/nothing.css', 'ru', 'Страница не найдена'],
    ];
    for (const [url, lang, title] of cases) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body, url).toContain(`<html lang="${lang}"`);
      expect(res.body, url).toContain(`<h1 class="page-title">${title}</h1>`);
      expect(res.body).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('answers with folder-style addresses', async () => {
    const res = await t.app.inject('/en?x=1');
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/en/?x=1');
  });

  it('sends security headers and fingerprinted static files', async () => {
    const res = await t.app.inject('/en/');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const css = /<link rel="stylesheet" href="(\/static\/site\.[0-9a-f]{10}\.css)">/.exec(res.body)![1];
    const js = /<script src="(\/static\/site\.[0-9a-f]{10}\.js)" defer>/.exec(res.body)![1];
    const cssRes = await t.app.inject(css);
    expect(cssRes.statusCode).toBe(200);
    expect(cssRes.headers['cache-control']).toContain('immutable');
    const jsRes = await t.app.inject(js);
    expect(jsRes.statusCode).toBe(200);
    // "A few KB of JavaScript" at most: the clock, the copy button, the view beacon and the live feed.
    expect(jsRes.rawPayload.length).toBeLessThan(6144);
    expect(gzipSync(jsRes.rawPayload).length).toBeLessThan(2560);
  });

  it('serves the demo pictures', async () => {
    const res = await t.app.inject('/en/');
    const img = /<img src="(\/media\/demo\/[^"]+\.jpg)"/.exec(res.body)![1];
    const pic = await t.app.inject(img);
    expect(pic.statusCode).toBe(200);
    expect(pic.headers['content-type']).toBe('image/jpeg');
    for (const url of ['/media/../package.json', '/media/%2e%2e/package.json', '/media/demo/../../package.json']) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).not.toBe(200);
      expect(res.body).not.toContain('"name": "newsdesk"');
    }
  });

  it('shows a localized 503 page when the database fails, never a stack trace', async () => {
    await t.store.close();
    // /ky/news/… was never served, so no cached copy can stand in for it
    const res = await t.app.inject('/ky/news/2024-02-13/');
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('30');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('<html lang="ky"');
    expect(res.body).toContain('<h1 class="page-title">Убактылуу жеткиликсиз</h1>');
    expect(res.body).not.toMatch(/at \w+ \(|Error:/);
    const health = await t.app.inject('/healthz');
    expect(health.statusCode).toBe(503);
  });
});
