// Media uploads without a database: typing by magic numbers, sharp processing (metadata stripped,
// orientation applied, renditions never upscaled, bombs refused), and body pictures tied to the library.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocHtml } from '../../src/domain/document/render-html.js';
import type { DocNode } from '../../src/domain/document/types.js';
import { bodyImageResolver, bodyImageSrcs, libraryFileCandidates, mediaFileOfSrc, mediaStem } from '../../src/domain/media-files.js';
import { ImageRefused, processImage, renditionWidths } from '../../src/newsroom/media/process.js';
import { sniffImage } from '../../src/newsroom/media/sniff.js';
import { formatBytes } from '../../src/newsroom/media/upload.js';
import { animatedGif, gif, HTML_AS_JPG, jpeg, PDF, png, pngBombHeader, SVG, webp } from '../integration/newsroom/media-fixtures.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-media-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = Date.UTC(2024, 1, 14, 8, 50);

describe('sniffImage', () => {
  it('recognises real JPEG, PNG, WebP and GIF files by their first bytes', async () => {
    expect(sniffImage(await jpeg(40, 30))?.mime).toBe('image/jpeg');
    expect(sniffImage(await png(40, 30))?.mime).toBe('image/png');
    expect(sniffImage(await webp(40, 30))?.mime).toBe('image/webp');
    expect(sniffImage(await gif(40, 30))?.mime).toBe('image/gif');
  });

  it('refuses HTML, SVG, PDF, TIFF, empty and short files', async () => {
    expect(sniffImage(HTML_AS_JPG)).toBeNull();
    expect(sniffImage(SVG)).toBeNull();
    expect(sniffImage(PDF)).toBeNull();
    expect(sniffImage(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).tiff().toBuffer())).toBeNull();
    expect(sniffImage(Buffer.alloc(0))).toBeNull();
    expect(sniffImage(Buffer.from([0xff, 0xd8]))).toBeNull();
    // a RIFF file that is not WebP (a WAV sound)
    expect(sniffImage(Buffer.from('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBeNull();
  });
});

describe('renditionWidths', () => {
  it('uses the standard widths below the picture and never upscales', () => {
    expect(renditionWidths(4000)).toEqual([320, 640, 960, 1280, 1920]);
    expect(renditionWidths(1920)).toEqual([320, 640, 960, 1280, 1920]);
    expect(renditionWidths(1000)).toEqual([320, 640, 960, 1000]);
    expect(renditionWidths(640)).toEqual([320, 640]);
    expect(renditionWidths(200)).toEqual([200]);
  });
});

describe('processImage', () => {
  it('strips EXIF (GPS, camera) and turns the orientation into real rotation', async () => {
    // 600×400, left half red; orientation 6 = "rotate 90° clockwise to show": shown as 400×600, red on top
    const input = await jpeg(600, 400, { orientation: 6, gps: true });
    const inMeta = await sharp(input).metadata();
    expect(inMeta.orientation).toBe(6);
    expect(inMeta.exif).toBeDefined();
    const out = await processImage(input, sniffImage(input)!, dir, NOW);
    expect(out).toMatchObject({ width: 400, height: 600, mime: 'image/jpeg' });
    expect(out.file).toMatch(/^uploads\/2024\/02\/[0-9a-f]{24}\.jpg$/);
    for (const f of [out.file, ...out.variants.map((v) => v.file)]) {
      const bytes = readFileSync(path.join(dir, f));
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, f).toBeUndefined();
      expect(meta.orientation ?? 1, f).toBe(1);
      expect(bytes.includes('GPS-TEST-MARKER'), f).toBe(false);
      expect(bytes.includes('SpyCam'), f).toBe(false);
    }
    const stored = sharp(readFileSync(path.join(dir, out.file)));
    const { data, info } = await stored.raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([400, 600]);
    const px = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const [r1, , b1] = px(200, 50);
    const [r2, , b2] = px(200, 550);
    expect(r1).toBeGreaterThan(150); // top: red
    expect(b1).toBeLessThan(100);
    expect(b2).toBeGreaterThan(150); // bottom: blue
    expect(r2).toBeLessThan(100);
  }, 30_000);

  it('makes AVIF, WebP and JPEG renditions at each width, proportional and never larger than the original', async () => {
    const input = await jpeg(2400, 1600);
    const out = await processImage(input, sniffImage(input)!, dir, NOW);
    expect(out.variants.length).toBe(15);
    for (const w of [320, 640, 960, 1280, 1920]) {
      const at = out.variants.filter((v) => v.width === w);
      expect(at.map((v) => v.mime).sort()).toEqual(['image/avif', 'image/jpeg', 'image/webp']);
      for (const v of at) {
        expect(v.height).toBe(Math.round((w * 1600) / 2400));
        expect(v.file).toBe(`${mediaStem(out.file)}-${w}.${v.mime === 'image/jpeg' ? 'jpg' : v.mime.slice(6)}`);
        const meta = await sharp(readFileSync(path.join(dir, v.file))).metadata();
        expect([meta.width, meta.height]).toEqual([v.width, v.height]);
        expect(meta.format).toBe(v.mime === 'image/avif' ? 'heif' : v.mime.slice(6));
      }
    }
    const small = await png(500, 250);
    const s = await processImage(small, sniffImage(small)!, dir, NOW);
    expect([...new Set(s.variants.map((v) => v.width))]).toEqual([320, 500]);
    expect(Math.max(...s.variants.map((v) => v.width))).toBeLessThanOrEqual(500);
    expect(s.file.endsWith('.png')).toBe(true);
  }, 60_000);

  it('keeps an animated GIF as it is and renders stills of its first frame', async () => {
    const input = await animatedGif(400, 300);
    expect((await sharp(input).metadata()).pages).toBe(2);
    const out = await processImage(input, sniffImage(input)!, dir, NOW);
    expect(out).toMatchObject({ width: 400, height: 300, mime: 'image/gif' });
    expect(readFileSync(path.join(dir, out.file)).equals(input)).toBe(true);
    const jpg = out.variants.find((v) => v.mime === 'image/jpeg' && v.width === 400)!;
    const { data } = await sharp(readFileSync(path.join(dir, jpg.file))).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(200); // red: the first frame
    expect(data[2]).toBeLessThan(60);
  }, 30_000);

  it('refuses damaged files and decompression bombs without writing anything', async () => {
    const good = await jpeg(300, 200);
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    const bomb = pngBombHeader(20_000, 20_000);
    expect(bomb.length).toBeLessThan(100_000);
    for (const [buf, reason] of [[truncated, 'corrupt'], [garbage, 'corrupt'], [bomb, 'pixels']] as const) {
      const err = await processImage(buf, sniffImage(buf)!, dir, NOW).catch((e) => e);
      expect(err).toBeInstanceOf(ImageRefused);
      expect(err.reason).toBe(reason);
    }
    // a PNG signature in front of JPEG data is not a PNG
    const liar = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), good]);
    const err = await processImage(liar, sniffImage(liar)!, dir, NOW).catch((e) => e);
    expect(err).toBeInstanceOf(ImageRefused);
  });

  it('formats limits for messages', () => {
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(50 * 1024)).toBe('50 KB');
  });
});

