// What a run prints on standard output: one block per scale (scenario table with ratios and targets,
// search, beacon, memory, database, seeding, machine) and, with several scales, the cost-growth table.
import { mb, table } from './report.js';
import type { ScaleResult } from './run-scale.js';
import { describePhases } from './seed.js';
import { targetText, type TargetResult } from './targets.js';

/** The beacon's line (issue 5): rate, latency, ratio, and the count check. */
export function beaconLine(r: ScaleResult): string {
  const b = r.beacon;
  if (!b) return 'beacon: not run (BENCH_SCENARIOS)';
  if (!b.available) return `beacon: not measured — ${b.reason}`;
  const rateTarget = r.targets.find((t) => t.id === 'beacon-rate')!;
  const counts = r.targets.find((t) => t.id === 'beacon-counts')!;
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    `beacon (POST /api/v1/views, a new reader each, ${n(b.requests)} sent): ${rate(b.reqPerSec)} req/s, p50 ${ms(b.p50)} ms, p99 ${ms(b.p99)} ms, errors/non-2xx ${b.errors}/${b.non2xx}, ${times(b.ratio!.reqPerSec)} baseline — target ${targetText(rateTarget)}`,
    `  counted ${n(b.counted)}; after SIGTERM view_count grew by ${n(b.viewCountGrowth)} and article_views_daily by ${n(b.dailyGrowth)} — ${targetText(counts)}; server CPU ${b.serverCpuPercent}%, client CPU ${b.clientCpuPercent}%, server peak RSS ${b.serverPeakRssMb} MB`,
  ].join('\n');
}

