// Demo cover pictures, drawn locally (no downloads): mountain ridges, sun and sky in each rubric's
// colours, rendered from SVG by sharp into JPEG and WebP renditions for srcset.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadSharp } from '../services/sharp.js';
import type { ImageRendition } from '../domain/article.js';
import { Random } from './random.js';

export const DEMO_IMAGE_WIDTH = 1200;
export const DEMO_IMAGE_HEIGHT = 675;
const WIDTHS = [480, 960];

/** Sky top, sky bottom, far ridge, near ridge, sun: one palette per rubric, in RUBRICS order. */
const PALETTES: string[][] = [
  ['#1d3557', '#457b9d', '#2b4a6f', '#16263d', '#f1c453'], // politics
  ['#0f4c5c', '#5f9ea0', '#246a73', '#0b3440', '#f6d365'], // economy
  ['#6d597a', '#e56b6f', '#7d5a7d', '#355070', '#ffd6a5'], // society
  ['#3d0c11', '#c0392b', '#6b1d1d', '#2b0a0d', '#f39c12'], // incidents
  ['#14213d', '#4ea8de', '#274c77', '#0d1b2a', '#e9ecef'], // world
  ['#1b4332', '#52b788', '#2d6a4f', '#081c15', '#ffe66d'], // sport
  ['#5a189a', '#c77dff', '#7b2cbf', '#240046', '#ffd166'], // culture
  ['#03045e', '#00b4d8', '#0077b6', '#020231', '#90e0ef'], // tech
  ['#22577a', '#80ed99', '#38a3a5', '#123040', '#f8f9fa'], // health
  ['#344e41', '#a3b18a', '#588157', '#1f2d24', '#fefae0'], // environment
];

function ridge(rnd: Random, baseY: number, amplitude: number, width: number, height: number): string {
  const points: string[] = [`0,${height}`];
  const steps = rnd.int(6, 11);
  for (let i = 0; i <= steps; i++) {
    const x = Math.round((i / steps) * width);
    const y = Math.round(baseY - rnd.next() * amplitude + (i % 2 === 0 ? amplitude * 0.35 : 0));
    points.push(`${x},${y}`);
  }
  points.push(`${width},${height}`);
  return points.join(' ');
}

export function demoImageSvg(index: number, paletteIndex: number): string {
  const rnd = new Random(1000 + index * 7919);
  const [skyTop, skyBottom, far, near, sun] = PALETTES[paletteIndex % PALETTES.length];
  const w = DEMO_IMAGE_WIDTH;
  const hgt = DEMO_IMAGE_HEIGHT;
  const sunX = rnd.int(150, w - 150);
  const sunY = rnd.int(110, 260);
  const sunR = rnd.int(45, 95);
  const snow = rnd.chance(0.6);
  const lines = Array.from({ length: rnd.int(3, 7) }, () => {
    const y = rnd.int(40, 300);
    return `<rect x="${rnd.int(0, w - 400)}" y="${y}" width="${rnd.int(120, 380)}" height="${rnd.int(3, 8)}" rx="4" fill="#ffffff" opacity="${(0.08 + rnd.next() * 0.15).toFixed(2)}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${hgt}" viewBox="0 0 ${w} ${hgt}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient></defs>
<rect width="${w}" height="${hgt}" fill="url(#sky)"/>
${lines}
<circle cx="${sunX}" cy="${sunY}" r="${sunR}" fill="${sun}" opacity="0.92"/>
<polygon points="${ridge(rnd, 430, 170, w, hgt)}" fill="${far}" opacity="0.9"/>
${snow ? `<polygon points="${ridge(rnd, 400, 60, w, 470)}" fill="#ffffff" opacity="0.12"/>` : ''}
<polygon points="${ridge(rnd, 560, 140, w, hgt)}" fill="${near}"/>
</svg>`;
}

export interface GeneratedImage {
  file: string;
  width: number;
  height: number;
  mime: string;
  variants: ImageRendition[];
}

/** Writes the image and its renditions under mediaDir/demo (skipping files already there). */
export async function generateDemoImage(mediaDir: string, index: number, paletteIndex: number): Promise<GeneratedImage> {
  const dir = path.join(mediaDir, 'demo');
  mkdirSync(dir, { recursive: true });
  const name = `cover-${String(index).padStart(2, '0')}`;
  const file = `demo/${name}.jpg`;
  const variants: ImageRendition[] = [];
  const height = (w: number) => Math.round((w * DEMO_IMAGE_HEIGHT) / DEMO_IMAGE_WIDTH);
  for (const w of WIDTHS) {
    variants.push({ width: w, height: height(w), file: `demo/${name}-${w}.jpg`, mime: 'image/jpeg' });
    variants.push({ width: w, height: height(w), file: `demo/${name}-${w}.webp`, mime: 'image/webp' });
  }
  variants.push({ width: DEMO_IMAGE_WIDTH, height: DEMO_IMAGE_HEIGHT, file, mime: 'image/jpeg' });
  const missing = variants.filter((v) => !existsSync(path.join(mediaDir, v.file)));
  if (missing.length) {
    const sharp = await loadSharp();
    const png = await sharp(Buffer.from(demoImageSvg(index, paletteIndex))).png().toBuffer();
    for (const v of missing) {
      const img = sharp(png).resize(v.width, v.height);
      const out = v.mime === 'image/webp' ? img.webp({ quality: 72 }) : img.jpeg({ quality: 78, mozjpeg: true, progressive: true });
      await out.toFile(path.join(mediaDir, v.file));
    }
  }
  return { file, width: DEMO_IMAGE_WIDTH, height: DEMO_IMAGE_HEIGHT, mime: 'image/jpeg', variants };
}
