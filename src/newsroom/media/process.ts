// Uploaded image -> stored original + responsive renditions, with sharp.
//
// Decisions:
// - The stored original of a JPEG, PNG or WebP is RE-ENCODED by sharp (JPEG q92, PNG lossless, WebP
//   q90): that is the only way to drop every piece of metadata (EXIF with GPS position, camera serial
//   numbers, XMP, comments) and to turn the EXIF orientation into real pixel rotation, so that every
//   browser and every rendition shows the picture upright. The small generation loss of one re-encode at
//   high quality is the price of not publishing where a photographer lives.
// - A GIF original is kept byte for byte: GIF carries no EXIF or orientation, and re-encoding an
//   animation is slow and lossy. Its renditions are made from the first frame (AVIF/WebP/JPEG stills);
//   pages that want the animation use the original.
// - Renditions at 320, 640, 960, 1280 and 1920 px wide, never upscaled; when the picture is narrower
//   than 1920 px, one more at its own width, so that the largest AVIF/WebP is as sharp as the original.
// - Decompression bombs: the header is read first and anything over MAX_INPUT_PIXELS is refused before a
//   pixel is decoded; sharp's own limitInputPixels stays on as a second guard.
// - File names are random (they are served with a one-year immutable cache, so a name must never be
//   reused for other content): uploads/YYYY/MM/<24 hex>.<ext>, renditions <same>-<width>.<avif|webp|jpg>.
import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Metadata, SharpOptions } from 'sharp';
import { loadSharp } from '../../services/sharp.js';
import type { ImageRendition } from '../../domain/article.js';
import type { SniffedType } from './sniff.js';

export const RENDITION_WIDTHS = [320, 640, 960, 1280, 1920] as const;
/** 40 megapixels: more than any press camera; a 20 MB PNG of one colour can claim far more */
export const MAX_INPUT_PIXELS = 40_000_000;

const FORMATS = [
  { mime: 'image/avif', ext: 'avif' },
  { mime: 'image/webp', ext: 'webp' },
  { mime: 'image/jpeg', ext: 'jpg' },
] as const;

export type RefusalReason = 'corrupt' | 'pixels';

/** The upload cannot be used; the route turns the reason into a message naming the file. */
export class ImageRefused extends Error {
  constructor(readonly reason: RefusalReason, detail: string) {
    super(detail);
  }
}

export interface ProcessedImage {
  /** path of the original under the media folder */
  file: string;
  width: number;
  height: number;
  mime: string;
  sizeBytes: number;
  variants: ImageRendition[];
}

/** Widths to render for a picture `width` px wide: the standard ones below it, and its own up to 1920. */
export function renditionWidths(width: number): number[] {
  const widths: number[] = RENDITION_WIDTHS.filter((w) => w < width);
  const top = Math.min(width, RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1]);
  if (!widths.includes(top)) widths.push(top);
  return widths;
}

function inputOptions(): SharpOptions {
  // failOn 'error': a truncated or damaged file fails; harmless warnings of real cameras do not
  return { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, pages: 1, sequentialRead: true };
}

/** Size after auto-orientation, from the header alone (nothing decoded). */
async function probe(buf: Buffer, type: SniffedType): Promise<{ width: number; height: number }> {
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(buf, { failOn: 'error', limitInputPixels: false }).metadata();
  } catch (err) {
    throw new ImageRefused('corrupt', String((err as Error).message));
  }
  // the header must agree with the magic number (a PNG signature glued onto something else is not a PNG)
  if (meta.format !== type.kind || !meta.width || !meta.height) throw new ImageRefused('corrupt', `sharp reads it as ${meta.format}`);
  const pageHeight = meta.pageHeight ?? meta.height;
  if (meta.width * pageHeight > MAX_INPUT_PIXELS) throw new ImageRefused('pixels', `${meta.width}×${pageHeight}`);
  const swapped = (meta.orientation ?? 1) >= 5;
  return swapped ? { width: pageHeight, height: meta.width } : { width: meta.width, height: pageHeight };
}

