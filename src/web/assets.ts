// The stylesheet and the small client script, fingerprinted by content so browsers and CDNs can keep
// them for a year. The script is bundled by esbuild when the app starts (a few milliseconds).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { projectRoot } from '../paths.js';

export interface Asset {
  path: string;
  body: Buffer;
  type: string;
}

export interface Assets {
  css: Asset;
  js: Asset;
  icon: Asset;
  byPath: Map<string, Asset>;
}

function fingerprint(name: string, ext: string, body: Buffer, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { path: `/static/${name}.${hash}.${ext}`, body, type };
}

export function loadAssets(): Assets {
  const root = projectRoot();
  const cssFiles = ['base.css', 'layout.css', 'article.css', 'lists.css', 'print.css'];
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
  const icon = fingerprint('favicon', 'svg', readFileSync(path.join(root, 'src/web/assets/favicon.svg')), 'image/svg+xml');
  return { css: cssAsset, js: jsAsset, icon, byPath: new Map([cssAsset, jsAsset, icon].map((a) => [a.path, a])) };
}
