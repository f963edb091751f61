// The open live streams of this node: one heartbeat timer for all, a cap, and the way to end them all
// when the server stops.
import type { ServerResponse } from 'node:http';
import type { Lang } from '../domain/lang.js';
import { isAfter, parseEventId, sseFrame, type EventCursor, type LiveEvent } from './events.js';

/** A reader that stops reading is dropped once this much waits unsent; it reconnects and replays. */
const MAX_BUFFERED_BYTES = 256 * 1024;

export class LiveStream {
  /** the newest event id sent: events older than it go out without an id, so Last-Event-ID never moves back */
  private cursor: EventCursor | null;
  /** while missed headlines are read from the database, live events wait here */
  private held: LiveEvent[] | null = null;
  private readonly replayed = new Set<number>();
  ended = false;

  constructor(
    readonly lang: Lang,
    private readonly res: ServerResponse,
    cursor: EventCursor | null,
  ) {
    this.cursor = cursor;
  }

  /** Holds live events until `release()`, so a replay and the live events around it arrive in order. */
  hold(): void {
    this.held = [];
  }

  /** A missed headline read from the database. */
  replay(event: LiveEvent): void {
    this.replayed.add(event.id);
    this.write(event);
  }

  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const e of held) if (!(e.type === 'add' && this.replayed.has(e.id))) this.write(e);
    this.replayed.clear();
  }

  send(event: LiveEvent): void {
    if (this.held) this.held.push(event);
    else this.write(event);
  }

  comment(text: string): void {
    this.raw(`: ${text}\n\n`);
  }

  private write(event: LiveEvent): void {
    let id: string | undefined;
    if (event.type === 'add') {
      const at = parseEventId(event.eventId, Number.MAX_SAFE_INTEGER);
      if (at && (!this.cursor || isAfter(at, this.cursor))) {
        this.cursor = at;
        id = event.eventId;
      }
    }
    this.raw(sseFrame(event, id));
  }

  private raw(text: string): void {
    if (this.ended) return;
    if (this.res.writableLength > MAX_BUFFERED_BYTES) return this.end();
    this.res.write(text);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.res.end();
  }
}

export class LiveStreams {
  private readonly open = new Set<LiveStream>();
  private heartbeat: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly opts: { heartbeatMs: number; max: number }) {}

  get count(): number {
    return this.open.size;
  }

  get full(): boolean {
    return this.closed || this.open.size >= this.opts.max;
  }

  add(stream: LiveStream): void {
    this.open.add(stream);
    if (!this.heartbeat) {
      this.heartbeat = setInterval(() => {
        for (const s of this.open) s.comment('ping');
      }, this.opts.heartbeatMs);
      this.heartbeat.unref();
    }
  }

  remove(stream: LiveStream): void {
    stream.ended = true;
    this.open.delete(stream);
    if (this.open.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  broadcast(event: LiveEvent): void {
    for (const s of this.open) if (s.lang === event.lang) s.send(event);
  }

  /** Ends every stream (the server is stopping) and refuses new ones. */
  closeAll(): void {
    this.closed = true;
    for (const s of [...this.open]) {
      s.end();
      this.remove(s);
    }
  }
}
