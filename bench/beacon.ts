// The beacon scenario (issue 5): view beacons accepted per second by one node, and every counted
// beacon found in the database after the server has flushed and stopped.
//
// POST /api/v1/views {"id": N} answers {"counted": bool, "views": n}; a reader is one address and user
// agent per article per 30 minutes. The harness talks to the server over loopback, which the server
// trusts to name the reader's address in X-Forwarded-For (TRUST_PROXY), so every beacon comes from
// a new address with a real browser's user agent: every one is a new reader and must be counted.
// The check: warm up, wait until the warm-up's views are flushed, note SUM(articles.view_count) and
// SUM(article_views_daily.views), send a fixed number of beacons (all answered: none abandoned
// in flight), SIGTERM the server (it flushes on shutdown), and compare both growths with the number
// of answers that said "counted": true.
import type { ChildProcess } from 'node:child_process';
import type autocannon from 'autocannon';
import type { Config } from '../src/config.js';
import { openStore } from '../src/store/db.js';
import { cannon, latencySummary, round, settle, statusCodesOf, type Target } from './measure.js';
import type { BenchOptions } from './options.js';
import { fetchRaw } from './processes.js';

export const BEACON_PATH = '/api/v1/views';
/** articles the beacons are spread over: the newest published ones, as readers of a busy day would */
const ARTICLES = 200;

/** Desktop and phone browsers (not bots: bots are not counted). */
const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
];

export interface BeaconResult {
  /** false: the server has no beacon endpoint (it answered 404) */
  available: boolean;
  reason?: string;
  requests: number;
  seconds: number;
  reqPerSec: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** answers with "counted": true */
  counted: number;
  serverCpuPercent: number;
  clientCpuPercent: number;
  serverPeakRssMb: number;
  /** growth of SUM(articles.view_count) and SUM(article_views_daily.views) from before the measurement to after the server stopped */
  viewCountGrowth: number;
  dailyGrowth: number;
  /** both growths equal the counted answers */
  countsMatch: boolean;
  ratio?: { reqPerSec: number; p50: number; p99: number };
}

/** Distinct readers: an address from a counter (10.0.0.0/8 and beyond: 2^24 per first octet) and a user agent. */
export function readerHeaders(n: number): Record<string, string> {
  const a = 10 + Math.floor(n / 16_777_216);
  return {
    'content-type': 'application/json',
    'x-forwarded-for': `${a}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`,
    'user-agent': USER_AGENTS[n % USER_AGENTS.length],
  };
}

async function totals(config: Config): Promise<{ views: number; daily: number }> {
  const store = openStore({ ...config, poolSize: 1 });
  try {
    const a = await store.db.selectFrom('articles').select((eb) => eb.fn.sum<number>('view_count').as('n')).executeTakeFirst();
    const d = await store.db.selectFrom('article_views_daily').select((eb) => eb.fn.sum<number>('views').as('n')).executeTakeFirst();
    return { views: Number(a?.n ?? 0), daily: Number(d?.n ?? 0) };
  } finally {
    await store.close();
  }
}

async function newestIds(config: Config, now: number): Promise<number[]> {
  const store = openStore({ ...config, poolSize: 1 });
  try {
    const rows = await store.db
      .selectFrom('articles')
      .where('status', '=', 'published')
      .where('published_at', '<=', now)
      .orderBy('published_at', 'desc')
      .limit(ARTICLES)
      .select('id')
      .execute();
    return rows.map((r) => r.id);
  } finally {
    await store.close();
  }
}

/** Waits until the totals stop moving for longer than the server's flush interval (VIEWS_FLUSH_MS, 2 s by default). */
async function flushedTotals(config: Config): Promise<{ views: number; daily: number }> {
  let last = await totals(config);
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 2500));
    const now = await totals(config);
    if (now.views === last.views && now.daily === last.daily) return now;
    last = now;
  }
  throw new Error('The view counts were still changing 75 s after the beacons stopped');
}

