// The rates job inside the server: on start it fetches when the stored NBKR rates are stale (no daily
// rate for today or tomorrow in the site time zone), then every RATES_INTERVAL_MINUTES with an
// unref'd timer (conditional requests make a fetch of an unchanged file cheap). RATES_FETCH=off
// switches it off. stop() cancels the timer, aborts a fetch in flight and waits for it.
import type { Config } from '../../config.js';
import { addDays, isoDay } from '../../i18n/format.js';
import type { Store } from '../../store/db.js';
import { RatesReader } from '../../store/rates.js';
import { fetchAll, type FetchOptions, type FetchOutcome, type RatesLog } from './fetcher.js';
import { configuredSources, type RateSource } from './sources.js';

export interface RatesJob {
  /** the start-up check (and fetch, when stale); resolves when it is done */
  readonly started: Promise<FetchOutcome[] | null>;
  /** one run now (what the schedule does) */
  runNow(): Promise<FetchOutcome[]>;
  stop(): Promise<void>;
}

export interface RatesJobOptions {
  config: Config;
  store: Store;
  log: RatesLog;
  now?: () => number;
  /** tests: other sources or faster retries */
  sources?: RateSource[];
  fetch?: Pick<FetchOptions, 'retries' | 'backoffMs' | 'timeoutMs'>;
  /** called after a run stored new or changed rates (the page cache drops pages showing rates) */
  onStored?: () => void | Promise<void>;
}

/** Whether the daily NBKR rates need fetching: none stored for today or tomorrow (site time zone). */
export async function nbkrIsStale(store: Store, tz: string, now: number): Promise<boolean> {
  const today = isoDay(tz, now);
  const have = await new RatesReader(store.db).datesFrom('nbkr', [today, addDays(today, 1)]);
  return have.length === 0;
}

const idle: RatesJob = { started: Promise.resolve(null), runNow: async () => [], stop: async () => {} };

export function startRatesJob(opts: RatesJobOptions): RatesJob {
  const { config, store, log } = opts;
  if (!config.ratesFetch) return idle;
  const sources = opts.sources ?? configuredSources(config);
  if (sources.length === 0) return idle;
  const now = opts.now ?? Date.now;
  const abort = new AbortController();
  let running: Promise<FetchOutcome[]> | null = null;

  const run = (): Promise<FetchOutcome[]> => {
    // One run at a time: a tick that arrives while a slow fetch is still retrying joins it.
    if (running) return running;
    running = fetchAll(store, sources, { timeoutMs: config.ratesTimeoutMs, ...opts.fetch, now, signal: abort.signal, log })
      .then(async (outcomes) => {
        if (opts.onStored && outcomes.some((o) => o.status === 'stored')) await opts.onStored();
        return outcomes;
      })
      .catch((err) => {
        log.warn(`rates: fetch run failed: ${err instanceof Error ? err.message : String(err)}`);
        return [] as FetchOutcome[];
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const started = (async () => {
    try {
      if (!(await nbkrIsStale(store, config.siteTz, now()))) {
        log.debug('rates: stored NBKR rates are current; next fetch on the schedule');
        return null;
      }
      return await run();
    } catch (err) {
      log.warn(`rates: start-up check failed: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  })();

  const timer = setInterval(() => void run(), config.ratesIntervalMinutes * 60_000);
  timer.unref();

  return {
    started,
    runNow: run,
    async stop() {
      clearInterval(timer);
      abort.abort();
      await started;
      if (running) await running;
    },
  };
}