async function encodeOriginal(buf: Buffer, type: SniffedType): Promise<Buffer> {
  if (type.kind === 'gif') return buf;
  const sharp = await loadSharp();
  const img = sharp(buf, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  if (type.kind === 'jpeg') return img.jpeg({ quality: 92, mozjpeg: true }).toBuffer();
  if (type.kind === 'png') return img.png({ compressionLevel: 8 }).toBuffer();
  return img.webp({ quality: 90 }).toBuffer();
}

async function encodeRenditions(buf: Buffer, widths: number[]): Promise<Array<{ width: number; height: number; ext: string; mime: string; data: Buffer }>> {
  const sharp = await loadSharp();
  const out = [];
  for (const width of widths) {
    // decode and scale once per width (JPEG shrink-on-load keeps this cheap), then encode three times
    const { data, info } = await sharp(buf, inputOptions()).rotate().resize({ width, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
    for (const f of FORMATS) {
      let img = sharp(data, raw);
      if (f.ext === 'avif') img = img.avif({ quality: 55, effort: 2 });
      else if (f.ext === 'webp') img = img.webp({ quality: 76, effort: 4 });
      else img = img.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true, progressive: true });
      out.push({ width: info.width, height: info.height, ext: f.ext, mime: f.mime, data: await img.toBuffer() });
    }
  }
  return out;
}

function randomStem(now: number): string {
  const d = new Date(now);
  const yyyy = String(d.getUTCFullYear());
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  // hex only: no "-" in the stem, so "<stem>-<width>" is always a rendition (src/domain/media-files.ts)
  return `uploads/${yyyy}/${mm}/${randomBytes(12).toString('hex')}`;
}

/**
 * Checks, strips, orients and stores one upload under `mediaDir`; returns what the images table needs.
 * Throws ImageRefused for anything sharp cannot read or that is too large in pixels.
 */
export async function processImage(buf: Buffer, type: SniffedType, mediaDir: string, now: number): Promise<ProcessedImage> {
  const { width, height } = await probe(buf, type);
  let original: Buffer;
  let renditions: Awaited<ReturnType<typeof encodeRenditions>>;
  try {
    original = await encodeOriginal(buf, type);
    renditions = await encodeRenditions(buf, renditionWidths(width));
  } catch (err) {
    const message = String((err as Error).message);
    if (/pixel limit/i.test(message)) throw new ImageRefused('pixels', message);
    throw new ImageRefused('corrupt', message);
  }
  const stem = randomStem(now);
  const file = `${stem}.${type.ext}`;
  const written: string[] = [];
  try {
    await mkdir(path.join(mediaDir, path.dirname(stem)), { recursive: true });
    const write = async (rel: string, data: Buffer) => {
      // 'wx': never overwrite a file a reader may already have cached
      await writeFile(path.join(mediaDir, rel), data, { flag: 'wx' });
      written.push(rel);
    };
    await write(file, original);
    const variants: ImageRendition[] = [];
    for (const r of renditions) {
      const rel = `${stem}-${r.width}.${r.ext}`;
      await write(rel, r.data);
      variants.push({ width: r.width, height: r.height, file: rel, mime: r.mime });
    }
    return { file, width, height, mime: type.mime, sizeBytes: original.length, variants };
  } catch (err) {
    await removeMediaFiles(mediaDir, written);
    throw err;
  }
}

/** Deletes files under the media folder, ignoring ones already gone. */
export async function removeMediaFiles(mediaDir: string, files: string[]): Promise<void> {
  const root = path.resolve(mediaDir);
  for (const rel of files) {
    const abs = path.resolve(root, rel);
    if (!abs.startsWith(root + path.sep)) continue; // never outside the media folder
    await unlink(abs).catch(() => {});
  }
}
