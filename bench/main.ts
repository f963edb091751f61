// `npm run bench`: seeds a benchmark database, starts the real server (node dist/cli.js serve) and a raw
// node:http server that returns the very same bytes as the article page, and measures both with
// autocannon in one run, so every figure has a baseline taken on the same (noisy) machine minutes apart.
// See docs/benchmarks.md for the options and how to read the results.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../src/config.js';
import { articlePath } from '../src/domain/article.js';
import { projectRoot } from '../src/paths.js';
import { openStore } from '../src/store/db.js';
import { measure, round, type ScenarioResult } from './measure.js';
import { readOptions, redact } from './options.js';
import { ProcSampler } from './proc-sampler.js';
import { captureOutput, fetchRaw, freePort, killAllNow, stopChild, tmpDirs, track, waitForHealth, type Fetched } from './processes.js';
import { cpuPressure, machine, machineLoad, mb, table } from './report.js';
import { measureSearch } from './search.js';
import { seedBench, type SeedResult } from './seed.js';

// ─── The run ───────────────────────────────────────────────────────────────────────────────────

async function run(): Promise<number> {
  const root = projectRoot();
  const o = readOptions(process.env, root);
  const log = (s: string) => console.error(s);
  const started = new Date();
  const startLoad = { loadAverage: os.loadavg().map((l) => round(l)), cpuPressure10s: cpuPressure() };
  const benchDataDir = path.join(root, 'data', 'bench');
  // The server's configuration, validated by the application's own rules (the port is picked later).
  const serverEnv: Record<string, string> = {
    DATABASE_URL: o.databaseUrl,
    DATA_DIR: benchDataDir,
    HOST: '127.0.0.1',
    LANGS: 'ru,ky,en',
    DEFAULT_LANG: 'ru',
    LOG_LEVEL: 'warn',
    DEMO_ON_EMPTY: 'false',
    // The benchmark measures pages, not the rates job's network attempts.
    RATES_FETCH: 'off',
  };
  if (process.env.SITE_TZ) serverEnv.SITE_TZ = process.env.SITE_TZ;
  const config: Config = loadConfig(serverEnv, root);
  const cliPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.js');
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" first (npm run bench does)`);

  const info = machine();
  log(`Newsdesk benchmark — ${o.articles.toLocaleString('en-US')} articles, ${o.duration} s per scenario (+${o.warmup} s warm-up), ${o.connections} connections`);
  log(`Machine: ${info.cores} × ${info.cpuModel}, ${info.memoryGb} GB, Node ${info.node}; ${machineLoad()}`);
  log(`Database: ${config.dialect === 'sqlite' ? `SQLite ${config.sqlitePath}` : `PostgreSQL ${redact(config.databaseUrl)}`}`);

  // 1. Seed (or reuse).
  const tty = process.stderr.isTTY;
  const seed: SeedResult = await seedBench({
    articles: o.articles,
    dialect: config.dialect,
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
    mediaDir: config.mediaDir,
    tz: config.siteTz,
    reseed: o.reseed,
    log,
    progress: (line, final) => {
      if (tty) process.stderr.write('\r' + line + (final ? '\n' : ''));
      else log(line);
    },
  });
  if (seed.reused) {
    const age = seed.newestPublishedAt ? (Date.now() - seed.newestPublishedAt) / 86_400_000 : 0;
    log(`Reusing the seeded database: ${seed.articles.toLocaleString('en-US')} articles, ${mb(seed.dbBytes)} (BENCH_RESEED=1 to rebuild).`);
    if (age > 7) log(`  Note: its newest article is ${age.toFixed(0)} days old, so "today" and "most read this week" are emptier than on a live site; BENCH_RESEED=1 refreshes it.`);
  } else {
    log(`Seeded ${seed.articles.toLocaleString('en-US')} articles in ${seed.stories.toLocaleString('en-US')} stories in ${seed.seconds.toFixed(1)} s (bulk insert ${seed.bulkSeconds.toFixed(1)} s, ${Math.round(seed.articlesPerSecond).toLocaleString('en-US')} articles/s); database ${mb(seed.dbBytes)}.`);
  }
  if (seed.articles < o.articles) log(`  Note: the database holds ${seed.articles} articles, not ${o.articles}.`);

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-'));
  tmpDirs.add(tmp);
  let server: ChildProcess | null = null;
  let baseline: ChildProcess | null = null;
  let sampler: ProcSampler | null = null;
  try {
    // 2. The real server.
    const port = await freePort();
    serverEnv.PORT = String(port);
    log(`Starting the server on port ${port}…`);
    server = track(spawn(process.execPath, [cliPath, 'serve'], { cwd: root, env: { ...process.env, ...serverEnv }, stdio: ['ignore', 'pipe', 'pipe'] }));
    const serverOut = captureOutput(server);
    const base = `http://127.0.0.1:${port}`;
    const startupSeconds = await waitForHealth(base, server, serverOut);
    sampler = new ProcSampler(server.pid!);
    sampler.start();
    const idleRssMb = round(sampler.rssKb() / 1024, 1);
    log(`  ready in ${startupSeconds.toFixed(1)} s, RSS ${idleRssMb} MB`);

    // 3. The newest published Russian article: what most readers open.
    const pick = openStore({ ...config, poolSize: 1 });
    let chosen: { id: number; lang: string; slug: string } | undefined;
    try {
      chosen = await pick.db
        .selectFrom('articles')
        .where('lang', '=', 'ru')
        .where('status', '=', 'published')
        .where('published_at', '<=', Date.now())
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')
        .select(['id', 'lang', 'slug'])
        .limit(1)
        .executeTakeFirst();
    } finally {
      await pick.close();
    }
    if (!chosen) throw new Error('The benchmark database has no published Russian article');
    const articleUrl = base + articlePath(chosen);
    const homeUrl = `${base}/ru/`;
    const page = await fetchRaw(articleUrl);
    if (page.status !== 200) throw new Error(`${articleUrl} answered ${page.status}, expected 200`);
    const home = await fetchRaw(homeUrl);
    if (home.status !== 200) throw new Error(`${homeUrl} answered ${home.status}, expected 200`);
    log(`Article: ${articlePath(chosen)} (${page.body.length.toLocaleString('en-US')} bytes); home page /ru/ (${home.body.length.toLocaleString('en-US')} bytes)`);

    // 4. The baseline: a raw node:http server with the article page's bytes and headers.
    const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
    const headers = page.headers.filter(([k]) => !skip.has(k.toLowerCase()));
    const keepAlive = /timeout=(\d+)/.exec(page.headers.find(([k]) => k.toLowerCase() === 'keep-alive')?.[1] ?? '');
    writeFileSync(path.join(tmp, 'body.html'), page.body);
    writeFileSync(path.join(tmp, 'spec.json'), JSON.stringify({ headers, keepAliveSeconds: keepAlive ? Number(keepAlive[1]) : 5 }));
    baseline = track(spawn(process.execPath, [fileURLToPath(import.meta.url), '--baseline-server', tmp], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    const baselinePort = await new Promise<number>((resolve, reject) => {
      baseline!.once('message', (m: { port?: number }) => (m?.port ? resolve(m.port) : reject(new Error('The baseline server did not start'))));
      baseline!.once('exit', (code) => reject(new Error(`The baseline server exited (${code})`)));
    });
    const baselineUrl = `http://127.0.0.1:${baselinePort}${articlePath(chosen)}`;
    const check = await fetchRaw(baselineUrl);
    const headerList = (f: Fetched) => f.headers.filter(([k]) => k.toLowerCase() !== 'date').map(([k, v]) => `${k.toLowerCase()}: ${v}`).sort().join('\n');
    if (check.status !== 200 || !check.body.equals(page.body)) throw new Error('The baseline server does not return the article page bytes');
    if (headerList(check) !== headerList(page)) throw new Error(`The baseline server's headers differ from the article page's:\n${headerList(check)}\n---\n${headerList(page)}`);
    const baselineTarget = { sampler: new ProcSampler(baseline.pid!), probeUrl: baselineUrl };
    const serverTarget = { sampler, probeUrl: `${base}/healthz` };

    // 5. Measure: baseline, article, home, then the baseline again to show how much the machine drifted.
    log('Measuring (autocannon, in this process):');
    const results: ScenarioResult[] = [];
    results.push(await measure('baseline (node:http, same bytes)', baselineUrl, baselineTarget, o, log));
    results.push(await measure('article page', articleUrl, serverTarget, o, log));
    results.push(await measure('home page /ru/', homeUrl, serverTarget, o, log));
    results.push(await measure('baseline again', baselineUrl, baselineTarget, o, log));
    // Search: sequential requests with a fixed list of queries (bench/search.ts).
    log(`Measuring search (${o.searchRounds} rounds of a fixed query list, one request at a time):`);
    const search = await measureSearch(base, o.searchRounds, log);
    const peakRssMb = round(Math.max(sampler.hwmKb(), sampler.takePeakKb()) / 1024, 1);
    const serverErrorLogLines = serverOut.errorLines();
    sampler.stop();

    const ref = results[0];
    const sig = (n: number) => (Number.isFinite(n) ? Number(n.toPrecision(3)) : 0);
    for (const r of results) {
      r.ratio = {
        reqPerSec: sig(r.reqPerSec / ref.reqPerSec),
        p50: r.requests ? sig(r.p50 / ref.p50) : 0,
        p99: r.requests ? sig(r.p99 / ref.p99) : 0,
      };
    }
    const drift = round(((results[3].reqPerSec - ref.reqPerSec) / ref.reqPerSec) * 100, 1);
    const failed: Array<{ name: string; errors: number; non2xx: number; statusCodes?: unknown }> = results.filter((r) => r.errors > 0 || r.non2xx > 0);
    if (search.non200) failed.push({ name: search.name, errors: 0, non2xx: search.non200 });

    // 6. Report.
    const rows = [['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'req/s vs baseline', 'p50 / p99 vs baseline', 'server CPU', 'client CPU', 'bytes/resp']];
    const times = (x: number) => `${x >= 100 ? x.toFixed(0) : x >= 0.1 ? x.toFixed(2) : String(x)}×`;
    for (const r of results) {
      const none = r.requests === 0;
      rows.push([
        r.name,
        r.reqPerSec.toFixed(r.reqPerSec < 10 ? 1 : 0),
        none ? '—' : r.p50.toFixed(2),
        none ? '—' : r.p99.toFixed(2),
        `${r.errors}/${r.non2xx}`,
        times(r.ratio!.reqPerSec),
        none ? '—' : `${times(r.ratio!.p50)} / ${times(r.ratio!.p99)}`,
        `${r.serverCpuPercent}%`,
        `${r.clientCpuPercent}%`,
        String(r.bytesPerResponse),
      ]);
    }
    console.log('');
    console.log(table(rows));
    console.log('');
    console.log(table([
      ['search query', 'kind', 'found', 'p50 ms'],
      ...search.found.map((f) => [`${f.lang} ${f.q}`, f.kind, f.found, f.p50.toFixed(2)]),
    ]));
    console.log(`Search: ${search.requests} sequential requests, p50 ${search.p50} ms, p95 ${search.p95} ms, max ${search.max} ms (target p95 < 30 ms)${search.p95 >= 30 ? ' — OVER TARGET' : ''}; ${Object.entries(search.byKind).map(([k, v]) => `${k} p95 ${v.p95}`).join(', ')}`);
    console.log('');
    console.log(`Server peak RSS: ${peakRssMb} MB (idle after start ${idleRssMb} MB; article ${results[1].serverPeakRssMb} MB, home ${results[2].serverPeakRssMb} MB)`);
    console.log(`Database: ${config.dialect}, ${seed.articles.toLocaleString('en-US')} articles, ${mb(seed.dbBytes)}`);
    console.log(seed.reused ? 'Seeding: reused an existing database' : `Seeding: ${seed.seconds.toFixed(1)} s (bulk ${seed.bulkSeconds.toFixed(1)} s, ${Math.round(seed.articlesPerSecond).toLocaleString('en-US')} articles/s)`);
    console.log(`Machine at the end: ${machineLoad()}`);
    console.log(`Baseline drift over the run: ${drift > 0 ? '+' : ''}${drift}% req/s${Math.abs(drift) > 10 ? ' — the machine was noisy; compare ratios with care' : ''}`);
    const timedOut = results.filter((r) => r.timeouts > 0);
    if (timedOut.length) {
      console.log(`Timeouts: ${timedOut.map((r) => `${r.name} ${r.timeouts}`).join(', ')} — responses took longer than BENCH_TIMEOUT=${o.timeout} s at ${o.connections} connections (see docs/benchmarks.md)`);
    }
    if (serverErrorLogLines) console.log(`The server logged ${serverErrorLogLines} error lines; last output:\n${serverOut.tail()}`);

    const report = {
      date: started.toISOString(),
      machine: info,
      machineLoad: { start: startLoad, end: { loadAverage: os.loadavg().map((l) => round(l)), cpuPressure10s: cpuPressure() } },
      options: { ...o, databaseUrl: redact(o.databaseUrl) },
      database: { dialect: config.dialect, articles: seed.articles, stories: seed.stories, bytes: seed.dbBytes },
      seeding: { reused: seed.reused, seconds: round(seed.seconds, 1), bulkSeconds: round(seed.bulkSeconds, 1), articlesPerSecond: Math.round(seed.articlesPerSecond), demoArticles: seed.demoArticles },
      server: { startupSeconds: round(startupSeconds, 2), idleRssMb, peakRssMb, errorLogLines: serverErrorLogLines },
      pages: { article: { path: articlePath(chosen), bytes: page.body.length }, home: { path: '/ru/', bytes: home.body.length } },
      baselineDriftPercent: drift,
      scenarios: results.map((r) => ({ ...r, url: new URL(r.url).pathname })),
      search,
      ok: failed.length === 0,
    };
    const resultsDir = path.join(root, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `bench-${started.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    console.log(`Results: ${path.relative(process.cwd(), file) || file}`);

    if (failed.length) {
      console.error(`\nFAILED: ${failed.map((r) => `${r.name} had ${r.errors} errors and ${r.non2xx} non-2xx responses (${JSON.stringify(r.statusCodes)})`).join('; ')}`);
      if (!serverErrorLogLines) console.error(`Last server output:\n${serverOut.tail()}`);
      return 1;
    }
    return 0;
  } finally {
    sampler?.stop();
    await Promise.all([server, baseline].filter((c): c is ChildProcess => c !== null).map((c) => stopChild(c)));
    rmSync(tmp, { recursive: true, force: true });
    tmpDirs.delete(tmp);
  }
}

// ─── Baseline server (a child process of the benchmark) ────────────────────────────────────────

function baselineServer(dir: string): void {
  const spec = JSON.parse(readFileSync(path.join(dir, 'spec.json'), 'utf8')) as { headers: Array<[string, string]>; keepAliveSeconds: number };
  const body = readFileSync(path.join(dir, 'body.html'));
  const headers: Record<string, string | number> = {};
  for (const [k, v] of spec.headers) headers[k] = v;
  headers['content-length'] = body.length;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
  // Same keep-alive as Fastify's server, so that even the Keep-Alive header matches.
  server.keepAliveTimeout = spec.keepAliveSeconds * 1000;
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as net.AddressInfo).port }));
  // The benchmark is gone (or done): stop.
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
}

// ─── Entry ─────────────────────────────────────────────────────────────────────────────────────

if (process.argv[2] === '--baseline-server') {
  baselineServer(process.argv[3]);
} else {
  process.on('exit', killAllNow);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      console.error(`\n${sig}: stopping the servers`);
      killAllNow();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
      if (process.env.DEBUG && err instanceof Error) console.error(err.stack);
      killAllNow();
      process.exitCode = 1;
    },
  );
}
