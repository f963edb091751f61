import type { FastifyReply } from 'fastify';
import { markCacheable } from '../cache/install.js';
import type { SafeHtml } from '../jsx.js';

export interface PageCaching {
  /** surrogate keys of the places this page shows (see src/web/cache/invalidate.ts) */
  keys: string[];
  cacheControl: string;
}

/** Sends a rendered reader page; with `caching`, the page cache keeps it until a change drops it. */
export function sendHtml(reply: FastifyReply, page: SafeHtml, status = 200, caching?: PageCaching): FastifyReply {
  reply.code(status).header('content-type', 'text/html; charset=utf-8');
  if (status === 200 && caching) markCacheable(reply, caching.keys, caching.cacheControl);
  else reply.header('cache-control', status === 200 ? 'public, max-age=60, stale-while-revalidate=60' : 'no-cache');
  // Encoded once here: sent as a string, the page was measured (Buffer.byteLength) and then encoded
  // again by the socket write, 6-7 % of an uncached page's CPU.
  return reply.send(Buffer.from(page.html));
}

/** Parses `?page=N`: undefined for page 1 written as such (to redirect), null when it is not a page number. */
export function parsePage(raw: unknown): number | null | 'redirect-to-first' {
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n === 1 ? 'redirect-to-first' : n;
}
