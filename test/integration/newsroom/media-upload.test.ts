// Uploads through the API and the library's form: type from content, size and pixel limits, several
// files with one bad, metadata stripped, renditions on disk, CSRF and roles, file names escaped.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../support/app.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';
import type { Role } from '../../../src/store/schema.js';
import { animatedGif, gif, HTML_AS_JPG, jpeg, multipart, noisyJpeg, PDF, png, pngBombHeader, SVG, webp, type UploadPart } from './media-fixtures.js';

let t: TestApp;
let small: TestApp;
let staff: Record<Role, TestStaff>;
let smallEditor: TestStaff;

beforeAll(async () => {
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-media-'));
  t = await testApp({ configure: (c) => (c.mediaDir = mediaDir) });
  staff = await createNewsroom(t);
  const smallDir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-media-small-'));
  small = await testApp({
    configure: (c) => {
      c.mediaDir = smallDir;
      c.mediaMaxBytes = 50 * 1024;
    },
  });
  smallEditor = (await createNewsroom(small)).editor;
});
afterAll(async () => {
  await t?.close();
  await small?.close();
});

function upload(app: TestApp, files: UploadPart[], headers: Record<string, string>, url = '/api/v1/newsroom/media/') {
  const body = multipart(files);
  return app.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, ...headers } });
}

