// The change bus: how the node that made a change tells every node's open live streams about it.
// Today one process, so an in-process bus; for several nodes the same interface is implemented over
// Redis pub/sub or PostgreSQL LISTEN/NOTIFY (docs/decisions/011-live-feed.md). That is why events are
// plain JSON: they are serialized on publish and every listener gets its own copy, exactly as a
// network bus would deliver them — no shared object can leak between publisher and listeners.
import type { LiveEvent } from './events.js';

export type BusListener = (event: LiveEvent) => void;

export interface ChangeBus {
  /** delivers the event to every listener (on every node, for a networked bus) */
  publish(event: LiveEvent): Promise<void>;
  /** returns the function that stops the listening */
  subscribe(listener: BusListener): () => void;
  close(): Promise<void>;
}

export interface BusLog {
  error(obj: object, msg: string): void;
}

export class InProcessBus implements ChangeBus {
  private readonly listeners = new Set<BusListener>();

  constructor(private readonly log?: BusLog) {}

  async publish(event: LiveEvent): Promise<void> {
    const wire = JSON.stringify(event);
    for (const listener of [...this.listeners]) {
      try {
        listener(JSON.parse(wire) as LiveEvent);
      } catch (err) {
        // One broken listener must not keep the event from the others.
        this.log?.error({ err }, 'live feed: a bus listener failed');
      }
    }
  }

  subscribe(listener: BusListener): () => void {
    // A wrapper per call, so subscribing the same function twice gives two independent subscriptions.
    const own: BusListener = (e) => listener(e);
    this.listeners.add(own);
    return () => {
      this.listeners.delete(own);
    };
  }

  get size(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