describe('body pictures from the library', () => {
  const lib = {
    id: 7,
    file: 'uploads/2024/02/abc123.png',
    width: 2000,
    height: 1000,
    mime: 'image/png',
    credit: null,
    variants: [320, 640, 1280].flatMap((w) =>
      (['avif', 'webp', 'jpg'] as const).map((ext) => ({ width: w, height: w / 2, file: `uploads/2024/02/abc123-${w}.${ext}`, mime: ext === 'jpg' ? 'image/jpeg' : `image/${ext}` })),
    ),
  };

  it('maps a body path to the files that may be its original', () => {
    expect(mediaFileOfSrc('/media/uploads/2024/02/abc123-1280.jpg')).toBe('uploads/2024/02/abc123-1280.jpg');
    expect(mediaFileOfSrc('https://example.org/a.jpg')).toBeNull();
    expect(mediaFileOfSrc('/media/../secret.jpg')).toBeNull();
    expect(libraryFileCandidates('uploads/2024/02/abc123-1280.jpg')).toContain('uploads/2024/02/abc123.png');
    expect(libraryFileCandidates('demo/cover-07-640.webp')).toContain('demo/cover-07.jpg');
    const doc: DocNode = { type: 'doc', content: [{ type: 'image', attrs: { src: '/media/uploads/2024/02/abc123-1280.jpg', alt: 'x' } }, { type: 'image', attrs: { src: 'https://example.org/a.jpg', alt: '' } }] };
    expect(bodyImageSrcs(doc)).toEqual(['/media/uploads/2024/02/abc123-1280.jpg']);
  });

  it('renders AVIF and WebP sources, a JPEG srcset, sizes and the real width and height, escaping the alt text', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'image', attrs: { src: '/media/uploads/2024/02/abc123-1280.jpg', alt: '"><script>alert(1)</script>', caption: '<b>cap</b>', credit: 'A & B' } },
        { type: 'image', attrs: { src: '/media/other/unknown.jpg', alt: 'plain', width: 10, height: 5 } },
      ],
    };
    const html = renderDocHtml(doc, undefined, bodyImageResolver([lib]));
    expect(html).toContain('<picture><source type="image/avif" srcset="/media/uploads/2024/02/abc123-320.avif 320w, /media/uploads/2024/02/abc123-640.avif 640w, /media/uploads/2024/02/abc123-1280.avif 1280w" sizes="');
    expect(html.indexOf('image/avif')).toBeLessThan(html.indexOf('image/webp'));
    expect(html).toContain('srcset="/media/uploads/2024/02/abc123-320.jpg 320w, /media/uploads/2024/02/abc123-640.jpg 640w, /media/uploads/2024/02/abc123-1280.jpg 1280w"');
    expect(html).toContain('width="2000" height="1000"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    expect(html).toContain('&lt;b&gt;cap&lt;/b&gt;');
    // not a library file: as before
    expect(html).toContain('<img src="/media/other/unknown.jpg" alt="plain" width="10" height="5" loading="lazy" decoding="async">');
    // without a resolver nothing changes
    expect(renderDocHtml(doc)).not.toContain('<picture>');
  });
});
