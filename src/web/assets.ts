// The stylesheet, the small client script and the site's pictures, fingerprinted by content so browsers
// and CDNs can keep them for a year. The script is bundled by esbuild when the app starts (a few
// milliseconds); the PNG logo and share picture are rendered from SVG by sharp (search engines and
// social networks take neither SVG logos nor SVG preview images) once, then read from a cache folder,
// so that the serving process does not load sharp at all (about 20 MB of memory).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { projectRoot } from '../paths.js';
import { loadSharp } from '../services/sharp.js';

export interface Asset {
  path: string;
  body: Buffer;
  type: string;
}

export interface ImageAsset extends Asset {
  width: number;
  height: number;
}

export interface Assets {
  css: Asset;
  js: Asset;
  icon: Asset;
  /** square PNG logo (publisher logo in structured data) */
  logo: ImageAsset;
  /** 1200×630 PNG shown by social networks for pages without a picture of their own */
  shareImage: ImageAsset;
  byPath: Map<string, Asset>;
}

export const LOGO_SIZE = 512;
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** The favicon's mark, centred on the brand colour, at the size social networks ask for. */
export function shareImageSvg(iconSvg: string): string {
  const mark = 256;
  const inner = iconSvg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const x = (SHARE_IMAGE_WIDTH - mark) / 2;
  const y = (SHARE_IMAGE_HEIGHT - mark) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE_WIDTH}" height="${SHARE_IMAGE_HEIGHT}" viewBox="0 0 ${SHARE_IMAGE_WIDTH} ${SHARE_IMAGE_HEIGHT}"><rect width="${SHARE_IMAGE_WIDTH}" height="${SHARE_IMAGE_HEIGHT}" fill="#0b3d5c"/><svg x="${x}" y="${y}" width="${mark}" height="${mark}" viewBox="0 0 64 64">${inner}</svg></svg>`;
}

/**
 * Renders an SVG whose own size is `scale` times smaller than wanted (density keeps it sharp), or reads
 * the PNG rendered from the same SVG at the same size earlier from `cacheDir`.
 */
async function png(svg: string | Buffer, width: number, height: number, scale: number, cacheDir: string | undefined): Promise<Buffer> {
  const key = createHash('sha256').update(svg).update(`${width}x${height}@${scale}`).digest('hex').slice(0, 16);
  const cached = cacheDir && path.join(cacheDir, `${key}.png`);
  if (cached) {
    try {
      return readFileSync(cached);
    } catch {
      // not rendered yet
    }
  }
  const sharp = await loadSharp();
  const body = await sharp(Buffer.from(svg), { density: 72 * scale })
    .resize(width, height)
    .png({ compressionLevel: 9 })
    .toBuffer();
  if (cached) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      // written whole, then renamed: a server starting at the same time never reads half a file
      writeFileSync(`${cached}.${process.pid}.tmp`, body);
      renameSync(`${cached}.${process.pid}.tmp`, cached);
    } catch {
      // a read-only data folder: render again at the next start
    }
  }
  return body;
}

function fingerprint(name: string, ext: string, body: Buffer, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { path: `/static/${name}.${hash}.${ext}`, body, type };
}

/** `cacheDir`: where rendered PNGs are kept between starts (the app uses DATA_DIR/assets). */
export async function loadAssets(opts: { cacheDir?: string } = {}): Promise<Assets> {
  const root = projectRoot();
  const cssFiles = ['base.css', 'layout.css', 'article.css', 'lists.css', 'rates.css', 'print.css'];
  const css = Buffer.from(cssFiles.map((f) => readFileSync(path.join(root, 'src/web/assets', f), 'utf8')).join('\n'));
  const built = buildSync({
    entryPoints: [path.join(root, 'src/web/client/site.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2019'],
    write: false,
    legalComments: 'none',
  });
  const js = Buffer.from(built.outputFiles[0].contents);
  const cssAsset = fingerprint('site', 'css', css, 'text/css; charset=utf-8');
  const jsAsset = fingerprint('site', 'js', js, 'text/javascript; charset=utf-8');
  const iconSvg = readFileSync(path.join(root, 'src/web/assets/favicon.svg'));
  const icon = fingerprint('favicon', 'svg', iconSvg, 'image/svg+xml');
  const [logoPng, sharePng] = await Promise.all([
    png(iconSvg, LOGO_SIZE, LOGO_SIZE, LOGO_SIZE / 64, opts.cacheDir),
    png(shareImageSvg(iconSvg.toString('utf8')), SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, 1, opts.cacheDir),
  ]);
  const logo = { ...fingerprint('logo', 'png', logoPng, 'image/png'), width: LOGO_SIZE, height: LOGO_SIZE };
  const shareImage = { ...fingerprint('share', 'png', sharePng, 'image/png'), width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT };
  const all: Asset[] = [cssAsset, jsAsset, icon, logo, shareImage];
  return { css: cssAsset, js: jsAsset, icon, logo, shareImage, byPath: new Map(all.map((a) => [a.path, a])) };
}
