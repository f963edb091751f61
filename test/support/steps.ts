// Steps with a time bound for long browser flows.
//
// Some waits have no timeout of their own: Playwright's keyboard and context calls, a query through
// Kysely's single SQLite connection. A hang there used to run into the test's own timeout, which names
// no step and shows nothing of the state (CI saw that twice). A step here fails after its bound with
// its name and what it could find out: whether the server still answers, whether the database does,
// where the browser's pages are and what they logged, and the longest time this process's event loop
// was stuck during the step (a synchronous SQLite query or a busy render stops the server and the test
// alike).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { BrowserContext, Page } from 'playwright-core';
import type { TestServer } from './server.js';

const PROBE_MS = 5_000;

export interface StepRunner {
  /** Runs one step; throws naming it (with a state report) when it takes longer than `ms`. */
  step<T>(name: string, fn: () => Promise<T>, ms?: number): Promise<T>;
  /** Follows a browser context's pages: their console errors, page errors, failed requests, crashes. */
  watch(context: BrowserContext, label: string): void;
}

async function probe<T>(what: string, fn: () => Promise<T>): Promise<string> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`${what}: no answer within ${PROBE_MS / 1000} s`), PROBE_MS);
  });
  try {
    return await Promise.race([fn().then((v) => `${what}: ${String(v)} in ${Date.now() - started} ms`, (err) => `${what}: failed (${String(err)})`), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function stepRunner(server: TestServer, opts: { ms?: number; state?: () => Promise<string> } = {}): StepRunner {
  const defaultMs = opts.ms ?? 60_000;
  const log: string[] = [];
  const pages = new Map<Page, string>();
  const note = (line: string) => {
    log.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (log.length > 40) log.shift();
  };

  async function report(): Promise<string> {
    const lines = [
      await probe('server GET /ru/', async () => (await fetch(server.url('/ru/'), { signal: AbortSignal.timeout(PROBE_MS) })).status),
      await probe('database select', async () => (await server.store.db.selectFrom('articles').select('id').limit(1).execute()).length),
      ...(opts.state ? [await probe('the test\'s own state', opts.state)] : []),
      ...[...pages].map(([page, label]) => `${label} page: ${page.isClosed() ? 'closed' : page.url()}`),
      ...(log.length ? ['browser log (newest last):', ...log] : ['browser log: empty']),
    ];
    return lines.map((l) => `  ${l}`).join('\n');
  }

  return {
    watch(context, label) {
      const follow = (page: Page) => {
        pages.set(page, label);
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') note(`${label} console ${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (err) => note(`${label} page error: ${err.message}`));
        page.on('requestfailed', (r) => note(`${label} request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? '?'})`));
        page.on('crash', () => note(`${label} page crashed`));
        page.on('close', () => pages.delete(page));
      };
      context.pages().forEach(follow);
      context.on('page', follow);
    },

    async step(name, fn, ms = defaultMs) {
      const started = Date.now();
      const stuck = monitorEventLoopDelay({ resolution: 20 });
      stuck.enable();
      const longestStall = () => `longest event-loop stall in this step: ${Math.round(stuck.max / 1e6)} ms`;
      let timer: NodeJS.Timeout | undefined;
      const overdue = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          void report().then((state) => reject(new Error(`step "${name}" did not finish within ${ms / 1000} s. State then:\n  ${longestStall()}\n${state}`)));
        }, ms);
      });
      try {
        const result = await Promise.race([fn(), overdue]);
        // A step that passed but came near its bound, or stalled the process, is worth a line in the log.
        const took = Date.now() - started;
        if (took > ms / 2 || stuck.max / 1e6 > 2_000 || process.env.NEWSDESK_STEP_LOG) console.warn(`step "${name}": ${took} ms, ${longestStall()}`);
        return result;
      } catch (err) {
        if (err instanceof Error && !err.message.startsWith('step "')) err.message = `step "${name}" failed after ${Date.now() - started} ms (${longestStall()}): ${err.message}`;
        throw err;
      } finally {
        clearTimeout(timer);
        stuck.disable();
      }
    },
  };
}
