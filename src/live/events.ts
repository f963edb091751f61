// What travels on the change bus and down a live stream, and the event ids that make replay possible.
//
// An event id is "<published_at ms>-<article id>": it orders articles the way the day feed does
// (time, then id), so a reconnecting reader's Last-Event-ID is all the server needs to find what was
// missed — no per-reader state on any node.
import type { Lang } from '../domain/lang.js';

export interface LiveItemEvent {
  /** add: a headline has just appeared in today's feed; update: its headline, flag or link changed */
  type: 'add' | 'update';
  lang: Lang;
  id: number;
  storyId: number;
  eventId: string;
  headline: string;
  /** ISO 8601 */
  publishedAt: string;
  /** the site day the item belongs to, "2024-02-14" */
  day: string;
  isBreaking: boolean;
  /** the feed's own <li>, rendered by the component the page uses */
  item: string;
  /** a whole day group holding only this item, for a page whose feed does not show that day yet */
  group: string;
}

export interface LiveRemoveEvent {
  type: 'remove';
  lang: Lang;
  id: number;
  storyId: number;
}

export type LiveEvent = LiveItemEvent | LiveRemoveEvent;

export interface EventCursor {
  publishedAt: number;
  id: number;
}

export function eventIdOf(publishedAt: number, id: number): string {
  return `${publishedAt}-${id}`;
}

const EVENT_ID = /^(\d{1,15})-(\d{1,12})$/;

/**
 * Reads a Last-Event-ID (header or query). Anything that is not exactly an id this server could have
 * written — empty, too long, negative, a list, a time past `now` — is ignored (null): the stream then
 * starts without replay rather than failing.
 */
export function parseEventId(value: unknown, now: number): EventCursor | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const m = EVENT_ID.exec(value.trim());
  if (!m) return null;
  const publishedAt = Number(m[1]);
  const id = Number(m[2]);
  if (!Number.isSafeInteger(publishedAt) || !Number.isSafeInteger(id) || id < 1 || publishedAt > now) return null;
  return { publishedAt, id };
}

/** True when a comes after b in feed order. */
export function isAfter(a: EventCursor, b: EventCursor): boolean {
  return a.publishedAt > b.publishedAt || (a.publishedAt === b.publishedAt && a.id > b.id);
}

/**
 * One server-sent event. The JSON has no line breaks (JSON.stringify escapes them), so it is one
 * data line; `id` is written only when given, so update and remove events leave the reader's
 * Last-Event-ID where it was.
 */
export function sseFrame(event: LiveEvent, id?: string): string {
  return `${id ? `id: ${id}\n` : ''}event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** The stream of a language's new headlines. */
export function livePath(lang: Lang): string {
  return `/api/v1/live/${lang}`;
}