const onDisk = (file: string) => path.join(t.config.mediaDir, file);
const fromUrl = (url: string) => onDisk(url.replace(/^\/media\//, ''));

describe('media upload API', () => {
  it('accepts JPEG, PNG, WebP and GIF and answers 201 with the picker shape', async () => {
    const res = await upload(
      t,
      [
        { filename: 'photo.jpg', data: await jpeg(1600, 900) },
        { filename: 'chart.png', data: await png(700, 400), type: 'image/png' },
        { filename: 'pic.webp', data: await webp(500, 500), type: 'image/webp' },
        { filename: 'anim.gif', data: await animatedGif(300, 200), type: 'image/gif' },
      ],
      staff.author.api,
    );
    expect(res.statusCode, res.body).toBe(201);
    const { items } = res.json();
    expect(items.map((i: { originalName: string }) => i.originalName)).toEqual(['photo.jpg', 'chart.png', 'pic.webp', 'anim.gif']);
    expect(Object.keys(items[0]).sort()).toEqual(['alt', 'caption', 'createdAt', 'credit', 'height', 'id', 'originalName', 'thumbUrl', 'url', 'width'].sort());
    expect(items[0]).toMatchObject({ width: 1600, height: 900, alt: '', caption: '', credit: '', createdAt: '2024-02-14T08:50:00.000Z' });
    expect(items[0].url).toMatch(/^\/media\/uploads\/2024\/02\/[0-9a-f]{24}-1280\.jpg$/);
    expect(items[0].thumbUrl).toMatch(/-320\.jpg$/);
    // smaller than 1280: its largest JPEG rendition, i.e. full size
    expect(items[1].url).toMatch(/-700\.jpg$/);
    // a GIF keeps its animation: the original
    expect(items[3].url).toMatch(/^\/media\/uploads\/2024\/02\/[0-9a-f]{24}\.gif$/);
    for (const item of items) {
      expect(existsSync(fromUrl(item.url)), item.url).toBe(true);
      expect(existsSync(fromUrl(item.thumbUrl)), item.thumbUrl).toBe(true);
    }
    const rows = await t.store.db.selectFrom('images').where('id', 'in', items.map((i: { id: number }) => i.id)).selectAll().orderBy('id').execute();
    expect(rows.map((r) => r.mime)).toEqual(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
    expect(rows[0]).toMatchObject({ original_name: 'photo.jpg', uploaded_by: staff.author.id, alt: '', width: 1600, height: 900 });
    expect(Number(rows[0].size_bytes)).toBe(readFileSync(onDisk(rows[0].file)).length);
    const variants = JSON.parse(rows[0].variants) as Array<{ width: number; mime: string; file: string }>;
    expect(variants.length).toBe(15);
    expect(new Set(variants.map((v) => v.mime))).toEqual(new Set(['image/avif', 'image/webp', 'image/jpeg']));
    for (const v of variants) expect(existsSync(onDisk(v.file)), v.file).toBe(true);
    // served by the static media route with a year-long immutable cache
    const served = await t.app.inject({ url: items[0].url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['cache-control']).toContain('immutable');
    // recorded in the audit log
    const log = await t.store.db.selectFrom('audit_log').where('action', '=', 'media.upload').where('user_id', '=', staff.author.id).selectAll().execute();
    expect(log.map((l) => l.target)).toEqual(expect.arrayContaining(['photo.jpg', 'anim.gif']));
  }, 120_000);

  it('types a file by its content: a PNG named .jpg is a PNG; HTML, SVG and PDF named .jpg are refused', async () => {
    const renamed = await upload(t, [{ filename: 'really-a-png.jpg', data: await png(64, 48), type: 'image/jpeg' }], staff.editor.api);
    expect(renamed.statusCode).toBe(201);
    const row = await t.store.db.selectFrom('images').where('id', '=', renamed.json().items[0].id).selectAll().executeTakeFirstOrThrow();
    expect(row.mime).toBe('image/png');
    expect(row.file).toMatch(/\.png$/);

    for (const [name, data] of [['page.jpg', HTML_AS_JPG], ['logo.jpg', SVG], ['notes.pdf', PDF]] as const) {
      const res = await upload(t, [{ filename: name, data, type: 'image/jpeg' }], staff.editor.api);
      expect(res.statusCode, name).toBe(415);
      expect(res.json()).toEqual({ error: `${name} is not a JPEG, PNG, WebP or GIF image.`, files: [{ name, error: `${name} is not a JPEG, PNG, WebP or GIF image.` }] });
    }
  });

  it('refuses damaged images that cannot be decoded, and decompression bombs', async () => {
    const good = await jpeg(400, 300);
    const truncated = await upload(t, [{ filename: 'cut.jpg', data: good.subarray(0, Math.floor(good.length * 0.6)) }], staff.editor.api);
    expect(truncated.statusCode).toBe(415);
    expect(truncated.json().error).toBe('cut.jpg could not be read as an image: it is damaged, incomplete or not really a JPEG.');
    const garbage = await upload(t, [{ filename: 'noise.jpg', data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000, 9)]) }], staff.editor.api);
    expect(garbage.statusCode).toBe(415);
    const bomb = await upload(t, [{ filename: 'bomb.png', data: pngBombHeader(30_000, 30_000), type: 'image/png' }], staff.editor.api);
    expect(bomb.statusCode).toBe(413);
    expect(bomb.json().error).toMatch(/^bomb\.png has too many pixels \(more than 40 megapixels\)/);
    const count = await t.store.db.selectFrom('images').where('original_name', 'in', ['cut.jpg', 'noise.jpg', 'bomb.png']).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    expect(Number(count?.n)).toBe(0);
  });

  it('keeps the good files when one of several is bad, each with its own result', async () => {
    const before = await t.store.db.selectFrom('images').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await upload(
      t,
      [
        { filename: 'one.jpg', data: await jpeg(120, 80) },
        { filename: 'notes.pdf', data: PDF, type: 'application/pdf' },
        { filename: 'two.gif', data: await gif(90, 60), type: 'image/gif' },
      ],
      staff.translator.api,
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.items.map((i: { originalName: string }) => i.originalName)).toEqual(['one.jpg', 'two.gif']);
    expect(body.files).toEqual([{ name: 'notes.pdf', error: 'notes.pdf is not a JPEG, PNG, WebP or GIF image.' }]);
    expect(body.error).toBe('notes.pdf is not a JPEG, PNG, WebP or GIF image.');
    const after = await t.store.db.selectFrom('images').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(2);
  });

  it('strips EXIF with the GPS position and applies the orientation', async () => {
    const res = await upload(t, [{ filename: 'phone.jpg', data: await jpeg(600, 400, { orientation: 6, gps: true }) }], staff.author.api);
    expect(res.statusCode).toBe(201);
    const item = res.json().items[0];
    expect([item.width, item.height]).toEqual([400, 600]);
    const row = await t.store.db.selectFrom('images').where('id', '=', item.id).selectAll().executeTakeFirstOrThrow();
    const files = [row.file, ...JSON.parse(row.variants).map((v: { file: string }) => v.file)];
    for (const f of files) {
      const bytes = readFileSync(onDisk(f));
      expect(bytes.includes('GPS-TEST-MARKER'), f).toBe(false);
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, f).toBeUndefined();
      expect(meta.height! > meta.width!, f).toBe(true);
    }
  });

  it('answers 413 with a clear message for a file over the configured limit, and keeps the others', async () => {
    const big = await noisyJpeg(400, 300);
    expect(big.length).toBeGreaterThan(50 * 1024);
    const res = await upload(small, [{ filename: 'x.jpg', data: big }], smallEditor.api);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: 'x.jpg is larger than the 50 KB limit.', files: [{ name: 'x.jpg', error: 'x.jpg is larger than the 50 KB limit.' }] });
    const mixed = await upload(small, [{ filename: 'x.jpg', data: big }, { filename: 'ok.png', data: await png(40, 40), type: 'image/png' }], smallEditor.api);
    expect(mixed.statusCode).toBe(201);
    expect(mixed.json().items.map((i: { originalName: string }) => i.originalName)).toEqual(['ok.png']);
    expect(mixed.json().files).toEqual([{ name: 'x.jpg', error: 'x.jpg is larger than the 50 KB limit.' }]);
    // the page form says the same in a page, never a 500
    const page = await upload(small, [{ filename: 'x.jpg', data: big }], { cookie: smallEditor.cookie }, `/newsroom/media/upload/?_csrf=${smallEditor.csrf}`);
    expect(page.statusCode).toBe(413);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('x.jpg is larger than the 50 KB limit.');
  });

  it('handles at most 20 files in one request and says so', async () => {
    const tiny = await png(8, 8);
    const files = Array.from({ length: 21 }, (_, i) => ({ filename: `tiny-${i}.png`, data: tiny, type: 'image/png' }));
    const res = await upload(t, files, staff.editor.api);
    expect(res.statusCode).toBe(201);
    expect(res.json().items.length).toBe(20);
    expect(res.json().error).toBe('At most 20 files can be uploaded at once; the first 20 were handled.');
  }, 120_000);

  it('answers 400 when no file was sent and 415 for a body that is not multipart', async () => {
    const empty = await upload(t, [{ filename: '', data: Buffer.alloc(0), type: 'application/octet-stream' }], staff.editor.api);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatch(/Choose one or more images/);
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/newsroom/media/', payload: { file: 'x' }, headers: staff.editor.api });
    expect(json.statusCode).toBe(415);
    expect(json.json().error).toMatch(/multipart\/form-data/);
  });

  it('needs a signed-in user (any role may upload) and the CSRF token for a browser session', async () => {
    const data = await png(20, 20);
    const anonymous = await t.app.inject({ url: '/api/v1/newsroom/media/' });
    expect(anonymous.statusCode).toBe(401);
    // a POST without a session or token fails the CSRF check before anything is read
    expect((await upload(t, [{ filename: 'a.png', data }], {})).statusCode).toBe(403);
    const noCsrf = await upload(t, [{ filename: 'a.png', data }], { cookie: staff.translator.cookie });
    expect(noCsrf.statusCode).toBe(403);
    const withCsrf = await upload(t, [{ filename: 'a.png', data }], staff.translator.browser);
    expect(withCsrf.statusCode).toBe(201);
    // the no-JS form carries the token in its URL
    const formNoToken = await upload(t, [{ filename: 'a.png', data }], { cookie: staff.author.cookie }, '/newsroom/media/upload/');
    expect(formNoToken.statusCode).toBe(403);
    const formBadToken = await upload(t, [{ filename: 'a.png', data }], { cookie: staff.author.cookie }, '/newsroom/media/upload/?_csrf=forged-forged-forged-forged');
    expect(formBadToken.statusCode).toBe(403);
    const form = await upload(t, [{ filename: 'a.png', data }], { cookie: staff.author.cookie }, `/newsroom/media/upload/?_csrf=${staff.author.csrf}`);
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe('/newsroom/media/');
    const next = await t.app.inject({ url: '/newsroom/media/', headers: { cookie: `${staff.author.cookie}; ${String(form.headers['set-cookie']).split(';')[0]}` } });
    expect(next.body).toContain('Uploaded 1 image.');
  });

  it('shows each refused file on the page when the form upload partly fails', async () => {
    const res = await upload(
      t,
      [
        { filename: 'good.png', data: await png(30, 30), type: 'image/png' },
        { filename: 'evil<img src=x onerror=alert(1)>.jpg', data: HTML_AS_JPG },
      ],
      { cookie: staff.editor.cookie },
      `/newsroom/media/upload/?_csrf=${staff.editor.csrf}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Uploaded 1 of 2 files.');
    expect(res.body).toContain('evil&lt;img src=x onerror=alert(1)&gt;.jpg is not a JPEG, PNG, WebP or GIF image.');
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toMatch(/<a href="\/newsroom\/media\/\d+\/">good\.png<\/a>/);
  });

  it('escapes a hostile original file name on every page and keeps it as data in the API', async () => {
    const name = '<img src=x onerror=alert(1)>.png';
    const res = await upload(t, [{ filename: name, data: await png(50, 50), type: 'image/png' }], staff.editor.api);
    expect(res.statusCode).toBe(201);
    const { id, originalName } = res.json().items[0];
    expect(originalName).toBe(name);
    for (const url of [`/newsroom/media/?q=${encodeURIComponent('onerror')}`, `/newsroom/media/${id}/`]) {
      const page = await t.app.inject({ url, headers: { cookie: staff.editor.cookie } });
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).not.toContain('<img src=x onerror');
      expect(page.body, url).toContain('&lt;img src=x onerror=alert(1)&gt;.png');
    }
  });
});
