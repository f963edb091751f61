// The newsdesk command as an operator uses it: built, run as a process, with its exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: os.tmpdir(), env: { PATH: process.env.PATH!, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root });
});

describe('newsdesk CLI', () => {
  it('explains itself', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/serve .*\n.*migrate .*\n.*demo/s);
    expect(run(['demo', '--help']).code).toBe(0);
  });

  it('names every setting the README documents, with the same default', () => {
    const help = run(['help']).out;
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const settings = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \| `?([^|`]*?)`? \|/gm)].map((m) => ({ name: m[1], def: m[2].trim() }));
    expect(settings.length).toBeGreaterThan(25);
    for (const { name, def } of settings) {
      expect(help, name).toMatch(new RegExp(`\\b${name}\\b`));
      // a plain default (a number, a word, a list) is shown in brackets after the name
      if (/^[\w.,:/-]+$/.test(def) && !def.includes('/')) expect(help, name).toContain(`${name} (${def})`);
    }
  });

  it('fails with one clear line and a non-zero exit', { timeout: 60_000 }, () => {
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [['frobnicate'], {}, /^newsdesk: Unknown command "frobnicate"\. Run "newsdesk help"/],
      [['migrate'], { PORT: 'eighty' }, /^newsdesk: Invalid configuration: PORT /],
      [['migrate'], { DATABASE_URL: 'mysql://x' }, /^newsdesk: Invalid configuration: DATABASE_URL must start with postgres:\/\//],
      [['demo', '--bogus'], {}, /^newsdesk: Unknown option '--bogus'/],
      [['migrate'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, /^newsdesk: Cannot connect to the database/],
    ];
    for (const [args, env, message] of cases) {
      const r = run(args, env);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err.trim()).toMatch(message);
    }
  });

  it('migrates, loads the demo with progress, and refuses to load it twice', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
    const env = { DATA_DIR: dir };
    const m = run(['migrate'], env);
    expect(m.code).toBe(0);
    expect(m.out).toContain('Applied: 001-initial');
    expect(run(['migrate'], env).out).toContain('The database is up to date');
    const d = run(['demo'], env);
    expect(d.code).toBe(0);
    expect(d.err).toMatch(/pictures: 40\/40 \(100%\)/);
    expect(d.err).toMatch(/Demo content: (\d+) articles/);
    expect(Number(/Demo content: (\d+) articles/.exec(d.err)![1])).toBeGreaterThanOrEqual(400);
    const again = run(['demo'], env);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already has content');
    expect(run(['demo', '--reset'], env).code).toBe(0);
  });
});
