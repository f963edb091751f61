// Fetching a source: a timeout per attempt, conditional requests (ETag / Last-Modified from the
// stored fetch state, 304 = nothing new), retries with exponential backoff on network errors and 5xx
// (never on 4xx or a bad body), and a stored result only when the whole file parsed. A failure
// leaves the stored rates untouched and is recorded in rate_fetch_state.last_error.
import type { Store } from '../../store/db.js';
import { RatesWriter, type StoreResult } from '../../store/rates.js';
import { RatesParseError } from './parse.js';
import type { RateSource } from './sources.js';

export interface FetchOptions {
  /** per attempt, body included */
  timeoutMs?: number;
  /** attempts after the first one */
  retries?: number;
  /** the first backoff; doubled after every failed attempt */
  backoffMs?: number;
  now?: () => number;
  /** aborts waiting and requests (the job's stop) */
  signal?: AbortSignal;
  log?: RatesLog;
}

export interface RatesLog {
  info(msg: string): void;
  warn(msg: string): void;
  debug(msg: string): void;
}

export type FetchOutcome =
  | { source: string; status: 'stored'; date: string; result: StoreResult; attempts: number }
  | { source: string; status: 'not-modified'; attempts: number }
  | { source: string; status: 'failed'; reason: string; attempts: number };

const silent: RatesLog = { info() {}, warn() {}, debug() {} };

class Retryable extends Error {}
class Final extends Error {}

/** One line for a network failure: "connection refused (ECONNREFUSED)", "timed out after 20 s". */
function networkReason(err: unknown, timeoutMs: number): string {
  const e = err as Error & { cause?: NodeJS.ErrnoException & { code?: string } };
  if (e?.name === 'TimeoutError') return `timed out after ${timeoutMs / 1000} s`;
  const code = e?.cause?.code ?? (e as NodeJS.ErrnoException)?.code;
  const names: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed (offline?)',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'connection closed by the server',
  };
  if (code) return `network error: ${names[code] ?? e.cause?.message ?? code} (${code})`;
  return `network error: ${e?.cause?.message ?? e?.message ?? String(err)}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Final('stopped'));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new Final('stopped'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Fetches one source and stores what it published; never throws for a bad response. */
export async function fetchSource(store: Store, source: RateSource, opts: FetchOptions = {}): Promise<FetchOutcome> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const retries = opts.retries ?? 3;
  const backoffMs = opts.backoffMs ?? 2_000;
  const now = opts.now ?? Date.now;
  const log = opts.log ?? silent;
  const writer = new RatesWriter(store.db);
  const state = await writer.fetchState(source.id);
  const headers: Record<string, string> = { accept: 'application/xml, text/xml;q=0.9, */*;q=0.1', 'user-agent': 'Newsdesk rates fetcher' };
  if (state?.etag) headers['if-none-match'] = state.etag;
  if (state?.last_modified) headers['if-modified-since'] = state.last_modified;

  let attempts = 0;
  const attempt = async (): Promise<FetchOutcome> => {
    attempts++;
    const signal = opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
    let res: Response;
    let bytes: Uint8Array;
    try {
      res = await fetch(source.url, { headers, signal, redirect: 'follow' });
      if (res.status === 304) {
        await res.body?.cancel();
        return { source: source.id, status: 'not-modified', attempts };
      }
      if (res.status >= 500) {
        await res.body?.cancel();
        throw new Retryable(`HTTP ${res.status} ${res.statusText}`.trim());
      }
      if (res.status !== 200) {
        await res.body?.cancel();
        throw new Final(`HTTP ${res.status} ${res.statusText}`.trim());
      }
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (err) {
      if (err instanceof Retryable || err instanceof Final) throw err;
      if (opts.signal?.aborted) throw new Final('stopped');
      throw new Retryable(networkReason(err, timeoutMs));
    }
    let parsed;
    try {
      parsed = source.parse(bytes, res.headers.get('content-type') ?? undefined);
    } catch (err) {
      throw new Final(err instanceof RatesParseError ? err.message : `cannot read the response: ${(err as Error).message}`);
    }
    const result = await writer.store(source, parsed.date, parsed.rates, now());
    // Remember the validators only for a body that was stored: a bad body must be fetched again.
    await writer.saveFetchState(source.id, {
      etag: res.headers.get('etag'),
      last_modified: res.headers.get('last-modified'),
      last_attempt_at: now(),
      last_success_at: now(),
      last_error: null,
    });
    return { source: source.id, status: 'stored', date: parsed.date, result, attempts };
  };

  for (let i = 0; ; i++) {
    try {
      const out = await attempt();
      if (out.status === 'not-modified') await writer.saveFetchState(source.id, { last_attempt_at: now(), last_success_at: now(), last_error: null });
      return out;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (err instanceof Retryable && i < retries && !opts.signal?.aborted) {
        const wait = backoffMs * 2 ** i;
        log.debug(`rates: ${source.label} attempt ${i + 1} failed (${reason}); retrying in ${wait} ms`);
        try {
          await sleep(wait, opts.signal);
          continue;
        } catch {
          // stopped while waiting: fall through to the failure below
        }
      }
      const full = err instanceof Retryable && attempts > 1 ? `${reason} (after ${attempts} attempts)` : reason;
      await writer.saveFetchState(source.id, { last_attempt_at: now(), last_error: full }).catch(() => {});
      return { source: source.id, status: 'failed', reason: full, attempts };
    }
  }
}

/** Fetches every source one after the other and logs one line per source. */
export async function fetchAll(store: Store, sources: RateSource[], opts: FetchOptions = {}): Promise<FetchOutcome[]> {
  const log = opts.log ?? silent;
  const out: FetchOutcome[] = [];
  for (const source of sources) {
    if (opts.signal?.aborted) break;
    const o = await fetchSource(store, source, opts);
    out.push(o);
    log[o.status === 'failed' ? 'warn' : 'info'](`rates: ${describeOutcome(o, source)}`);
  }
  return out;
}

/** "NBKR daily: stored 5 rates for 2026-05-24 (5 new or changed)" and the like. */
export function describeOutcome(o: FetchOutcome, source: RateSource): string {
  if (o.status === 'not-modified') return `${source.label}: not modified since the last fetch`;
  if (o.status === 'failed') return `${source.label} (${source.url}) failed: ${o.reason}; the stored rates are kept`;
  const span = o.result.from === o.result.to ? `for ${o.result.from}` : `for ${o.result.from}…${o.result.to}`;
  const currencies = o.result.rows / Math.max(1, daysBetween(o.result.from, o.result.to) + 1);
  return `${source.label}: stored ${currencies} rates ${span} (${o.result.changed ? `${o.result.changed} rows new or changed` : 'no change'})`;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
