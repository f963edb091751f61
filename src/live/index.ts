// The live day feed (issue 5): a change bus, the producer that announces new headlines on it, and the
// per-language event streams readers' pages listen to. docs/decisions/011-live-feed.md explains why.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { ContentChange } from '../newsroom/deps.js';
import type { Database } from '../store/schema.js';
import type { Assets } from '../web/assets.js';
import { LiveAnnouncer } from './announcer.js';
import { InProcessBus, type ChangeBus } from './bus.js';
import { LiveRenderer } from './render.js';
import { liveRoute } from './route.js';
import { LiveStreams } from './streams.js';

/** Also sweep now and then while readers listen: catches what no change was told about (a story written straight to the database with a future time). */
const SWEEP_EVERY_MS = 15_000;

export interface LiveFeedOptions {
  config: Config;
  db: Kysely<Database>;
  assets: Assets;
  now: () => number;
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** another node-spanning bus (Redis, LISTEN/NOTIFY); in-process by default */
  bus?: ChangeBus;
}

export class LiveFeed {
  readonly config: Config;
  readonly db: Kysely<Database>;
  readonly now: () => number;
  readonly bus: ChangeBus;
  readonly renderer: LiveRenderer;
  readonly streams: LiveStreams;
  readonly announcer: LiveAnnouncer;
  private readonly log: LiveFeedOptions['log'];
  private sweepTimer: NodeJS.Timeout | null = null;

  constructor(opts: LiveFeedOptions) {
    this.config = opts.config;
    this.db = opts.db;
    this.now = opts.now;
    this.log = opts.log;
    this.bus = opts.bus ?? new InProcessBus(opts.log);
    this.renderer = new LiveRenderer(opts.config, opts.assets);
    this.streams = new LiveStreams({ heartbeatMs: opts.config.liveHeartbeatMs, max: opts.config.liveMaxStreams });
    this.announcer = new LiveAnnouncer({ db: opts.db, config: opts.config, bus: this.bus, renderer: this.renderer, now: opts.now, log: opts.log });
    this.bus.subscribe((e) => this.streams.broadcast(e));
  }

  /** Told of every change readers can see; never throws (the change itself is already saved). */
  async changed(change: ContentChange): Promise<void> {
    if (this.config.liveMaxStreams === 0) return;
    try {
      await this.announcer.changed(change);
    } catch (err) {
      this.log.error({ err, change }, 'live feed: announcing a change failed');
    }
  }

  /** The stream route, the silent first sweep before serving, and the end of every stream on close. */
  install(app: FastifyInstance): void {
    if (this.config.liveMaxStreams === 0) return;
    liveRoute(app, this);
    app.addHook('onReady', async () => {
      await this.announcer.sweep();
      this.sweepTimer = setInterval(() => {
        if (this.streams.count > 0) void this.announcer.sweep();
      }, SWEEP_EVERY_MS);
      this.sweepTimer.unref();
    });
    // Before the server stops accepting: open streams would otherwise keep app.close() waiting forever.
    app.addHook('preClose', async () => this.streams.closeAll());
    app.addHook('onClose', async () => {
      if (this.sweepTimer) clearInterval(this.sweepTimer);
      await this.announcer.stop();
      await this.bus.close();
    });
  }
}
