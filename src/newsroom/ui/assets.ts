// The newsroom's own stylesheet and client islands (the editor, uploads), fingerprinted like the site's
// assets and bundled by esbuild once per process (the editor with TipTap takes about a second).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { projectRoot } from '../../paths.js';
import type { Asset } from '../../web/assets.js';

export interface NewsroomAssets {
  css: Asset;
  /** client islands by entry name: src/newsroom/client/<name>.ts */
  scripts: Map<string, Asset>;
  byPath: Map<string, Asset>;
}

function fingerprint(name: string, ext: string, body: Buffer, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { path: `/static/${name}.${hash}.${ext}`, body, type };
}

let cached: NewsroomAssets | null = null;

export function loadNewsroomAssets(): NewsroomAssets {
  if (cached) return cached;
  const root = projectRoot();
  const uiDir = path.join(root, 'src/newsroom/ui');
  // newsroom.css first, then the other stylesheets in name order
  const cssFiles = readdirSync(uiDir).filter((f) => f.endsWith('.css')).sort((a, b) => (a === 'newsroom.css' ? -1 : b === 'newsroom.css' ? 1 : a.localeCompare(b)));
  const css = fingerprint('newsroom', 'css', Buffer.from(cssFiles.map((f) => readFileSync(path.join(uiDir, f), 'utf8')).join('\n')), 'text/css; charset=utf-8');
  const scripts = new Map<string, Asset>();
  const clientDir = path.join(root, 'src/newsroom/client');
  const entries = existsSync(clientDir) ? readdirSync(clientDir).filter((f) => f.endsWith('.ts')) : [];
  if (entries.length) {
    const built = buildSync({
      entryPoints: Object.fromEntries(entries.map((f) => [f.replace(/\.ts$/, ''), path.join(clientDir, f)])),
      bundle: true,
      minify: true,
      format: 'iife',
      target: ['es2020'],
      write: false,
      outdir: 'out',
      legalComments: 'none',
    });
    for (const file of built.outputFiles) {
      if (!file.path.endsWith('.js')) continue;
      const name = path.basename(file.path, '.js');
      scripts.set(name, fingerprint(`newsroom-${name}`, 'js', Buffer.from(file.contents), 'text/javascript; charset=utf-8'));
    }
  }
  const byPath = new Map<string, Asset>([[css.path, css]]);
  for (const a of scripts.values()) byPath.set(a.path, a);
  cached = { css, scripts, byPath };
  return cached;
}
