// The page cache (issue 7): hits, compression once, negotiation, 304, byte bound, precise invalidation,
// the 60-second freshness bound, stale-on-database-failure, CDN headers and the purge webhook.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePath } from '../../src/domain/article.js';
import { testApp, type TestApp } from '../support/app.js';
import { TEST_NOW } from '../support/constants.js';
import { publishedArticle, translationsOf } from '../support/content.js';

let clock = TEST_NOW;
let t: TestApp;

beforeAll(async () => {
  t = await testApp({ clock: () => clock });
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

describe('page cache', () => {
  it('renders a page once, then serves the stored copy; tracking parameters share the copy', async () => {
    const first = await get('/en/');
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-cache']).toBe('MISS');
    const stores = t.app.pageCache.stats.stores;
    const second = await get('/en/');
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body).toBe(first.body);
    const tracked = await get('/en/?utm_source=telegram&fbclid=abc');
    expect(tracked.headers['x-cache']).toBe('HIT');
    expect(t.app.pageCache.stats.stores).toBe(stores);
  });

  it('compresses once when storing and serves brotli, gzip or plain by Accept-Encoding', async () => {
    const plain = await get('/ru/');
    const stores = t.app.pageCache.stats.stores;
    const br = await t.app.inject({ url: '/ru/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    const gz = await t.app.inject({ url: '/ru/', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
    const refused = await t.app.inject({ url: '/ru/', headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(t.app.pageCache.stats.stores).toBe(stores);
  });

  it('answers 304 to a client that holds the current copy, in any coding', async () => {
    const first = await t.app.inject({ url: '/ky/', headers: { 'accept-encoding': 'br' } });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+-br"$/);
    const again = await t.app.inject({ url: '/ky/', headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const plain = await t.app.inject({ url: '/ky/', headers: { 'if-none-match': etag } });
    expect(plain.statusCode).toBe(304);
    const other = await t.app.inject({ url: '/ky/', headers: { 'if-none-match': '"something-else"' } });
    expect(other.statusCode).toBe(200);
  });

  it('labels pages for a CDN: Cache-Control by the article age and surrogate keys of what the page shows', async () => {
    const a = await publishedArticle(t.store.db, 'ru', { translated: true });
    const res = await get(articlePath(a));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=86400$/);
    const keys = String(res.headers['surrogate-key']).split(' ');
    expect(keys).toEqual(expect.arrayContaining([`a:${a.id}`, `story:${a.story_id}`, 'sidebar:ru', 'html', 'all']));
    // an old article is kept longer by a CDN than the home page
    const old = await t.store.db.selectFrom('articles').where('lang', '=', 'en').where('status', '=', 'published').where('published_at', '<', TEST_NOW - 10 * 86_400_000).selectAll().orderBy('published_at', 'desc').executeTakeFirstOrThrow();
    const oldRes = await get(articlePath(old));
    const sMax = (cc: unknown) => Number(/s-maxage=(\d+)/.exec(String(cc))![1]);
    expect(sMax(oldRes.headers['cache-control'])).toBeGreaterThan(sMax((await get('/en/')).headers['cache-control']));
  });

  it('drops exactly the pages that show a changed article, and shows the change at once', async () => {
    const a = await publishedArticle(t.store.db, 'ru', { translated: true });
    const [translation] = await translationsOf(t.store.db, a.story_id, a.id);
    const enUnrelated = await t.store.db.selectFrom('articles').where('lang', '=', 'en').where('story_id', '!=', a.story_id).where('status', '=', 'published').where('published_at', '<=', TEST_NOW).selectAll().orderBy('published_at', 'desc').executeTakeFirstOrThrow();
    for (const url of [articlePath(a), articlePath(translation), '/ru/', articlePath(enUnrelated), '/ru/feed.rss']) {
      await get(url);
      expect((await get(url)).headers['x-cache'], url).toBe('HIT');
    }
    await t.store.db.updateTable('articles').set({ headline: 'Заголовок после правки редактора' }).where('id', '=', a.id).execute();
    await t.app.contentChanged({ kind: 'article', articleId: a.id, storyId: a.story_id });
    const page = await get(articlePath(a));
    expect(page.headers['x-cache']).toBe('MISS');
    expect(page.body).toContain('Заголовок после правки редактора');
    expect((await get('/ru/')).body).toContain('Заголовок после правки редактора');
    expect((await get('/ru/feed.rss')).body).toContain('Заголовок после правки редактора');
    // its translation's language switch may change, so it is dropped too
    expect((await get(articlePath(translation))).headers['x-cache']).toBe('MISS');
    // an English page about something else does not show it and stays
    expect((await get(articlePath(enUnrelated))).headers['x-cache']).toBe('HIT');
  });

  it('shows a newly published article on the home page and in the feed right after the change', async () => {
    await get('/en/');
    await get('/en/feed.json');
    const src = await publishedArticle(t.store.db, 'en');
    const story = await t.store.db.insertInto('stories').values({ created_at: clock }).returning('id').executeTakeFirstOrThrow();
    const { id, created_at: _c, ...rest } = src;
    const inserted = await t.store.db
      .insertInto('articles')
      .values({ ...rest, story_id: story.id, slug: 'fresh-from-the-newsroom', headline: 'Fresh from the newsroom', published_at: clock - 1000, updated_at: clock, created_at: clock, is_pinned: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.app.contentChanged({ kind: 'article', articleId: inserted.id, storyId: story.id });
    expect((await get('/en/')).body).toContain('Fresh from the newsroom');
    expect((await get('/en/feed.json')).body).toContain('Fresh from the newsroom');
  });

  it('renders pages again after at most a minute, so the clock and counts are never older than that', async () => {
    await get('/en/news/2024-02-13/');
    expect((await get('/en/news/2024-02-13/')).headers['x-cache']).toBe('HIT');
    clock += 59_000;
    expect((await get('/en/news/2024-02-13/')).headers['x-cache']).toBe('HIT');
    clock += 2_000;
    const refreshed = await get('/en/news/2024-02-13/');
    expect(refreshed.headers['x-cache']).toBe('MISS');
    expect((await get('/en/news/2024-02-13/')).headers['x-cache']).toBe('HIT');
  });

  it('drops every page showing rates when rates change', async () => {
    await get('/ky/rates/');
    await get('/en/');
    await t.app.contentChanged({ kind: 'rates' });
    expect((await get('/ky/rates/')).headers['x-cache']).toBe('MISS');
    expect((await get('/en/')).headers['x-cache']).toBe('MISS');
  });

  it('keeps newsroom and API responses out of the cache', async () => {
    await get('/api/v1/rates');
    const again = await get('/api/v1/rates');
    expect(again.headers['x-cache']).toBeUndefined();
  });
});

describe('page cache bounds and failures', () => {
  it('never holds more bytes than configured', async () => {
    const small = await testApp({ configure: (c) => (c.pageCacheBytes = 400_000) });
    try {
      const ids = await small.store.db.selectFrom('articles').where('status', '=', 'published').where('published_at', '<=', TEST_NOW).select(['id', 'lang', 'slug']).limit(40).execute();
      for (const a of ids) await small.app.inject(articlePath(a));
      const snap = small.app.pageCache.snapshot();
      expect(snap.bytes).toBeLessThanOrEqual(400_000);
      expect(snap.evictions).toBeGreaterThan(0);
      expect(snap.entries).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  });

  it('serves the cached copy, marked stale, when the database fails; other pages get a 503', async () => {
    const s = await testApp();
    const a = await publishedArticle(s.store.db, 'en');
    const fresh = await s.app.inject(articlePath(a));
    await s.app.contentChanged({ kind: 'rates' }); // even an invalidated copy beats an error
    await s.store.close();
    const stale = await s.app.inject(articlePath(a));
    expect(stale.statusCode).toBe(200);
    expect(stale.headers['x-cache']).toBe('STALE');
    expect(stale.headers.warning).toMatch(/^111 /);
    expect(stale.body).toBe(fresh.body);
    const unseen = await s.app.inject('/en/news/2024-02-10/');
    expect(unseen.statusCode).toBe(503);
    await s.app.close();
  });

  it('tells a CDN which surrogate keys to purge through the webhook', async () => {
    const received: string[][] = [];
    const hook = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(JSON.parse(body).keys);
        res.end('ok');
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    const s = await testApp({ configure: (c) => (c.purgeWebhookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/purge`) });
    try {
      const a = await publishedArticle(s.store.db, 'ky');
      await s.app.contentChanged({ kind: 'article', articleId: a.id, storyId: a.story_id });
      for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(received[0]).toEqual(expect.arrayContaining([`a:${a.id}`, `story:${a.story_id}`, 'home:ky', 'sidebar:ky', 'sitemap']));
    } finally {
      await s.close();
      hook.close();
    }
  });

  it('can be switched off (PAGE_CACHE_MB=0): every request renders', async () => {
    const off = await testApp({ configure: (c) => (c.pageCacheBytes = 0) });
    try {
      await off.app.inject('/ru/');
      const res = await off.app.inject('/ru/');
      expect(res.headers['x-cache']).toBeUndefined();
      expect(res.headers['cache-control']).toMatch(/^public/);
      expect(off.app.pageCache.snapshot().entries).toBe(0);
    } finally {
      await off.close();
    }
  });
});
