// Smoke test of the benchmark harness (npm run bench, docs/benchmarks.md): the built harness runs as a
// child process at a tiny scale — 2 000 articles in a temporary database, 1 s per scenario, no
// warm-up, 4 connections — and must exit 0 and print every scenario with figures that parse and make
// sense, the view beacon included (every counted beacon in the database after SIGTERM).
// It proves the harness works (seeding, both servers, the baseline, every scenario, the report), not
// that the site is fast: the machine running the tests is busy with other suites.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const bench = path.join(root, 'dist', 'bench.js');
const cli = path.join(root, 'dist', 'cli.js');

/** Newest modification time of the files under these folders (or of these files). */
function newest(paths: string[]): number {
  let t = 0;
  const visit = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) visit(path.join(p, e));
    else t = Math.max(t, st.mtimeMs);
  };
  for (const p of paths) if (existsSync(p)) visit(p);
  return t;
}

/** Builds dist/ when it is missing or older than the sources (as npm run bench does). */
function buildIfStale(): void {
  const built = Math.min(...[bench, cli].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  const sources = newest(['src', 'bench', 'scripts/build.mjs', 'package.json'].map((p) => path.join(root, p)));
  if (built < sources) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
}

interface Run {
  code: number | null;
  out: string;
  err: string;
  seconds: number;
}

function runBench(env: Record<string, string>, timeoutMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Only what the harness needs: none of the test runner's variables reach it or its servers.
    const child = spawn(process.execPath, [bench], { cwd: root, env: { PATH: process.env.PATH!, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGINT'); // the harness stops its servers on SIGINT
      reject(new Error(`the benchmark did not finish within ${timeoutMs / 1000} s:\n${err.slice(-3000)}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** A row of the scenario table: columns are separated by two or more spaces. */
function row(out: string, name: string): string[] {
  const line = out.split('\n').find((l) => l.startsWith(name));
  expect(line, `no table line for "${name}" in:\n${out}`).toBeDefined();
  return line!.split(/\s{2,}/).map((c) => c.trim());
}

const num = (s: string) => Number(s.replace(/[×%]$/, ''));

const SCENARIOS = [
  'baseline (node:http, same bytes)',
  'article warm (page cache, br)',
  'article cold (no page cache)',
  'home cold /ru/',
  'rubric page ',
  'day archive',
  'feed /ru/feed.rss',
  'JSON API list (rates history)',
  'baseline again',
];

// Once per run: the PostgreSQL project runs test/e2e too, and the harness is the same there.
describe.skipIf(process.env.NEWSDESK_TEST_DIALECT === 'postgres')('npm run bench at a tiny scale', () => {
  let tmp: string;
  let run: Run;

  beforeAll(async () => {
    buildIfStale();
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-smoke-'));
    run = await runBench(
      {
        BENCH_ARTICLES: '2000',
        BENCH_DURATION: '1',
        BENCH_WARMUP: '0',
        BENCH_CONNECTIONS: '4',
        BENCH_SEARCH_ROUNDS: '1',
        // A throwaway database; the demo pictures stay in data/bench/media, where the benchmark
        // keeps them anyway (made once, then reused: they are most of the seeding time).
        BENCH_DATABASE_URL: `sqlite:${path.join(tmp, 'bench.sqlite')}`,
        BENCH_RESULTS_DIR: path.join(tmp, 'results'),
      },
      150_000,
    );
  }, 180_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('exits 0 after measuring every scenario', () => {
    expect(run.code, `exit status ${run.code}; standard error:\n${run.err.slice(-4000)}\nstandard output:\n${run.out}`).toBe(0);
    expect(run.err).toContain('Seeded 2,000 articles');
  });

  it('prints every scenario with req/s, p50, p99, no errors and a ratio to the baseline', () => {
    const byName = new Map(SCENARIOS.map((name) => [name, row(run.out, name)]));
    for (const [name, cells] of byName) {
      // scenario, req/s, p50, p99, errors/non-2xx, ratio, [target], p50/p99 ratios, server CPU, client CPU, bytes/resp
      const [, reqPerSec, p50, p99, errors] = cells;
      expect(num(reqPerSec), `${name} req/s`).toBeGreaterThan(0);
      expect(num(p50), `${name} p50`).toBeGreaterThan(0);
      expect(num(p99), `${name} p99`).toBeGreaterThanOrEqual(num(p50));
      expect(errors, `${name} errors/non-2xx`).toBe('0/0');
      const ratio = cells[5];
      expect(ratio, `${name} ratio`).toMatch(/^\d+(\.\d+)?×$/);
      expect(num(ratio), `${name} ratio`).toBeGreaterThan(0);
      expect(num(cells[cells.length - 1]), `${name} bytes/resp`).toBeGreaterThan(0);
    }
    expect(num(byName.get(SCENARIOS[0])![5])).toBe(1);
    // The warm article is the cached brotli response: the same bytes as the baseline (give or take
    // the digits of the Age header).
    const baselineBytes = num(byName.get('baseline (node:http, same bytes)')!.at(-1)!);
    const warmBytes = num(byName.get('article warm (page cache, br)')!.at(-1)!);
    expect(Math.abs(warmBytes - baselineBytes)).toBeLessThanOrEqual(3);
    // The cold article is rendered and sent uncompressed: several times bigger.
    expect(num(byName.get('article cold (no page cache)')!.at(-1)!)).toBeGreaterThan(2 * baselineBytes);
    // Targets are printed next to the three ratios they apply to.
    for (const name of ['article warm (page cache, br)', 'article cold (no page cache)', 'home cold /ru/']) {
      expect(byName.get(name)![6]).toMatch(/^≥ [\d.]+× (PASS|MISS)$/);
    }
  });

  it('prints search, beacon, memory, database and targets', () => {
    const search = /^search \(sequential, (\d+) requests\): p50 ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms — target p95 ≤ 30 ms (PASS|MISS)/m.exec(run.out);
    expect(search, run.out).not.toBeNull();
    expect(Number(search![1])).toBe(17);
    expect(Number(search![2])).toBeGreaterThan(0);
    expect(Number(search![3])).toBeGreaterThanOrEqual(Number(search![2]));
    // The beacon: a new reader per request, and every counted one in the database after SIGTERM.
    const beacon = /^beacon \(POST \/api\/v1\/views, a new reader each, ([\d,]+) sent\): ([\d.]+) req\/s, p50 ([\d.]+) ms, p99 ([\d.]+) ms, errors\/non-2xx 0\/0, ([\d.]+)× baseline — target ≥ 10000\/s (PASS|MISS)$/m.exec(run.out);
    expect(beacon, run.out).not.toBeNull();
    const sent = Number(beacon![1].replace(/,/g, ''));
    expect(sent).toBeGreaterThan(0);
    expect(Number(beacon![2])).toBeGreaterThan(0);
    expect(Number(beacon![4])).toBeGreaterThanOrEqual(Number(beacon![3]));
    const counts = /^ {2}counted ([\d,]+); after SIGTERM view_count grew by ([\d,]+) and article_views_daily by ([\d,]+) — equal PASS;/m.exec(run.out);
    expect(counts, run.out).not.toBeNull();
    expect(counts!.slice(1, 4).map((n) => Number(n.replace(/,/g, '')))).toEqual([sent, sent, sent]);
    const rss = /^server peak RSS under load: cache on ([\d.]+) MB .*; cache off ([\d.]+) MB .* — target ≤ 150 MB (PASS|MISS)$/m.exec(run.out);
    expect(rss, run.out).not.toBeNull();
    expect(Number(rss![1])).toBeGreaterThan(10);
    expect(Number(rss![2])).toBeGreaterThan(10);
    const db = /^database: sqlite, 2,000 articles in [\d,]+ stories over \d+ days, ([\d.]+) MB$/m.exec(run.out);
    expect(db, run.out).not.toBeNull();
    expect(Number(db![1])).toBeGreaterThan(1);
    expect(run.out).toMatch(/^targets: \d PASS, \d MISS/m);
  });

  it('writes the same figures to the results file', () => {
    const dir = path.join(tmp, 'results');
    const files = readdirSync(dir).filter((f) => /^bench-.*\.json$/.test(f));
    expect(files).toHaveLength(1);
    const report = JSON.parse(readFileSync(path.join(dir, files[0]), 'utf8'));
    expect(report.ok).toBe(true);
    expect(report.scales).toHaveLength(1);
    const scale = report.scales[0];
    expect(scale.articles).toBe(2000);
    expect(scale.scenarios.map((s: { id: string }) => s.id)).toEqual(['baseline', 'article-warm', 'article-cold', 'home-cold', 'rubric-deep', 'day', 'feed', 'api', 'baseline-again']);
    for (const s of scale.scenarios) expect(s.requests, s.id).toBeGreaterThan(0);
    expect(scale.targets.map((t: { id: string }) => t.id)).toEqual(['article-warm', 'article-cold', 'home-cold', 'search-p95', 'server-rss', 'beacon-rate', 'beacon-counts']);
    expect(scale.beacon).toMatchObject({ available: true, errors: 0, non2xx: 0, countsMatch: true });
    expect(scale.beacon.viewCountGrowth).toBe(scale.beacon.counted);
    expect(scale.beacon.requests).toBe(scale.beacon.counted);
    expect(scale.database.bytes).toBeGreaterThan(0);
  });
});
