// Test images made with sharp at test time (no binary fixtures), and multipart bodies for inject().
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A photo-like JPEG: two colour halves (left red, right blue) so orientation can be checked. */
export async function jpeg(width: number, height: number, opts: { orientation?: number; gps?: boolean; quality?: number } = {}): Promise<Buffer> {
  const half = Math.floor(width / 2);
  let img = sharp({ create: { width, height, channels: 3, background: '#1f5fbf' } }).composite([
    { input: { create: { width: half, height, channels: 3, background: '#d22b2b' } }, left: 0, top: 0 },
  ]);
  img = img.jpeg({ quality: opts.quality ?? 85 });
  if (opts.gps) {
    img = img.withExif({
      IFD0: { Make: 'SpyCam', Model: 'Secret 3000', Copyright: 'GPS-TEST-MARKER' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '42/1 52/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '74/1 36/1 0/1' },
    });
  }
  let buf = await img.toBuffer();
  if (opts.orientation) buf = await sharp(buf).jpeg({ quality: opts.quality ?? 85 }).withMetadata({ orientation: opts.orientation }).toBuffer();
  return buf;
}

/** A JPEG that does not compress: random noise (for size limits). */
export async function noisyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg({ quality: 95 }).toBuffer();
}

export async function png(width: number, height: number, alpha = true): Promise<Buffer> {
  return sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 20, g: 160, b: 90, alpha: 0.5 } : '#14a05a' } }).png().toBuffer();
}

export async function webp(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#f0a020' } }).webp().toBuffer();
}

export async function gif(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: '#8040c0' } }).gif().toBuffer();
}

/** A two-frame animated GIF. */
export async function animatedGif(width: number, height: number): Promise<Buffer> {
  const frames = await Promise.all(['#ff0000', '#0000ff'].map((c) => sharp({ create: { width, height, channels: 4, background: c } }).raw().toBuffer()));
  return sharp(Buffer.concat(frames), { raw: { width, height: height * 2, channels: 4, pageHeight: height } as never }).gif({ loop: 0, delay: [200, 200] }).toBuffer();
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A tiny file claiming to be a huge PNG (a decompression bomb's header): width × height pixels. */
export function pngBombHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const row = Buffer.alloc(1 + width); // filter byte + zero pixels, deflated to almost nothing
  const idat = deflateSync(Buffer.concat(Array.from({ length: 4 }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

export const HTML_AS_JPG = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
export const SVG = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export interface UploadPart {
  filename: string;
  data: Buffer;
  /** what the "browser" declares; the server must not believe it */
  type?: string;
  field?: string;
}

/** A multipart/form-data body with file parts (and optional text fields). */
export function multipart(files: UploadPart[], fields: Record<string, string> = {}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----newsdesk${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.filename}"\r\nContent-Type: ${f.type ?? 'image/jpeg'}\r\n\r\n`),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
