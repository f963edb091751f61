// The producer: after a change readers can see, works out which headlines have just appeared in
// today's day feed (or changed, or gone) and publishes one event per article on the bus.
//
// "Not announced yet" is decided against what this node has seen on the bus, not against what it
// published itself: every node learns every event, so a later edit handled by another node does not
// announce the same article again. A node starting up learns today's visible headlines silently
// (seed), so a restart announces nothing old. Two nodes sweeping within the bus's delivery time may
// both announce one article; the client drops the second by article id.
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Lang } from '../domain/lang.js';
import { dayRange, isoDay } from '../i18n/format.js';
import type { ContentChange } from '../newsroom/deps.js';
import type { Database } from '../store/schema.js';
import type { ChangeBus } from './bus.js';
import { eventIdOf, type LiveEvent } from './events.js';
import { SWEEP_LIMIT, visibleSince } from './query.js';
import type { LiveRenderer } from './render.js';

interface Known {
  lang: Lang;
  storyId: number;
  eventId: string;
  /** the <li> readers were sent: an edit that changes it is sent as an update */
  item: string;
  day: string;
}

export interface AnnouncerDeps {
  db: Kysely<Database>;
  config: Config;
  bus: ChangeBus;
  renderer: LiveRenderer;
  now: () => number;
  log: { warn(obj: object, msg: string): void };
}

export class LiveAnnouncer {
  private readonly known = new Map<number, Known>();
  private seeded = false;
  private running: Promise<void> | null = null;
  private again: Promise<void> | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: AnnouncerDeps) {
    this.unsubscribe = deps.bus.subscribe((e) => this.learn(e));
  }

  private learn(e: LiveEvent): void {
    if (e.type === 'remove') this.known.delete(e.id);
    else this.known.set(e.id, { lang: e.lang, storyId: e.storyId, eventId: e.eventId, item: e.item, day: e.day });
  }

  /** Changes that may alter the day feed; rates and picture credits cannot. */
  changed(change: ContentChange): Promise<void> {
    if (change.kind === 'rates' || change.kind === 'media') return Promise.resolve();
    return this.sweep();
  }

  /**
   * One sweep at a time. A change arriving during a sweep may have been written after that sweep
   * read, so one more sweep follows, shared by every caller waiting meanwhile.
   */
  sweep(): Promise<void> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    if (!this.again) {
      this.again = this.running.then(() => {
        this.again = null;
        return this.sweep();
      });
    }
    return this.again;
  }

  private async run(): Promise<void> {
    const { config, renderer } = this.deps;
    const now = this.deps.now();
    const today = isoDay(config.siteTz, now);
    let rows;
    try {
      rows = await visibleSince(this.deps.db, config.langs, dayRange(config.siteTz, today).start, now);
    } catch (err) {
      this.deps.log.warn({ err }, 'live feed: could not read today’s headlines; nothing announced this time');
      return;
    }
    const out: LiveEvent[] = [];
    const seen = new Set<number>();
    // Oldest first, so a stream's Last-Event-ID only moves forward.
    for (const a of [...rows].reverse()) {
      seen.add(a.id);
      const known = this.known.get(a.id);
      if (known && known.eventId === eventIdOf(a.publishedAt, a.id)) {
        if (known.item !== renderer.item(a, now)) out.push(renderer.event('update', a, now));
      } else {
        // new, or moved to another time (the client takes it out and puts it in its new place)
        out.push(renderer.event('add', a, now));
      }
    }
    for (const [id, k] of this.known) {
      if (k.day < today) this.known.delete(id);
      // Gone from today's feed (unpublished, trashed, rescheduled) — unless the day overflowed the read.
      else if (!seen.has(id) && rows.length < SWEEP_LIMIT) out.push({ type: 'remove', lang: k.lang, id, storyId: k.storyId });
    }
    if (!this.seeded) {
      // The first sweep after start: what is visible now was visible before; learn it, announce nothing.
      this.seeded = true;
      for (const e of out) this.learn(e);
      return;
    }
    for (const e of out) {
      // Learnt at once as well as from the bus: a networked bus delivers later, and a sweep in between must not repeat it.
      this.learn(e);
      await this.deps.bus.publish(e);
    }
  }

  /** Waits for a sweep under way and stops listening to the bus. */
  async stop(): Promise<void> {
    this.unsubscribe();
    await this.again;
    await this.running;
  }
}
