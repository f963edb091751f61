// `newsdesk related rebuild` as an operator runs it: built, run as a process against a small SQLite
// database whose articles have no stored lists yet.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSearchColumns } from '../../src/domain/search/index.js';
import { migrate, openStore } from '../../src/store/db.js';

const root = path.resolve(__dirname, '../..');
// Our own bundle (other CLI tests build theirs at the same time); inside node_modules so packages resolve.
const outdir = path.join(root, 'node_modules', '.cache', 'newsdesk-related-cli-test');
const cli = path.join(outdir, 'cli.js');
let env: Record<string, string>;
let file: string;

function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: os.tmpdir(), env: { PATH: process.env.PATH!, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const HEADLINES: Array<['ru' | 'en', string]> = [
  ['ru', 'Выборы мэра Зеленогорска назначили на октябрь'],
  ['ru', 'Кандидаты на выборах мэра Зеленогорска подали документы'],
  ['ru', 'В Зеленогорске выборы мэра пройдут с электронными урнами'],
  ['en', 'Greenhill mayoral election set for October'],
  ['en', 'Candidates register for Greenhill mayoral elections'],
];

beforeAll(async () => {
  await build({ entryPoints: { cli: path.join(root, 'src/cli/main.ts') }, outdir, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-related-cli-'));
  file = path.join(dir, 'newsdesk.sqlite');
  env = { DATA_DIR: dir, DATABASE_URL: `sqlite:${file}`, SITE_TZ: 'Asia/Bishkek', RATES_FETCH: 'off', LANGS: 'ru,ky,en' };
  const store = openStore({ dialect: 'sqlite', databaseUrl: `sqlite:${file}`, sqlitePath: file });
  await migrate(store);
  const now = Date.now();
  for (const [i, [lang, headline]] of HEADLINES.entries()) {
    const { id: storyId } = await store.db.insertInto('stories').values({ created_at: now }).returning('id').executeTakeFirstOrThrow();
    const body = '{"type":"doc","content":[]}';
    await store.db
      .insertInto('articles')
      .values({
        story_id: storyId, lang, slug: `a-${i}`, headline, lead: '', body, ...articleSearchColumns({ lang, headline, lead: '', body }),
        dateline_place: null, source_name: null, source_url: null, rubric_id: null, cover_image_id: null, cover_caption: null, cover_alt: null,
        status: 'published', is_breaking: 0, is_pinned: 0, view_count: 0, published_at: now - (i + 1) * 3_600_000, updated_at: now, created_at: now,
      })
      .execute();
  }
  await store.close();
}, 60_000);

async function listsByLang(): Promise<Record<string, number>> {
  const store = openStore({ dialect: 'sqlite', databaseUrl: `sqlite:${file}`, sqlitePath: file });
  try {
    const rows = await store.db.selectFrom('related_articles as r').innerJoin('articles as a', 'a.id', 'r.article_id').select(['a.lang']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('a.lang').execute();
    return Object.fromEntries(rows.map((r) => [r.lang, Number(r.n)]));
  } finally {
    await store.close();
  }
}

describe('newsdesk related', () => {
  it('is listed in the help', async () => {
    const r = await run(['help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('related rebuild [--lang ru|ky|en]');
  });

  it('rebuilds one language, then all, with progress and a summary', async () => {
    const ru = await run(['related', 'rebuild', '--lang', 'ru']);
    expect(ru.code, ru.err).toBe(0);
    expect(ru.err).toMatch(/related lists: 3\/3 \(100%\)/);
    expect(ru.err).toMatch(/Related stories: 3 articles, 6 stored items/);
    expect(await listsByLang()).toEqual({ ru: 6 });
    const all = await run(['related', 'rebuild']);
    expect(all.code, all.err).toBe(0);
    expect(all.err).toMatch(/Related stories: 5 articles, 8 stored items/);
    expect(await listsByLang()).toEqual({ ru: 6, en: 2 });
  });

  it('refuses bad input with one clear line', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['related'], /^newsdesk: Say what to do: related rebuild\. Run "newsdesk help"\.$/],
      [['related', 'frobnicate'], /^newsdesk: Unknown related command "frobnicate" \(rebuild\)/],
      [['related', 'rebuild', '--lang', 'de'], /^newsdesk: --lang "de" is not one of the site's languages \(ru, ky, en\)/],
      [['related', 'rebuild', 'now'], /^newsdesk: related rebuild takes no arguments/],
      [['related', 'rebuild', '--bogus'], /^newsdesk: Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err.trim()).toMatch(message);
    }
  });
});
