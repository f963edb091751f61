// Measuring: one autocannon scenario against a server (measure), with its ScenarioResult and number helpers.
import autocannon from 'autocannon';
import type { BenchOptions } from './options.js';
import { fetchRaw } from './processes.js';
import type { ProcSampler } from './proc-sampler.js';

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

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function cannon(opts: {
  url: string;
  connections: number;
  /** run this long, or (amount) until this many responses have come back */
  seconds?: number;
  amount?: number;
  timeout: number;
  headers?: Record<string, string>;
  /** per-request set-up (the beacon: a new reader each time) */
  requests?: autocannon.Request[];
  onResponse?: (statusCode: number, responseTime: number) => void;
}): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const run: autocannon.Options = { url: opts.url, connections: opts.connections, timeout: opts.timeout, headers: opts.headers };
    // autocannon rejects keys present with an undefined value
    if (opts.amount !== undefined) run.amount = opts.amount;
    else run.duration = opts.seconds;
    if (opts.requests) run.requests = opts.requests;
    const instance = autocannon(
      run,
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    const onResponse = opts.onResponse;
    if (onResponse) instance.on('response', (_client, statusCode, _bytes, responseTime) => onResponse(statusCode, responseTime));
  });
}

/**
 * Waits until the process under test has finished the work autocannon left behind: its CPU is idle
 * and a probe request (/healthz, which queues behind pending database queries) answers quickly.
 */
export async function settle(sampler: ProcSampler, probeUrl: string, maxSeconds = 180): Promise<number> {
  // Idle since it last settled (another server was measured meanwhile): nothing to wait for.
  if (sampler.idleSinceSettled()) return 0;
  const started = performance.now();
  const left = () => maxSeconds * 1000 - (performance.now() - started);
  for (;;) {
    await sampler.waitIdle(Math.max(1, left() / 1000));
    const t = performance.now();
    // A machine busy with other work can make a backlogged server look idle for a moment: the probe
    // then waits its turn behind the backlog, which is what we want.
    await fetchRaw(probeUrl, Math.max(1000, left()));
    if (performance.now() - t < 100) {
      sampler.markSettled();
      return (performance.now() - started) / 1000;
    }
    if (left() <= 0) throw new Error(`The server was still busy ${maxSeconds} s after the load stopped`);
  }
}

export interface Target {
  sampler: ProcSampler;
  /** a cheap URL of the same process, to see that it has finished its backlog */
  probeUrl: string;
}

export async function measure(
  name: string,
  url: string,
  target: Target,
  o: Pick<BenchOptions, 'warmup' | 'duration' | 'connections' | 'timeout'>,
  log: (s: string) => void,
  headers?: Record<string, string>,
): Promise<ScenarioResult> {
  const { sampler, probeUrl } = target;
  let warmupErrors = 0;
  await settle(sampler, probeUrl);
  if (o.warmup > 0) {
    log(`  ${name}: warming up ${o.warmup} s…`);
    const w = await cannon({ url, connections: o.connections, seconds: o.warmup, timeout: o.timeout, headers });
    warmupErrors = w.errors + w.non2xx;
    const waited = await settle(sampler, probeUrl);
    if (waited > 2) log(`  ${name}: the server needed ${waited.toFixed(1)} s to finish the warm-up's abandoned requests`);
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
  const r = await cannon({ url, connections: o.connections, seconds: o.duration, timeout: o.timeout, headers, onResponse });
  const wall = (performance.now() - t0) / 1000;
  const serverCpu = sampler.cpuSeconds() - cpu0;
  const client = process.cpuUsage(client0);
  const drainSeconds = await settle(sampler, probeUrl);
  const peakKb = sampler.takePeakKb();
  const sorted = latencies.subarray(0, n).sort();
  const statusCodes = statusCodesOf(r);
  const seconds = r.duration || wall;
  return {
    name,
    url,
    requests: r.requests.total,
    seconds: round(seconds, 3),
    reqPerSec: round(r.requests.total / seconds, 1),
    ...latencySummary(sorted),
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

/** p50, p90, p99 and max of sorted latencies (ms), as every scenario reports them. */
export function latencySummary(sorted: Float64Array): { p50: number; p90: number; p99: number; max: number } {
  return {
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : 0),
  };
}

/** autocannon's answers counted per status code. */
export function statusCodesOf(r: { statusCodeStats?: Record<string, { count?: number }> }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, v] of Object.entries(r.statusCodeStats ?? {})) out[code] = v.count ?? 0;
  return out;
}
