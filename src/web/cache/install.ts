// Wires the page cache into the app: a lookup before routing, a store when a cacheable page is sent,
// and the stale copy when rendering fails because the database is down.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendStoredPage } from './http.js';
import type { CachedPage, PageCache } from './page-cache.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** the cache key of this GET, when the URL is one the cache may hold */
    pageCacheKey: string | null;
  }
  interface FastifyReply {
    /** set by routes whose response may be cached: what the page shows, and its Cache-Control */
    pageCacheInfo: { keys: string[]; cacheControl: string } | null;
  }
}

/**
 * Marks this response as cacheable. `keys` name the places a change may make the page show something
 * new (home:ru, rubric:7, sidebar:ru …); the articles it links to are added from the HTML itself.
 */
export function markCacheable(reply: FastifyReply, keys: string[], cacheControl: string): void {
  reply.pageCacheInfo = { keys, cacheControl };
  reply.header('cache-control', cacheControl);
}

/** Tracking parameters that do not change a page: dropped from the key so they cannot flood the cache. */
const IGNORED_PARAMS = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_[a-z]+|_ga)$/i;
const UNCACHED_PREFIXES = ['/newsroom/', '/api/', '/static/', '/media/', '/healthz'];

export function cacheKeyOf(url: string): string | null {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (UNCACHED_PREFIXES.some((p) => path.startsWith(p)) || path.length > 400) return null;
  if (q === -1) return path;
  const params = new URLSearchParams(url.slice(q + 1));
  const kept = [...params].filter(([k]) => !IGNORED_PARAMS.test(k));
  if (kept.length > 8) return null;
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return kept.length ? `${path}?${new URLSearchParams(kept).toString()}` : path;
}

/** Article ids the page links to ("/ru/123-slug/"): a change to any of them drops the page. */
const ARTICLE_LINK = /\/[a-z]{2}\/(\d{1,12})-/g;
function linkedArticleKeys(body: string): string[] {
  const ids = new Set<string>();
  for (const m of body.matchAll(ARTICLE_LINK)) ids.add(m[1]);
  return [...ids].map((id) => `a:${id}`);
}

export interface PageCacheWiring {
  cache: PageCache;
  ttlMs: number;
  now: () => number;
}

export function installPageCache(app: FastifyInstance, { cache, ttlMs, now }: PageCacheWiring): void {
  app.decorateRequest('pageCacheKey', null);
  app.decorateReply('pageCacheInfo', null);
  if (!cache.enabled) return;

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    const key = cacheKeyOf(req.url);
    if (!key) return;
    req.pageCacheKey = key;
    const page = cache.peek(key);
    if (!page || page.invalid) {
      cache.stats.misses++;
      return;
    }
    let state: 'HIT' | 'REVALIDATING' = 'HIT';
    if (now() - page.storedAt >= ttlMs) {
      // Too old to be served as is: this request renders a fresh copy; requests arriving meanwhile
      // get this one (stale-while-revalidate, for the time of one render).
      if (!page.revalidating) {
        page.revalidating = true;
        cache.stats.misses++;
        return;
      }
      state = 'REVALIDATING';
    }
    cache.stats.hits++;
    cache.touch(page);
    const body = sendStoredPage(req, reply, page, state, now());
    return reply.send(body);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const key = req.pageCacheKey;
    if (!key || reply.getHeader('x-cache')) return payload;
    const info = reply.pageCacheInfo;
    if (!info || reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) {
      const existing = cache.peek(key);
      if (existing) existing.revalidating = false;
      return payload;
    }
    // Links are ASCII: latin1 reads the bytes as they are, without decoding UTF-8 again.
    const text = typeof payload === 'string' ? payload : payload.toString('latin1');
    const isHtml = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
    const keys = [...new Set([...info.keys, ...linkedArticleKeys(text), ...(isHtml ? ['html'] : []), 'all'])];
    const headers: Record<string, string> = {
      'content-type': String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'),
      'cache-control': info.cacheControl,
      'surrogate-key': keys.join(' '),
    };
    const lastModified = reply.getHeader('last-modified');
    if (lastModified) headers['last-modified'] = String(lastModified);
    const page = cache.store(key, typeof payload === 'string' ? Buffer.from(payload) : payload, headers, keys);
    reply.removeHeader('etag');
    return sendStoredPage(req, reply, page, 'MISS', now());
  });
}

/** When rendering failed, the last copy of the page, however old or invalidated, beats an error page. */
export function staleCopy(cache: PageCache, req: FastifyRequest): CachedPage | null {
  if (!req.pageCacheKey || !cache.enabled) return null;
  return cache.peek(req.pageCacheKey) ?? null;
}
