// The in-process page cache (docs/decisions/008-page-cache.md): rendered pages per URL, compressed once
// when stored (gzip and brotli), bounded in bytes with least-recently-used eviction, and indexed by
// surrogate keys so that a change drops exactly the pages that show it.
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { etagOf } from '../http/conditional.js';

export interface CachedPage {
  /** the cache key: path and query */
  key: string;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
  storedAt: number;
  keys: string[];
  /** dropped by a change: never served again, except when the database fails (stale-if-error) */
  invalid: boolean;
  /** a request is already rendering a fresh copy (the others keep getting this one meanwhile) */
  revalidating: boolean;
  size: number;
}

export interface PageCacheOptions {
  maxBytes: number;
  now: () => number;
}

export interface PageCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
  stores: number;
  evictions: number;
  purged: number;
}

export class PageCache {
  /** Map keeps insertion order: re-inserting on use makes the first entry the least recently used. */
  private readonly pages = new Map<string, CachedPage>();
  private readonly byKey = new Map<string, Set<string>>();
  private bytes = 0;
  readonly stats: Omit<PageCacheStats, 'entries' | 'bytes' | 'maxBytes'> = { hits: 0, misses: 0, stores: 0, evictions: 0, purged: 0 };

  constructor(private readonly opts: PageCacheOptions) {}

  get enabled(): boolean {
    return this.opts.maxBytes > 0;
  }

  /** The entry for a URL, valid or not (callers decide what an invalid or old entry may still be used for). */
  peek(key: string): CachedPage | undefined {
    return this.pages.get(key);
  }

  /** Marks an entry as used (moves it to the young end). */
  touch(page: CachedPage): void {
    this.pages.delete(page.key);
    this.pages.set(page.key, page);
  }

  /** Stores a page, compressing it once. Pages bigger than a quarter of the cache are not kept. */
  store(key: string, body: Buffer, headers: Record<string, string>, keys: string[]): CachedPage {
    const page: CachedPage = {
      key,
      headers,
      body,
      gzip: gzipSync(body, { level: 6 }),
      br: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      etag: etagOf(body),
      storedAt: this.opts.now(),
      keys,
      invalid: false,
      revalidating: false,
      size: 0,
    };
    page.size = body.length + page.gzip.length + page.br.length + key.length * 2 + keys.reduce((n, k) => n + k.length * 2 + 16, 0) + 400;
    if (!this.enabled || page.size > this.opts.maxBytes / 4) return page;
    this.remove(key);
    this.pages.set(key, page);
    this.bytes += page.size;
    for (const k of keys) {
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(key);
    }
    this.stats.stores++;
    while (this.bytes > this.opts.maxBytes) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
      this.stats.evictions++;
    }
    return page;
  }

  /** Invalidates every page carrying any of these surrogate keys; returns how many. */
  purge(keys: Iterable<string>): number {
    let n = 0;
    for (const k of keys) {
      const set = this.byKey.get(k);
      if (!set) continue;
      for (const url of set) {
        const page = this.pages.get(url);
        if (page && !page.invalid) {
          page.invalid = true;
          n++;
        }
      }
      this.byKey.delete(k);
    }
    this.stats.purged += n;
    return n;
  }

  clear(): void {
    this.pages.clear();
    this.byKey.clear();
    this.bytes = 0;
  }

  snapshot(): PageCacheStats {
    return { entries: this.pages.size, bytes: this.bytes, maxBytes: this.opts.maxBytes, ...this.stats };
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.size;
    for (const k of page.keys) {
      const set = this.byKey.get(k);
      if (set) {
        set.delete(key);
        if (set.size === 0) this.byKey.delete(k);
      }
    }
  }
}
