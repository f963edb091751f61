// The PNG logo and share picture are rendered once and read from DATA_DIR/assets at later starts, so
// that a serving process never loads sharp (docs/benchmarks.md, "Memory").
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssets } from '../../src/web/assets.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('site pictures cache', () => {
  it('renders the PNGs once into the cache folder and reads them from there afterwards', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsdesk-assets-')), 'assets');
    const first = await loadAssets({ cacheDir: dir });
    expect(first.logo.body.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(first.logo.body.readUInt32BE(16)).toBe(first.logo.width); // IHDR width
    expect(first.shareImage.body.readUInt32BE(20)).toBe(first.shareImage.height); // IHDR height
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^[0-9a-f]{16}\.png$/.test(f))).toBe(true);

    const second = await loadAssets({ cacheDir: dir });
    expect(second.logo.body.equals(first.logo.body)).toBe(true);
    expect(second.logo.path).toBe(first.logo.path);

    // what is in the folder is what is served: the cache is read, not rendered again
    const logoFile = files.find((f) => readFileSync(path.join(dir, f)).equals(first.logo.body))!;
    const planted = Buffer.concat([first.logo.body, Buffer.from('planted')]);
    writeFileSync(path.join(dir, logoFile), planted);
    const third = await loadAssets({ cacheDir: dir });
    expect(third.logo.body.equals(planted)).toBe(true);
    expect(third.logo.path).not.toBe(first.logo.path); // fingerprinted by content
  });

  it('still serves the pictures when the cache folder cannot be written', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsdesk-assets-')), 'not-a-folder');
    writeFileSync(file, 'x');
    const assets = await loadAssets({ cacheDir: path.join(file, 'assets') });
    expect(assets.shareImage.body.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });
});
