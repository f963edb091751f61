// Options: BenchOptions, read from the BENCH_* environment variables, and redact() for database URLs in output.
import path from 'node:path';

export interface BenchOptions {
  articles: number;
  duration: number;
  connections: number;
  warmup: number;
  /** autocannon's per-request timeout, seconds */
  timeout: number;
  databaseUrl: string;
  reseed: boolean;
  /** rounds of the search scenario's query list */
  searchRounds: number;
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
    searchRounds: intEnv(env, 'BENCH_SEARCH_ROUNDS', 10, 1),
  };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
