// One scale of a run: seed (or reuse) the database, start the two site servers (page cache on and
// off) and the baseline, measure every scenario, and return the figures with the targets checked.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../src/config.js';
import { loadAssets } from '../src/web/assets.js';
import { measure, round, type ScenarioResult, type Target } from './measure.js';
import { databaseUrlFor, redact, scaleLabel, type BenchOptions, type ScenarioId } from './options.js';
import { pickPages, type BenchPages } from './pages.js';
import { fetchRaw, headerOf, stopChild, tmpDirs } from './processes.js';
import { cpuPressure } from './report.js';
import { measureSearch, type SearchScenarioResult } from './search.js';
import { measureBeacon, type BeaconResult } from './beacon.js';
import { seedBench, type SeedResult } from './seed.js';
import { startBaseline, startSiteServer, type BaselineServer, type SiteServer } from './servers.js';
import { evaluateTargets, type TargetResult } from './targets.js';

export interface ScaleContext {
  o: BenchOptions;
  root: string;
  cliPath: string;
  log: (line: string) => void;
  progress: (line: string, final: boolean) => void;
}

export type ServerRole = 'baseline' | 'cache on' | 'cache off';

export interface ScenarioRow extends ScenarioResult {
  id: string;
  server: ServerRole;
}

export interface ServerSummary {
  role: ServerRole;
  startupSeconds: number;
  idleRssMb: number;
  /** highest RSS polled (every 100 ms) while a scenario loaded this server */
  peakRssUnderLoadMb: number;
  /** the kernel's high-water mark (VmHWM) at the end, start-up included */
  hwmMb: number;
  errorLogLines: number;
}

export interface ScaleResult {
  articles: number;
  label: string;
  startedAt: string;
  database: { dialect: Config['dialect']; url: string; articles: number; stories: number; spanDays: number; bytes: number };
  seed: SeedResult;
  pages: BenchPages & { bytes: Record<string, number> };
  scenarios: ScenarioRow[];
  search: SearchScenarioResult | null;
  /** the view beacon (issue 5), measured last on the server with the page cache, which it stops */
  beacon: BeaconResult | null;
  servers: ServerSummary[];
  baselineDriftPercent: number | null;
  targets: TargetResult[];
  /** why the harness failed at this scale (errors, non-2xx, timeouts, a page not served as expected) */
  failures: string[];
  machineLoad: { start: { loadAverage: number[]; cpuPressure10s: number | null }; end: { loadAverage: number[]; cpuPressure10s: number | null } };
}

/** what every scenario request sends: a browser accepts brotli */
export const REQUEST_HEADERS = { 'accept-encoding': 'br' };

const loadNow = () => ({ loadAverage: os.loadavg().map((l) => round(l)), cpuPressure10s: cpuPressure() });
const sig = (n: number) => (Number.isFinite(n) ? Number(n.toPrecision(3)) : 0);

/** The site servers' environment for one scale, and the application's own reading of it. */
export function serverSetup(o: BenchOptions, root: string, articles: number): { serverEnv: Record<string, string>; config: Config } {
  const serverEnv: Record<string, string> = {
    DATABASE_URL: databaseUrlFor(o, articles),
    DATA_DIR: o.dataDir,
    HOST: '127.0.0.1',
    LANGS: 'ru,ky,en',
    DEFAULT_LANG: 'ru',
    LOG_LEVEL: 'warn',
    DEMO_ON_EMPTY: 'false',
    // The benchmark measures pages, not the rates job's network attempts.
    RATES_FETCH: 'off',
  };
  if (process.env.SITE_TZ) serverEnv.SITE_TZ = process.env.SITE_TZ;
  // The application's own validation of the configuration (the port is picked per server).
  return { serverEnv, config: loadConfig(serverEnv, root) };
}

