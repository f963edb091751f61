// The scheduler inside the server: every 10 seconds it puts scheduled articles whose time has come
// online (so a story goes live at most ~10 s late, well within the promised 30 s), and once an hour
// it empties the trash of articles deleted more than 30 days ago, drops expired sessions and
// forgets failed logins older than a day.
//
// One run at a time (a slow run is never overlapped by the next tick); errors are logged, never
// thrown; the timer is unref'd so it never keeps a process alive. "Hourly" is measured on the app's
// clock (deps.now), so tests that move their clock also move the housekeeping.
import type { NewsroomDeps } from '../deps.js';
import { ArticleService } from './service/index.js';

export const TICK_MS = 10_000;
export const HOUSEKEEPING_EVERY_MS = 3_600_000;
const LOGIN_FAILURES_KEEP_MS = 86_400_000;

export interface Scheduler {
  /** one run now (what the timer calls); resolves when done */
  tick(): Promise<void>;
  /** stops the timer and waits for a run in progress */
  stop(): Promise<void>;
}

export function startScheduler(deps: NewsroomDeps, opts: { tickMs?: number } = {}): Scheduler {
  const articles = new ArticleService(deps);
  let running: Promise<void> | null = null;
  let lastHousekeeping = -Infinity;
  let stopped = false;

  async function housekeeping(): Promise<void> {
    const purged = await articles.purgeExpired();
    if (purged) deps.log.info({ purged }, 'scheduler: emptied the trash of articles deleted over 30 days ago');
    await deps.sessions.pruneExpired();
    await deps.store.db.deleteFrom('login_failures').where('at', '<', deps.now() - LOGIN_FAILURES_KEEP_MS).execute();
  }

  async function run(): Promise<void> {
    try {
      const published = await articles.publishDue();
      if (published) deps.log.info({ published }, 'scheduler: published scheduled articles');
    } catch (err) {
      deps.log.error({ err }, 'scheduler: publishing scheduled articles failed');
    }
    const now = deps.now();
    if (now - lastHousekeeping >= HOUSEKEEPING_EVERY_MS || now < lastHousekeeping) {
      lastHousekeeping = now;
      try {
        await housekeeping();
      } catch (err) {
        deps.log.error({ err }, 'scheduler: housekeeping failed');
      }
    }
  }

  function tick(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (!running) running = run().finally(() => (running = null));
    return running;
  }

  const timer = setInterval(() => void tick(), opts.tickMs ?? TICK_MS);
  timer.unref();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
