// `npm run bench`: seeds a benchmark database, starts the real server (node dist/cli.js serve) and a raw
// node:http server that returns the very same bytes as the article page, and measures both with
// autocannon in one run, so every figure has a baseline taken on the same (noisy) machine minutes apart.
// See docs/benchmarks.md for the options and how to read the results.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig, type Config } from '../src/config.js';
import { articlePath } from '../src/domain/article.js';
import { projectRoot } from '../src/paths.js';
import { openStore } from '../src/store/db.js';
import { seedBench, type SeedResult } from './seed.js';

// ─── Options ───────────────────────────────────────────────────────────────────────────────────

export interface BenchOptions {
  articles: number;
  duration: number;
  connections: number;
  warmup: number;
  /** autocannon's per-request timeout, seconds */
  timeout: number;
  databaseUrl: string;
  reseed: boolean;
}

function intEnv(env: NodeJS.ProcessEnv, name: string, def: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return def;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min} (got "${raw}")`);
  return n;
}

function boolEnv(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new Error(`${name} must be 1 or 0 (got "${env[name]}")`);
}

function databaseUrl(url: string): string {
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(url)) throw new Error(`BENCH_DATABASE_URL must be sqlite:<file> or postgres://… (got "${url}")`);
  return url;
}

export function readOptions(env: NodeJS.ProcessEnv, root: string): BenchOptions {
  const articles = intEnv(env, 'BENCH_ARTICLES', 100_000, 1);
  return {
    articles,
    duration: intEnv(env, 'BENCH_DURATION', 10, 1),
    connections: intEnv(env, 'BENCH_CONNECTIONS', 50, 1),
    warmup: intEnv(env, 'BENCH_WARMUP', 3, 0),
    timeout: intEnv(env, 'BENCH_TIMEOUT', 10, 1),
    databaseUrl: databaseUrl(env.BENCH_DATABASE_URL?.trim() || `sqlite:${path.join(root, 'data', 'bench', `bench-${articles}.sqlite`)}`),
    reseed: boolEnv(env, 'BENCH_RESEED'),
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

// ─── Child processes ───────────────────────────────────────────────────────────────────────────

const children = new Set<ChildProcess>();
/** temporary folders to remove even when the run is interrupted */
const tmpDirs = new Set<string>();

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function killAllNow(): void {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  tmpDirs.clear();
}

async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Keeps the last lines a child printed (shown when it fails) and counts error-level log lines. */
function captureOutput(child: ChildProcess, keep = 60) {
  const lines: string[] = [];
  let errors = 0;
  let partial = '';
  const onData = (buf: Buffer) => {
    const parts = (partial + buf.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (/"level":(50|60)/.test(line)) errors++;
      lines.push(line);
      if (lines.length > keep) lines.shift();
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return {
    tail: () => [...lines, ...(partial ? [partial] : [])].join('\n'),
    errorLines: () => errors,
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

interface Fetched {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
}

function fetchRaw(url: string, timeoutMs = 30_000): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    // Keep-alive like autocannon's connections, so the headers are the ones the benchmark gets.
    const req = http.get(url, { agent: false, headers: { connection: 'keep-alive' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        res.socket?.destroy();
        const headers: Array<[string, string]> = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`GET ${url} timed out after ${timeoutMs / 1000} s`)));
    req.on('error', reject);
  });
}

async function waitForHealth(base: string, child: ChildProcess, output: ReturnType<typeof captureOutput>, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited (${child.exitCode ?? child.signalCode}) before answering /healthz:\n${output.tail()}`);
    }
    try {
      const res = await fetchRaw(`${base}/healthz`);
      if (res.status === 200) return (performance.now() - started) / 1000;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer /healthz within ${timeoutMs / 1000} s:\n${output.tail()}`);
}

// ─── /proc sampling: peak RSS and CPU time of a child ──────────────────────────────────────────

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

class ProcSampler {
  private timer: NodeJS.Timeout | null = null;
  private peakKb = 0;
  private readonly tick = clockTicks();
  constructor(readonly pid: number) {}

  private status(): Record<string, number> {
    const out: Record<string, number> = {};
    try {
      for (const line of readFileSync(`/proc/${this.pid}/status`, 'utf8').split('\n')) {
        const m = /^(Vm\w+):\s+(\d+) kB/.exec(line);
        if (m) out[m[1]] = Number(m[2]);
      }
    } catch {
      // the process is gone
    }
    return out;
  }

  rssKb(): number {
    return this.status().VmRSS ?? 0;
  }

  /** the kernel's high-water mark of the resident set since the process started */
  hwmKb(): number {
    return this.status().VmHWM ?? 0;
  }

  /** user + system CPU seconds so far */
  cpuSeconds(): number {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / this.tick;
    } catch {
      return 0;
    }
  }

  start(): void {
    this.peakKb = Math.max(this.peakKb, this.rssKb());
    this.timer = setInterval(() => {
      this.peakKb = Math.max(this.peakKb, this.rssKb());
    }, 100);
    this.timer.unref();
  }

  /** peak polled since the last reset */
  takePeakKb(): number {
    const p = Math.max(this.peakKb, this.rssKb());
    this.peakKb = 0;
    return p;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Waits until the process is idle: under 5% of a core in each of four quarter-second windows in a
   * row. When autocannon stops, the requests it abandoned are still being worked on by a slow server;
   * the next scenario must not start before they are done. Returns the seconds waited.
   */
  async waitIdle(maxSeconds = 180): Promise<number> {
    const started = performance.now();
    let last = this.cpuSeconds();
    let quiet = 0;
    while ((performance.now() - started) / 1000 < maxSeconds) {
      await new Promise((r) => setTimeout(r, 250));
      const cpu = this.cpuSeconds();
      quiet = cpu - last < 0.0125 ? quiet + 1 : 0;
      if (quiet >= 4) return (performance.now() - started) / 1000;
      last = cpu;
    }
    throw new Error(`The server (pid ${this.pid}) was still busy ${maxSeconds} s after the load stopped`);
  }
}

// ─── Measuring ─────────────────────────────────────────────────────────────────────────────────

export interface ScenarioResult {
  name: string;
  url: string;
  requests: number;
  seconds: number;
  reqPerSec: number;
  /** milliseconds, from every response's own timing (autocannon's histogram rounds to whole ms) */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** response bytes on the wire (headers + body) per response */
  bytesPerResponse: number;
  /** CPU of the process under test, in % of one core */
  serverCpuPercent: number;
  /** CPU of this process (autocannon), in % of one core */
  clientCpuPercent: number;
  /** peak resident set of the process under test during the scenario, MB */
  serverPeakRssMb: number;
  warmupErrors: number;
  /** seconds the server kept working on abandoned requests after the measurement stopped */
  drainSeconds: number;
  ratio?: { reqPerSec: number; p50: number; p99: number };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function cannon(opts: { url: string; connections: number; seconds: number; timeout: number; onResponse?: (statusCode: number, responseTime: number) => void }): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: opts.url, connections: opts.connections, duration: opts.seconds, timeout: opts.timeout }, (err, result) => (err ? reject(err) : resolve(result)));
    const onResponse = opts.onResponse;
    if (onResponse) instance.on('response', (_client, statusCode, _bytes, responseTime) => onResponse(statusCode, responseTime));
  });
}