/** Seeds (or reuses) the database of one scale and says how it went. */
export async function seedScale(ctx: ScaleContext, articles: number): Promise<SeedResult> {
  const { o, root, log } = ctx;
  const { config } = serverSetup(o, root, articles);
  log(`\n═══ ${scaleLabel(articles)}: ${articles.toLocaleString('en-US')} articles — ${config.dialect === 'sqlite' ? `SQLite ${config.sqlitePath}` : `PostgreSQL ${redact(config.databaseUrl)}`}`);

  const seed = await seedBench({
    articles,
    perDay: o.perDay,
    dialect: config.dialect,
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
    mediaDir: config.mediaDir,
    tz: config.siteTz,
    reseed: o.reseed,
    defer: o.seedDefer,
    log,
    progress: ctx.progress,
  });
  if (seed.reused) {
    const age = seed.newestPublishedAt ? (Date.now() - seed.newestPublishedAt) / 86_400_000 : 0;
    log(`Reusing the seeded database: ${seed.articles.toLocaleString('en-US')} articles over ${seed.spanDays} days (BENCH_RESEED=1 to rebuild).`);
    if (age > 2) log(`  Note: its newest article is ${age.toFixed(0)} days old, so "today", yesterday's archive and "most read this week" are emptier than on a live site; BENCH_RESEED=1 refreshes it.`);
  } else {
    log(`Seeded ${seed.articles.toLocaleString('en-US')} articles in ${seed.stories.toLocaleString('en-US')} stories over ${seed.spanDays} days in ${seed.seconds.toFixed(1)} s (bulk ${seed.bulkSeconds.toFixed(1)} s, ${Math.round(seed.articlesPerSecond).toLocaleString('en-US')} articles/s).`);
  }
  if (seed.articles < articles) log(`  Note: the database holds ${seed.articles} articles, not ${articles}.`);
  // The site's PNGs rendered into DATA_DIR/assets here, as the first start of a server would: every
  // measured server then starts without loading sharp, as a production server does after its first start.
  await loadAssets({ cacheDir: path.join(o.dataDir, 'assets') });
  return seed;
}