function waitExit(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not exit within ${ms / 1000} s of SIGTERM`)), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const unavailable = (reason: string): BeaconResult => ({
  available: false, reason, requests: 0, seconds: 0, reqPerSec: 0, p50: 0, p90: 0, p99: 0, max: 0, errors: 0, non2xx: 0, statusCodes: {},
  counted: 0, serverCpuPercent: 0, clientCpuPercent: 0, serverPeakRssMb: 0, viewCountGrowth: 0, dailyGrowth: 0, countsMatch: false,
});

/**
 * Measures the beacon on `base` (the server as deployed) and stops that server with SIGTERM at the end:
 * run it last. `o.duration` × the warm-up's rate (or 10 000/s without warm-up) beacons are sent.
 */
export async function measureBeacon(opts: {
  base: string;
  child: ChildProcess;
  target: Target;
  config: Config;
  o: Pick<BenchOptions, 'warmup' | 'duration' | 'connections' | 'timeout'>;
  log: (s: string) => void;
}): Promise<BeaconResult> {
  const { base, child, target, config, o, log } = opts;
  const ids = await newestIds(config, Date.now());
  if (!ids.length) throw new Error('beacon: the database has no published article');
  let reader = 0;
  const probe = await fetchRaw(base + BEACON_PATH, 10_000, readerHeaders(reader++), 'POST', JSON.stringify({ id: ids[0] }));
  if (probe.status === 404) return unavailable(`${BEACON_PATH} answered 404: the view beacon (issue 5) is not in this build`);
  const answer = probe.body.toString('utf8');
  if (probe.status !== 200 || !/"counted":\s*true/.test(answer)) throw new Error(`beacon: the first beacon answered ${probe.status} ${answer.slice(0, 200)}; expected 200 with "counted": true`);

  let counted = 0;
  const request: autocannon.Request = {
    method: 'POST',
    path: BEACON_PATH,
    setupRequest: (req) => {
      const n = reader++;
      return { ...req, headers: readerHeaders(n), body: `{"id":${ids[n % ids.length]}}` };
    },
    onResponse: (status: number, body: string) => {
      if (status === 200 && body.includes('"counted":true')) counted++;
    },
  };
  const url = base + BEACON_PATH;
  let rate = 10_000;
  await settle(target.sampler, target.probeUrl);
  if (o.warmup > 0) {
    log(`  beacon: warming up ${o.warmup} s…`);
    const w = await cannon({ url, connections: o.connections, seconds: o.warmup, timeout: o.timeout, requests: [request] });
    if (w.requests.total > 0) rate = w.requests.total / (w.duration || o.warmup);
    await settle(target.sampler, target.probeUrl);
  }
  const before = await flushedTotals(config);
  const amount = Math.max(o.connections * 10, Math.round(rate * o.duration));
  log(`  beacon: sending ${amount.toLocaleString('en-US')} beacons with ${o.connections} connections…`);
  counted = 0;
  const latencies: number[] = [];
  target.sampler.takePeakKb();
  const cpu0 = target.sampler.cpuSeconds();
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await cannon({ url, connections: o.connections, amount, timeout: o.timeout, requests: [request], onResponse: (_s, ms) => latencies.push(ms) });
  const wall = (performance.now() - t0) / 1000;
  const serverCpu = target.sampler.cpuSeconds() - cpu0;
  const client = process.cpuUsage(client0);
  const peakKb = target.sampler.takePeakKb();

  // SIGTERM: the server must write what it still holds before it exits.
  child.kill('SIGTERM');
  await waitExit(child, 30_000);
  const after = await totals(config);
  const sorted = Float64Array.from(latencies).sort();
  const statusCodes = statusCodesOf(r);
  const viewCountGrowth = after.views - before.views;
  const dailyGrowth = after.daily - before.daily;
  return {
    available: true,
    requests: r.requests.total,
    seconds: round(wall, 3),
    reqPerSec: round(r.requests.total / wall, 1),
    ...latencySummary(sorted),
    errors: r.errors,
    non2xx: r.non2xx,
    statusCodes,
    counted,
    serverCpuPercent: round((serverCpu / wall) * 100, 0),
    clientCpuPercent: round(((client.user + client.system) / 1e6 / wall) * 100, 0),
    serverPeakRssMb: round(peakKb / 1024, 1),
    viewCountGrowth,
    dailyGrowth,
    countsMatch: viewCountGrowth === counted && dailyGrowth === counted,
  };
}
