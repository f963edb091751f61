// Options: BenchOptions, read from the BENCH_* environment variables (docs/benchmarks.md lists them
// all), and redact() for database URLs in output.
import path from 'node:path';

/** every scenario the harness knows, in the order it runs them (the baseline always runs) */
export const SCENARIO_IDS = ['article-warm', 'article-cold', 'home-cold', 'rubric-deep', 'day', 'feed', 'api', 'search', 'beacon'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface BenchOptions {
  /** article counts to run the scenarios at, in order (BENCH_SCALES, or BENCH_ARTICLES alone) */
  scales: number[];
  /** bulk articles a day, all languages together: a bigger archive reaches further back */
  perDay: number;
  duration: number;
  connections: number;
  warmup: number;
  /** autocannon's per-request timeout, seconds */
  timeout: number;
  /** BENCH_DATABASE_URL as given ({n} is replaced by the scale), or null for the default files */
  databaseUrlTemplate: string | null;
  /** folder of the default database files and of the demo pictures */
  dataDir: string;
  /** where the results JSON goes */
  resultsDir: string;
  reseed: boolean;
  /** rounds of the search scenario's query list */
  searchRounds: number;
  /** exit with 2 when a target is missed */
  strict: boolean;
  /** which scenarios run */
  scenarios: Set<ScenarioId>;
  /** folder for V8 CPU profiles of both site servers (node --cpu-prof), or null */
  cpuProfDir: string | null;
  /** extra node flags for both site servers (BENCH_NODE_FLAGS), e.g. V8 heap sizes */
  nodeFlags: string[];
  /** what the seeder drops before the bulk load and rebuilds after it */
  seedDefer: { indexes: boolean; fullText: boolean };
}

function deferList(raw: string | undefined): { indexes: boolean; fullText: boolean } {
  const v = (raw ?? '').trim().toLowerCase();
  // Default: only the full-text index waits. Secondary indexes kept during the load cost little (the
  // rows arrive in id and time order), while building them afterwards reads the whole wide table once
  // per index: 5 minutes of the 12 a million articles took that way (docs/benchmarks.md).
  if (v === '') return { indexes: false, fullText: true };
  if (v === 'none') return { indexes: false, fullText: false };
  const parts = v.split(',').map((s) => s.trim());
  for (const p of parts) if (p !== 'indexes' && p !== 'fts') throw new Error(`BENCH_SEED_DEFER must be "fts", "indexes,fts", "indexes" or "none" (got "${raw}")`);
  return { indexes: parts.includes('indexes'), fullText: parts.includes('fts') };
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

/** "10000,100k,1M" -> [10000, 100000, 1000000] */
export function parseScales(raw: string): number[] {
  const out: number[] = [];
  for (const part of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d[\d_]*)([kKmM]?)$/.exec(part);
    const n = m ? Number(m[1].replace(/_/g, '')) * (m[2] === '' ? 1 : /k/i.test(m[2]) ? 1_000 : 1_000_000) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`BENCH_SCALES must be a comma-separated list of article counts such as 10000,100000,1000000 (got "${raw}")`);
    out.push(n);
  }
  if (!out.length) throw new Error('BENCH_SCALES is empty');
  return out;
}

function scenarioList(raw: string | undefined): Set<ScenarioId> {
  if (!raw || !raw.trim() || raw.trim() === 'all') return new Set(SCENARIO_IDS);
  const ids = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    if (!(SCENARIO_IDS as readonly string[]).includes(id)) throw new Error(`BENCH_SCENARIOS: unknown scenario "${id}" (known: ${SCENARIO_IDS.join(', ')})`);
  }
  return new Set(ids as ScenarioId[]);
}

function nodeFlags(raw: string | undefined): string[] {
  const flags = (raw ?? '').split(/\s+/).filter(Boolean);
  for (const f of flags) if (!/^--[a-z0-9-]+(=[\w.,:/-]+)?$/.test(f)) throw new Error(`BENCH_NODE_FLAGS: "${f}" is not a node flag such as --max-semi-space-size=2`);
  return flags;
}

function databaseUrl(url: string): string {
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(url)) throw new Error(`BENCH_DATABASE_URL must be sqlite:<file> or postgres://… (got "${url}")`);
  return url;
}

export function readOptions(env: NodeJS.ProcessEnv, root: string): BenchOptions {
  const scales = env.BENCH_SCALES?.trim() ? parseScales(env.BENCH_SCALES) : [intEnv(env, 'BENCH_ARTICLES', 100_000, 1)];
  const dir = (name: string, def: string) => path.resolve(root, env[name]?.trim() || def);
  return {
    scales,
    perDay: intEnv(env, 'BENCH_ARTICLES_PER_DAY', 300, 1),
    duration: intEnv(env, 'BENCH_DURATION', 10, 1),
    connections: intEnv(env, 'BENCH_CONNECTIONS', 50, 1),
    warmup: intEnv(env, 'BENCH_WARMUP', 3, 0),
    timeout: intEnv(env, 'BENCH_TIMEOUT', 10, 1),
    databaseUrlTemplate: env.BENCH_DATABASE_URL?.trim() ? databaseUrl(env.BENCH_DATABASE_URL.trim()) : null,
    dataDir: dir('BENCH_DATA_DIR', path.join('data', 'bench')),
    resultsDir: dir('BENCH_RESULTS_DIR', path.join('bench', 'results')),
    reseed: boolEnv(env, 'BENCH_RESEED'),
    searchRounds: intEnv(env, 'BENCH_SEARCH_ROUNDS', 10, 1),
    strict: boolEnv(env, 'BENCH_STRICT'),
    scenarios: scenarioList(env.BENCH_SCENARIOS),
    cpuProfDir: env.BENCH_CPU_PROF?.trim() ? dir('BENCH_CPU_PROF', '') : null,
    nodeFlags: nodeFlags(env.BENCH_NODE_FLAGS),
    seedDefer: deferList(env.BENCH_SEED_DEFER),
  };
}

/** The database of one scale: BENCH_DATABASE_URL ({n} replaced), or data/bench/bench-<n>.sqlite. */
export function databaseUrlFor(o: BenchOptions, articles: number): string {
  if (o.databaseUrlTemplate) return o.databaseUrlTemplate.replaceAll('{n}', String(articles));
  return `sqlite:${path.join(o.dataDir, `bench-${articles}.sqlite`)}`;
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** 10000 -> "10k", 1000000 -> "1M", 2500 -> "2.5k" */
export function scaleLabel(n: number): string {
  if (n >= 1_000_000 && n % 100_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 100 === 0) return `${n / 1_000}k`;
  return String(n);
}