export async function runScale(ctx: ScaleContext, articles: number): Promise<ScaleResult> {
  const { o, root, log } = ctx;
  const startedAt = new Date().toISOString();
  const startLoad = loadNow();
  const { serverEnv, config } = serverSetup(o, root, articles);
  const seed = await seedScale(ctx, articles);

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-'));
  tmpDirs.add(tmp);
  const servers: SiteServer[] = [];
  let baseline: BaselineServer | null = null;
  try {
    // 2. Two real servers: the page cache on (as deployed) and off (every request renders).
    // Started side by side (start-up is mostly bundling the client script); idle until measured.
    const started = await Promise.allSettled(
      ([['cache on', {}], ['cache off', { PAGE_CACHE_MB: '0' }]] as const).map(([role, extra]) =>
        startSiteServer({ name: role, cliPath: ctx.cliPath, root, env: { ...serverEnv, ...extra }, cpuProfDir: o.cpuProfDir, nodeFlags: o.nodeFlags }),
      ),
    );
    for (const r of started) if (r.status === 'fulfilled') servers.push(r.value);
    for (const r of started) if (r.status === 'rejected') throw r.reason;
    const [warm, cold] = servers;
    for (const s of [warm, cold]) log(`Server with the page cache ${s.name === 'cache on' ? 'on' : 'off (PAGE_CACHE_MB=0)'}: ready in ${s.startupSeconds.toFixed(1)} s, RSS ${s.idleRssMb} MB`);

    // 3. The pages, each checked to answer 200 (no redirect).
    const pages = await pickPages(config, Date.now());
    const bytes: Record<string, number> = {};
    const paths: Array<[string, string]> = [['article', pages.article], ['home', pages.home], ['rubric', pages.rubric.path], ['day', pages.day.path], ['feed', pages.feed], ['api', pages.api.path]];
    for (const [what, p] of paths) {
      const res = await fetchRaw(cold.base + p, 60_000, REQUEST_HEADERS);
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}, expected 200${headerOf(res, 'location') ? ` (redirect to ${headerOf(res, 'location')})` : ''}`);
      bytes[what] = res.body.length;
    }
    // The article from the cache, brotli-compressed: the second request is a cache hit.
    await fetchRaw(warm.base + pages.article, 60_000, REQUEST_HEADERS);
    const page = await fetchRaw(warm.base + pages.article, 60_000, REQUEST_HEADERS);
    if (page.status !== 200 || headerOf(page, 'x-cache') !== 'HIT' || headerOf(page, 'content-encoding') !== 'br') {
      throw new Error(`${pages.article} with accept-encoding: br answered ${page.status}, x-cache ${headerOf(page, 'x-cache')}, content-encoding ${headerOf(page, 'content-encoding')}; expected 200, HIT, br`);
    }
    bytes.articleBr = page.body.length;
    log(`Article ${pages.article} (${bytes.article.toLocaleString('en-US')} bytes, ${bytes.articleBr.toLocaleString('en-US')} with brotli); home ${bytes.home.toLocaleString('en-US')} bytes`);
    log(`Rubric ${pages.rubric.path} (page ${pages.rubric.page} of ${pages.rubric.pages}); day ${pages.day.path} (${pages.day.articles} articles); API ${pages.api.path}`);

    // 4. The baseline: raw node:http with the cached article's exact response.
    baseline = await startBaseline({ tmp, page, path: pages.article, requestHeaders: REQUEST_HEADERS });

    // 5. Measure.
    const targets: Record<ServerRole, Target> = {
      baseline: { sampler: baseline.sampler, probeUrl: baseline.url },
      'cache on': { sampler: warm.sampler, probeUrl: `${warm.base}/healthz` },
      'cache off': { sampler: cold.sampler, probeUrl: `${cold.base}/healthz` },
    };
    const urlOf = (server: ServerRole, p: string) => (server === 'baseline' ? baseline!.url : (server === 'cache on' ? warm : cold).base + p);
    const plan: Array<{ id: ScenarioId | 'baseline' | 'baseline-again'; name: string; server: ServerRole; path: string }> = [
      { id: 'baseline', name: 'baseline (node:http, same bytes)', server: 'baseline', path: pages.article },
      { id: 'article-warm', name: 'article warm (page cache, br)', server: 'cache on', path: pages.article },
      { id: 'article-cold', name: 'article cold (no page cache)', server: 'cache off', path: pages.article },
      { id: 'home-cold', name: 'home cold /ru/', server: 'cache off', path: pages.home },
      { id: 'rubric-deep', name: `rubric page ${pages.rubric.page}`, server: 'cache off', path: pages.rubric.path },
      { id: 'day', name: 'day archive', server: 'cache off', path: pages.day.path },
      { id: 'feed', name: 'feed /ru/feed.rss', server: 'cache off', path: pages.feed },
      { id: 'api', name: 'JSON API list (rates history)', server: 'cache off', path: pages.api.path },
      { id: 'baseline-again', name: 'baseline again', server: 'baseline', path: pages.article },
    ];
    log('Measuring (autocannon, in this process; every request sends accept-encoding: br):');
    const failures: string[] = [];
    const rows: ScenarioRow[] = [];
    for (const step of plan) {
      if (step.id !== 'baseline' && step.id !== 'baseline-again' && !o.scenarios.has(step.id)) continue;
      const t = targets[step.server];
      const url = urlOf(step.server, step.path);
      try {
        const r = await measure(step.name, url, t, o, log, REQUEST_HEADERS);
        rows.push({ ...r, url: step.path, id: step.id, server: step.server });
        if (r.errors > 0 || r.non2xx > 0) {
          failures.push(`${step.name}: ${r.errors} errors (${r.timeouts} timeouts) and ${r.non2xx} non-2xx responses (${JSON.stringify(r.statusCodes)})`);
        }
      } catch (err) {
        failures.push(`${step.name}: ${err instanceof Error ? err.message : String(err)}`);
        if (step.id === 'baseline') throw err;
      }
      if (step.id === 'article-warm') {
        const after = await fetchRaw(warm.base + pages.article, 30_000, REQUEST_HEADERS);
        const state = headerOf(after, 'x-cache');
        if (state !== 'HIT' && state !== 'REVALIDATING') failures.push(`article warm: after the load the page answered x-cache ${state}, not HIT`);
      }
      const dead = servers.find((s) => s.child.exitCode !== null || s.child.signalCode !== null);
      if (dead) throw new Error(`The server with the page ${dead.name} exited (${dead.child.exitCode ?? dead.child.signalCode}):\n${dead.output.tail()}`);
    }

    // Search: sequential requests with a fixed list of queries (bench/search.ts), on the server without cache.
    let search: SearchScenarioResult | null = null;
    let searchPeakMb = 0;
    if (o.scenarios.has('search')) {
      log(`Measuring search (${o.searchRounds} rounds of a fixed query list, one request at a time):`);
      cold.sampler.takePeakKb();
      search = await measureSearch(cold.base, o.searchRounds, log);
      searchPeakMb = round(cold.sampler.takePeakKb() / 1024, 1);
      if (search.non200) failures.push(`search: ${search.non200} answers were not 200`);
    }

    // 6. Ratios and memory (read before the beacon stops the server with the page cache).
    const ref = rows.find((r) => r.id === 'baseline')!;
    const ratioOf = (r: { reqPerSec: number; p50: number; p99: number; requests: number }) => ({
      reqPerSec: sig(r.reqPerSec / ref.reqPerSec),
      p50: r.requests ? sig(r.p50 / ref.p50) : 0,
      p99: r.requests ? sig(r.p99 / ref.p99) : 0,
    });
    for (const r of rows) r.ratio = ratioOf(r);
    const again = rows.find((r) => r.id === 'baseline-again');
    const drift = again ? round(((again.reqPerSec - ref.reqPerSec) / ref.reqPerSec) * 100, 1) : null;
    const summaries: ServerSummary[] = [warm, cold].map((s) => {
      const role = s.name as ServerRole;
      const underLoad = Math.max(0, ...rows.filter((r) => r.server === role).map((r) => r.serverPeakRssMb), role === 'cache off' ? searchPeakMb : 0);
      return { role, startupSeconds: round(s.startupSeconds, 2), idleRssMb: s.idleRssMb, peakRssUnderLoadMb: underLoad, hwmMb: round(s.sampler.hwmKb() / 1024, 1), errorLogLines: s.output.errorLines() };
    });
    const rssUnderLoad = Math.max(...summaries.map((s) => s.peakRssUnderLoadMb));

    // 7. The beacon, last: it ends with SIGTERM to the server with the page cache (bench/beacon.ts).
    let beacon: BeaconResult | null = null;
    if (o.scenarios.has('beacon')) {
      log('Measuring the view beacon (autocannon, a new reader per request; the server is stopped with SIGTERM at the end):');
      beacon = await measureBeacon({ base: warm.base, child: warm.child, target: targets['cache on'], config, o, log });
      if (beacon.available) {
        beacon.ratio = ratioOf(beacon);
        if (beacon.errors > 0 || beacon.non2xx > 0) failures.push(`beacon: ${beacon.errors} errors and ${beacon.non2xx} non-2xx responses (${JSON.stringify(beacon.statusCodes)})`);
        if (!beacon.countsMatch) failures.push(`beacon: ${beacon.counted} beacons counted, but view_count grew by ${beacon.viewCountGrowth} and article_views_daily by ${beacon.dailyGrowth}`);
      } else {
        log(`  beacon: not measured — ${beacon.reason}`);
      }
    }

    // 8. Targets.
    const ratios: Record<string, number | undefined> = Object.fromEntries(rows.map((r) => [r.id, r.ratio!.reqPerSec]));
    const measured = beacon?.available ? beacon : null;
    const checked = evaluateTargets({
      ratios,
      searchP95: search?.p95 ?? null,
      serverRssMb: rssUnderLoad > 0 ? rssUnderLoad : null,
      beaconReqPerSec: measured ? measured.reqPerSec : null,
      beaconCountsMatch: measured ? measured.countsMatch : null,
    });
    for (const s of [warm, cold]) if (s.output.errorLines()) log(`The server with the page ${s.name} logged ${s.output.errorLines()} error lines; last output:\n${s.output.tail()}`);

    return {
      articles,
      label: scaleLabel(articles),
      startedAt,
      database: { dialect: config.dialect, url: redact(config.databaseUrl), articles: seed.articles, stories: seed.stories, spanDays: seed.spanDays, bytes: seed.dbBytes },
      seed,
      pages: { ...pages, bytes },
      scenarios: rows,
      search,
      beacon,
      servers: summaries,
      baselineDriftPercent: drift,
      targets: checked,
      failures,
      machineLoad: { start: startLoad, end: loadNow() },
    };
  } finally {
    for (const s of servers) s.sampler.stop();
    await Promise.all([...servers.map((s) => s.child), ...(baseline ? [baseline.child] : [])].map((c) => stopChild(c)));
    rmSync(tmp, { recursive: true, force: true });
    tmpDirs.delete(tmp);
  }
}
