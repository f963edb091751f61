// The view counter: decides whether a beacon is a new view, keeps counts in memory and writes them in
// batches (every flushMs, and on close). docs/decisions/009-view-counting.md explains the choices.
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Lang } from '../../domain/lang.js';
import { dayRange, isoDay } from '../../i18n/format.js';
import type { ContentChange } from '../../newsroom/deps.js';
import type { Database } from '../../store/schema.js';
import { ViewBuffer, HOUR_MS, type Batch } from './buffer.js';
import { DedupeWindow } from './dedupe.js';
import { notCounted, type NotCounted } from './filter.js';
import { FloodLimit } from './flood.js';
import { ReaderIdentity } from './identity.js';
import { KnownArticles } from './known.js';
import { purgeHourly, writeBatch, type WriteResult } from './write.js';

/** One view per reader per article per 30 minutes. */
export const DEDUPE_WINDOW_MS = 30 * 60_000;
/** Reader-article pairs remembered at most (about 45 bytes each, measured: ~22 MB). */
export const DEDUPE_MAX_ENTRIES = 500_000;
/** Beacons one address may send per minute (generous: many readers share a mobile carrier's address). */
export const FLOOD_LIMIT = 120;
export const FLOOD_WINDOW_MS = 60_000;
const FLOOD_MAX_ADDRESSES = 100_000;
/** Hourly rows older than this are purged (Popular reads 24 hours, at most 7 days). */
export const HOURLY_KEEP_MS = 8 * 86_400_000;

export interface ViewCounterOptions {
  db: Kysely<Database>;
  tz: string;
  now: () => number;
  flushMs: number;
  /** VIEWS=off: beacons are answered, nothing is counted */
  enabled: boolean;
  log: FastifyBaseLogger;
  /** the writer (tests make it fail once) */
  write?: (db: Kysely<Database>, batch: Batch) => Promise<WriteResult>;
}

export interface Beacon {
  id: number;
  /** the client address (req.ip, which honours TRUST_PROXY) */
  address: string;
  headers: IncomingHttpHeaders;
}

export type BeaconOutcome =
  | { kind: 'counted' | 'repeat' | 'off'; views: number }
  | { kind: 'skipped'; reason: NotCounted; views: number }
  | { kind: 'unknown' }
  | { kind: 'flood'; retryAfter: number };

export class ViewCounter {
  private readonly identity: ReaderIdentity;
  private readonly dedupe = new DedupeWindow(DEDUPE_WINDOW_MS, DEDUPE_MAX_ENTRIES);
  private readonly flood = new FloodLimit(FLOOD_LIMIT, FLOOD_WINDOW_MS, FLOOD_MAX_ADDRESSES);
  readonly known: KnownArticles;
  readonly buffer = new ViewBuffer();
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private lastPurge = 0;
  private day = { name: '', start: 0, end: 0 };

  constructor(private readonly opts: ViewCounterOptions) {
    this.identity = new ReaderIdentity(opts.now);
    this.known = new KnownArticles(opts.db, opts.now);
  }

  get enabled(): boolean {
    return this.opts.enabled;
  }

  async record(b: Beacon): Promise<BeaconOutcome> {
    const now = this.opts.now();
    const retryAfter = this.flood.check(this.identity.address(b.address), now);
    if (retryAfter) return { kind: 'flood', retryAfter };
    const article = await this.known.get(b.id);
    if (!article) return { kind: 'unknown' };
    const views = () => article.stored + this.buffer.unwritten(b.id);
    if (!this.opts.enabled) return { kind: 'off', views: views() };
    const reason = notCounted(b.headers);
    if (reason) return { kind: 'skipped', reason, views: views() };
    if (!this.dedupe.firstIn(this.identity.view(b.address, String(b.headers['user-agent']), b.id), now)) return { kind: 'repeat', views: views() };
    this.buffer.add(b.id, article.lang, now, this.dayOf(now));
    return { kind: 'counted', views: views() };
  }

  /** The site-time day of an instant; the current day's bounds are kept so isoDay runs once a day. */
  private dayOf(at: number): string {
    if (at < this.day.start || at >= this.day.end) {
      const name = isoDay(this.opts.tz, at);
      this.day = { name, ...dayRange(this.opts.tz, name) };
    }
    return this.day.name;
  }

  /** Unwritten views of a language's articles in hours from `since` on (Popular adds them). */
  unwrittenSince(lang: Lang, since: number): Map<number, number> {
    return this.buffer.windowCounts(lang, since);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.opts.flushMs);
    this.timer.unref();
  }

  /** Writes what is buffered (after any flush already running). Never throws: a failure keeps the counts. */
  flush(): Promise<WriteResult | null> {
    const run = this.chain.then(() => this.flushOnce());
    this.chain = run.catch(() => {});
    return run;
  }

  private async flushOnce(): Promise<WriteResult | null> {
    const now = this.opts.now();
    if (now - this.lastPurge >= HOUR_MS) {
      this.lastPurge = now;
      await purgeHourly(this.opts.db, now - HOURLY_KEEP_MS).catch((err) => this.opts.log.warn({ err }, 'views: could not purge old hourly counts'));
    }
    const batch = this.buffer.take();
    if (!batch) return null;
    try {
      const result = await (this.opts.write ?? writeBatch)(this.opts.db, batch);
      this.buffer.written();
      for (const [id, p] of batch) this.known.written(id, p.total);
      if (result.dropped) this.opts.log.info({ dropped: result.dropped }, 'views: some counted articles were deleted before the flush');
      return result;
    } catch (err) {
      this.buffer.giveBack();
      this.opts.log.error({ err, pending: this.buffer.size }, 'views: flush failed; the counts stay in memory for the next try');
      return null;
    }
  }

  /** Stops the timer and writes what is left (the app's onClose, before the store closes). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    // A failed write is tried again a few times: after this the process ends and memory is gone.
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.flush();
      if (!this.buffer.size) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const left = this.buffer.size;
    if (left) this.opts.log.error({ lost: left }, 'views: the last flush failed; these views are lost');
  }

  contentChanged(change: ContentChange): void {
    if (change.kind === 'article') this.known.forget(change.articleId);
    else if (change.kind !== 'rates') this.known.clear();
  }
}