/**
 * Waits until the process under test has finished the work autocannon left behind: its CPU is idle
 * and a probe request (/healthz, which queues behind pending database queries) answers quickly.
 */
async function settle(sampler: ProcSampler, probeUrl: string, maxSeconds = 180): Promise<number> {
  const started = performance.now();
  const left = () => maxSeconds * 1000 - (performance.now() - started);
  for (;;) {
    await sampler.waitIdle(Math.max(1, left() / 1000));
    const t = performance.now();
    // A machine busy with other work can make a backlogged server look idle for a moment: the probe
    // then waits its turn behind the backlog, which is what we want.
    await fetchRaw(probeUrl, Math.max(1000, left()));
    if (performance.now() - t < 100) return (performance.now() - started) / 1000;
    if (left() <= 0) throw new Error(`The server was still busy ${maxSeconds} s after the load stopped`);
  }
}

async function measure(name: string, url: string, target: { sampler: ProcSampler; probeUrl: string }, o: BenchOptions, log: (s: string) => void): Promise<ScenarioResult> {
  const { sampler, probeUrl } = target;
  let warmupErrors = 0;
  await settle(sampler, probeUrl);
  if (o.warmup > 0) {
    log(`  ${name}: warming up ${o.warmup} s…`);
    const w = await cannon({ url, connections: o.connections, seconds: o.warmup, timeout: o.timeout });
    warmupErrors = w.errors + w.non2xx;
    const waited = await settle(sampler, probeUrl);
    if (waited > 1) log(`  ${name}: the server needed ${waited.toFixed(1)} s to finish the warm-up's abandoned requests`);
  }
  log(`  ${name}: measuring ${o.duration} s with ${o.connections} connections…`);
  let latencies = new Float64Array(1 << 16);
  let n = 0;
  const onResponse = (_status: number, ms: number) => {
    if (n === latencies.length) {
      const bigger = new Float64Array(latencies.length * 2);
      bigger.set(latencies);
      latencies = bigger;
    }
    latencies[n++] = ms;
  };
  sampler.takePeakKb();
  const cpu0 = sampler.cpuSeconds();
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await cannon({ url, connections: o.connections, seconds: o.duration, timeout: o.timeout, onResponse });
  const wall = (performance.now() - t0) / 1000;
  const serverCpu = sampler.cpuSeconds() - cpu0;
  const client = process.cpuUsage(client0);
  const drainSeconds = await settle(sampler, probeUrl);
  const peakKb = sampler.takePeakKb();
  const sorted = latencies.subarray(0, n).sort();
  const statusCodes: Record<string, number> = {};
  for (const [code, v] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = v.count ?? 0;
  const seconds = r.duration || wall;
  return {
    name,
    url,
    requests: r.requests.total,
    seconds: round(seconds, 3),
    reqPerSec: round(r.requests.total / seconds, 1),
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : 0),
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes,
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    serverCpuPercent: round((serverCpu / wall) * 100, 0),
    clientCpuPercent: round(((client.user + client.system) / 1e6 / wall) * 100, 0),
    serverPeakRssMb: round(peakKb / 1024, 1),
    warmupErrors,
    drainSeconds: round(drainSeconds, 1),
  };
}

// ─── Output ────────────────────────────────────────────────────────────────────────────────────

function machine() {
  const cpus = os.cpus();
  let git: { commit: string; dirty: boolean } | null = null;
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    git = { commit, dirty };
  } catch {
    // not a git checkout
  }
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    git,
  };
}

/** Linux pressure stall information: the share of time something waited for a CPU (10 s average). */
function cpuPressure(): number | null {
  try {
    const m = /some avg10=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** How busy the machine is: load average and CPU pressure (both include the benchmark's own processes while it measures). */
function machineLoad(): string {
  const psi = cpuPressure();
  return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}${psi == null ? '' : `, CPU pressure ${psi}%`}`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r, ri) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ') + (ri === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : ''))
    .join('\n');
}

function mb(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

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
    const failed = results.filter((r) => r.errors > 0 || r.non2xx > 0);

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
