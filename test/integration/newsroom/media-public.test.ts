// Uploaded pictures on the public article page: an AVIF source before WebP for the cover, and body
// pictures from the library with AVIF/WebP sources, a JPEG srcset, sizes, width and height.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DocNode } from '../../../src/domain/document/types.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createStaff } from '../../support/newsroom.js';
import { jpeg, multipart, png } from './media-fixtures.js';

let t: TestApp;
let pagePath: string;
let photo: { id: number; url: string };
let chart: { id: number; url: string };

beforeAll(async () => {
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-media-public-'));
  t = await testApp({ configure: (c) => (c.mediaDir = mediaDir) });
  const editor = await createStaff(t, 'editor');
  const body = multipart([
    { filename: 'photo.jpg', data: await jpeg(1600, 1000) },
    { filename: 'chart.png', data: await png(900, 600), type: 'image/png' },
  ]);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/newsroom/media/', payload: body.payload, headers: { ...body.headers, ...editor.api } });
  expect(res.statusCode, res.body).toBe(201);
  [photo, chart] = res.json().items;

  const article = await t.store.db.selectFrom('articles').where('status', '=', 'published').where('lang', '=', 'en').select(['id', 'slug', 'body']).orderBy('published_at', 'desc').executeTakeFirstOrThrow();
  const doc = JSON.parse(article.body) as DocNode;
  doc.content.splice(1, 0, { type: 'image', attrs: { src: photo.url, alt: 'Crowd on the "square" <b>', caption: 'At noon', credit: 'Newsdesk' } });
  doc.content.push({ type: 'image', attrs: { src: chart.url.replace(/-\d+\.jpg$/, '.png'), alt: 'The chart' } });
  doc.content.push({ type: 'image', attrs: { src: 'https://example.org/outside.jpg', alt: 'Outside', width: 640, height: 480 } });
  await t.store.db.updateTable('articles').set({ body: JSON.stringify(doc), cover_image_id: photo.id, cover_alt: 'Cover alt' }).where('id', '=', article.id).execute();
  pagePath = `/en/${article.id}-${article.slug}/`;
}, 120_000);
afterAll(() => t?.close());

function figures(html: string): string[] {
  return [...html.matchAll(/<figure class="body-image">([\s\S]*?)<\/figure>/g)].map((m) => m[1]);
}

it('gives the cover an AVIF source before the WebP one', async () => {
  const res = await t.app.inject({ url: pagePath });
  expect(res.statusCode).toBe(200);
  const cover = /<figure class="cover">([\s\S]*?)<\/figure>/.exec(res.body)![1];
  const avif = cover.indexOf('<source type="image/avif"');
  const webp = cover.indexOf('<source type="image/webp"');
  expect(avif).toBeGreaterThan(-1);
  expect(webp).toBeGreaterThan(avif);
  expect(cover).toMatch(/srcset="\/media\/uploads\/2024\/02\/[0-9a-f]{24}-320\.avif 320w, [^"]*-1600\.avif 1600w"/);
  expect(cover).toContain('width="1600" height="1000"');
});

it('gives library pictures in the body srcset, sizes, width and height, whichever of their files the body names', async () => {
  const res = await t.app.inject({ url: pagePath });
  const [first, second, third] = figures(res.body);
  expect(first).toMatch(/^<picture><source type="image\/avif" srcset="[^"]*-320\.avif 320w, [^"]*-640\.avif 640w, [^"]*-960\.avif 960w, [^"]*-1280\.avif 1280w, [^"]*-1600\.avif 1600w" sizes="\(min-width: 64em\) 44rem, 100vw"><source type="image\/webp" srcset="[^"]*-320\.webp 320w/);
  expect(first).toContain(`<img src="${photo.url}" srcset="`);
  expect(first).toMatch(/srcset="[^"]*-320\.jpg 320w, [^"]*-1600\.jpg 1600w" sizes="\(min-width: 64em\) 44rem, 100vw"/);
  expect(first).toContain('alt="Crowd on the &quot;square&quot; &lt;b&gt;" width="1600" height="1000" loading="lazy"');
  expect(first).toContain('<figcaption><span class="caption">At noon</span>');
  // the original PNG named in the body: its renditions are offered too
  expect(second).toContain('<source type="image/avif"');
  expect(second).toContain('width="900" height="600"');
  // a picture from elsewhere stays as it was written
  expect(third).toBe('<img src="https://example.org/outside.jpg" alt="Outside" width="640" height="480" loading="lazy" decoding="async">');
});
