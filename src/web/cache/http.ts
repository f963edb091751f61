// HTTP side of cached pages: content negotiation, validators, and Cache-Control for browsers and CDNs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedPage } from './page-cache.js';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Picks brotli, then gzip, from Accept-Encoding (q=0 refuses a coding). */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  let br = false;
  let gzip = false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    if (name === 'br') br = true;
    else if (name === 'gzip' || name === 'x-gzip') gzip = true;
    else if (name === '*') gzip = true;
  }
  return br ? 'br' : gzip ? 'gzip' : 'identity';
}

/** One strong validator per representation: the body's hash, suffixed by the coding. */
function etagFor(page: CachedPage, enc: Encoding): string {
  return enc === 'identity' ? page.etag : `${page.etag.slice(0, -1)}-${enc === 'br' ? 'br' : 'gz'}"`;
}

/**
 * True when the client's copy is current: If-None-Match names this page in any of its codings (the
 * content is the same), or, without If-None-Match, If-Modified-Since is not older than Last-Modified.
 */
function matches(req: FastifyRequest, page: CachedPage): boolean {
  const inm = req.headers['if-none-match'];
  if (!inm) {
    const ims = req.headers['if-modified-since'];
    const lm = page.headers['last-modified'];
    if (!ims || !lm) return false;
    const since = Date.parse(ims);
    return !Number.isNaN(since) && Math.floor(Date.parse(lm) / 1000) <= Math.floor(since / 1000);
  }
  const base = page.etag.slice(1, -1);
  return inm.split(',').some((tag) => {
    const v = tag.trim().replace(/^W\//, '');
    return v === '*' || v.replace(/^"|"$/g, '').replace(/-(br|gz)$/, '') === base;
  });
}

/** Sends a stored page in the coding the client takes, or 304 when it already has it. */
export function sendStoredPage(req: FastifyRequest, reply: FastifyReply, page: CachedPage, state: 'HIT' | 'MISS' | 'STALE' | 'REVALIDATING', now: number): Buffer | string {
  const enc = negotiateEncoding(req.headers['accept-encoding'] as string | undefined);
  reply.headers(page.headers);
  reply.header('vary', 'Accept-Encoding');
  reply.header('etag', etagFor(page, enc));
  reply.header('x-cache', state);
  reply.header('age', String(Math.max(0, Math.floor((now - page.storedAt) / 1000))));
  if (state === 'STALE') reply.header('warning', '111 - "Revalidation failed: the database is unavailable"');
  if (matches(req, page)) {
    reply.code(304);
    reply.removeHeader('content-type');
    return '';
  }
  if (enc === 'identity') return page.body;
  reply.header('content-encoding', enc);
  return enc === 'br' ? page.br : page.gzip;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Cache-Control for public pages. Browsers keep a page briefly (the header clock and view count are
 * refreshed by the page's script); a CDN keeps it longer, the longer the older the article, and may
 * serve it stale while revalidating or when we fail. Changes reach a CDN sooner through the purge
 * webhook (surrogate keys).
 */
export function publicCacheControl(kind: 'article' | 'list' | 'feed' | 'sitemap' | 'static-ish', publishedAt?: number | null, now?: number): string {
  const tail = 'stale-if-error=86400';
  if (kind === 'article' && publishedAt != null && now != null) {
    const age = now - publishedAt;
    if (age < HOUR) return `public, max-age=30, s-maxage=60, stale-while-revalidate=30, ${tail}`;
    if (age < DAY) return `public, max-age=60, s-maxage=300, stale-while-revalidate=60, ${tail}`;
    if (age < 30 * DAY) return `public, max-age=300, s-maxage=3600, stale-while-revalidate=300, ${tail}`;
    return `public, max-age=600, s-maxage=86400, stale-while-revalidate=600, ${tail}`;
  }
  if (kind === 'sitemap') return `public, max-age=300, s-maxage=600, stale-while-revalidate=300, ${tail}`;
  if (kind === 'static-ish') return `public, max-age=300, s-maxage=3600, stale-while-revalidate=300, ${tail}`;
  return `public, max-age=30, s-maxage=60, stale-while-revalidate=30, ${tail}`;
}