/** 0.853 -> "0.853×", 1 -> "1.00×", 123 -> "123×" */
export function times(x: number): string {
  return `${x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toPrecision(3)}×`;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
const rate = (x: number) => x.toFixed(x < 10 ? 1 : 0);

function targetFor(targets: TargetResult[], scenario: string): string {
  const t = targets.find((x) => x.scenario === scenario && x.unit === '×');
  return t ? targetText(t) : '';
}

export function printScale(r: ScaleResult): void {
  const rows = [['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'req/s vs baseline', 'target', 'p50 / p99 vs baseline', 'server CPU', 'client CPU', 'bytes/resp']];
  for (const s of r.scenarios) {
    const none = s.requests === 0;
    rows.push([
      s.name,
      rate(s.reqPerSec),
      none ? '—' : ms(s.p50),
      none ? '—' : ms(s.p99),
      `${s.errors}/${s.non2xx}`,
      times(s.ratio!.reqPerSec),
      targetFor(r.targets, s.id),
      none ? '—' : `${times(s.ratio!.p50)} / ${times(s.ratio!.p99)}`,
      `${s.serverCpuPercent}%`,
      `${s.clientCpuPercent}%`,
      String(s.bytesPerResponse),
    ]);
  }
  console.log('');
  console.log(`── ${r.label}: ${r.database.articles.toLocaleString('en-US')} articles on ${r.database.dialect} (${r.startedAt})`);
  console.log(table(rows));
  if (r.search) {
    const t = r.targets.find((x) => x.id === 'search-p95')!;
    console.log(`search (sequential, ${r.search.requests} requests): p50 ${r.search.p50} ms, p95 ${r.search.p95} ms, max ${r.search.max} ms — target p95 ${targetText(t)}; ${Object.entries(r.search.byKind).map(([k, v]) => `${k} p95 ${v.p95}`).join(', ')}`);
    const slow = [...r.search.found].sort((a, b) => b.p50 - a.p50).slice(0, 3);
    console.log(`  slowest queries (p50): ${slow.map((q) => `${q.lang} ${q.q} ${q.p50} ms (${q.found})`).join('; ')}`);
  }
  console.log(beaconLine(r));
  const rss = r.targets.find((x) => x.id === 'server-rss')!;
  const on = r.servers.find((s) => s.role === 'cache on');
  const off = r.servers.find((s) => s.role === 'cache off');
  const srv = (s: typeof on) => (s ? `${s.peakRssUnderLoadMb} MB (idle after start ${s.idleRssMb} MB, high-water mark ${s.hwmMb} MB)` : '—');
  console.log(`server peak RSS under load: cache on ${srv(on)}; cache off ${srv(off)} — target ${targetText(rss)}`);
  console.log(`database: ${r.database.dialect}, ${r.database.articles.toLocaleString('en-US')} articles in ${r.database.stories.toLocaleString('en-US')} stories over ${r.database.spanDays} days, ${mb(r.database.bytes)}`);
  console.log(r.seed.reused ? 'seeding: reused an existing database' : `seeding: ${r.seed.seconds.toFixed(1)} s (bulk ${r.seed.bulkSeconds.toFixed(1)} s, ${Math.round(r.seed.articlesPerSecond).toLocaleString('en-US')} articles/s: ${describePhases(r.seed.phases)})`);
  console.log(`pages: article ${r.pages.article} (${r.pages.bytes.article} bytes, ${r.pages.bytes.articleBr} with br); rubric ${r.pages.rubric.path} (page ${r.pages.rubric.page} of ${r.pages.rubric.pages}); day ${r.pages.day.path} (${r.pages.day.articles} articles); API ${r.pages.api.path}`);
  const load = (l: ScaleResult['machineLoad']['start']) => `load average ${l.loadAverage.join(' ')}${l.cpuPressure10s == null ? '' : `, CPU pressure ${l.cpuPressure10s}%`}`;
  console.log(`machine: at the start ${load(r.machineLoad.start)}; at the end ${load(r.machineLoad.end)}`);
  if (r.baselineDriftPercent != null) {
    const d = r.baselineDriftPercent;
    console.log(`baseline drift: ${d > 0 ? '+' : ''}${d}% req/s${Math.abs(d) > 10 ? ' — the machine was noisy; compare ratios with care' : ''}`);
  }
  const missed = r.targets.filter((t) => t.pass === false);
  console.log(`targets: ${r.targets.filter((t) => t.pass).length} PASS, ${missed.length} MISS${missed.length ? ` (${missed.map((t) => t.id).join(', ')})` : ''}`);
  if (r.failures.length) console.log(`FAILED: ${r.failures.join('; ')}`);
}

/** Scenarios side by side per scale, with the ratio of the largest scale to the smallest. */
export function printGrowth(results: ScaleResult[]): void {
  if (results.length < 2) return;
  const first = results[0];
  const last = results[results.length - 1];
  const tag = `${last.label}/${first.label}`;
  const head = ['scenario', ...results.flatMap((r) => [`req/s ${r.label}`, `p99 ${r.label}`]), `req/s ${tag}`, `p99 ${tag}`];
  const rows = [head];
  // Scenarios by id (the rubric page's name carries its page number, which differs per scale).
  const ids = [...new Set(results.flatMap((r) => r.scenarios.map((s) => s.id)))];
  for (const id of ids) {
    const cells = results.map((r) => r.scenarios.find((s) => s.id === id));
    const name = id === 'rubric-deep' ? `rubric page ${cells.map((c) => (c ? c.name.replace('rubric page ', '') : '—')).join('/')}` : (cells.find(Boolean)?.name ?? id);
    const a = cells[0];
    const b = cells[cells.length - 1];
    rows.push([
      name,
      ...cells.flatMap((c) => (c ? [rate(c.reqPerSec), ms(c.p99)] : ['—', '—'])),
      a && b && a.reqPerSec ? times(b.reqPerSec / a.reqPerSec) : '—',
      a && b && a.p99 ? times(b.p99 / a.p99) : '—',
    ]);
  }
  const metric = (name: string, get: (r: ScaleResult) => number | null | undefined, fmt: (x: number) => string) => {
    const v = results.map(get);
    const a = v[0];
    const b = v[v.length - 1];
    return [name, ...v.flatMap((x) => [x == null ? '—' : fmt(x), '']), a && b ? times(b / a) : '—', ''];
  };
  const beacon = (r: ScaleResult) => (r.beacon?.available ? r.beacon : null);
  rows.push([
    'beacon',
    ...results.flatMap((r) => (beacon(r) ? [rate(beacon(r)!.reqPerSec), ms(beacon(r)!.p99)] : ['—', '—'])),
    beacon(first) && beacon(last) ? times(beacon(last)!.reqPerSec / beacon(first)!.reqPerSec) : '—',
    beacon(first) && beacon(last) && beacon(first)!.p99 ? times(beacon(last)!.p99 / beacon(first)!.p99) : '—',
  ]);
  rows.push(metric('search p95 ms (sequential)', (r) => r.search?.p95, ms));
  rows.push(metric('search p50 ms (sequential)', (r) => r.search?.p50, ms));
  rows.push(metric('server peak RSS MB (max of both)', (r) => Math.max(...r.servers.map((s) => s.peakRssUnderLoadMb)), (x) => x.toFixed(1)));
  rows.push(metric('database MB', (r) => r.database.bytes / 1024 ** 2, (x) => x.toFixed(1)));
  console.log('');
  console.log(`── cost growth: ${results.map((r) => r.label).join(' → ')} (flat per-request cost = req/s and p99 ratios near 1×)`);
  console.log(table(rows));
  const value = (t: TargetResult) => (t.value == null ? '—' : t.unit === '×' ? times(t.value) : t.unit === '' ? (t.value ? 'equal' : 'differ') : `${t.value} ${t.unit}`);
  const verdict = last.targets.map((t) => `${t.id} ${value(t)} ${targetText(t)}`);
  console.log(`targets at ${last.label}: ${verdict.join('; ')}`);
}
