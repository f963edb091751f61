// The view beacon (issue 5): POST /api/v1/views and the no-JS pixel. One view per reader per article
// per 30 minutes, robots and prefetches left out, hostile input answered with 4xx, floods limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOD_LIMIT } from '../../src/audience/views/counter.js';
import { testApp, type TestApp } from '../support/app.js';
import { TEST_NOW } from '../support/constants.js';
import { publishedArticle } from '../support/content.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const MIN = 60_000;

let clock = TEST_NOW;
let t: TestApp;
let ru: { id: number; view_count: number; story_id: number };
let en: { id: number; view_count: number };
let seq = 0;
/** A new reader address for every test, so tests do not share dedupe entries or flood budgets. */
const address = () => `198.51.100.${++seq}`;

beforeAll(async () => {
  // Flushes only when a test asks (the timer would write in the middle of an assertion).
  t = await testApp({ clock: () => clock, configure: (c) => (c.viewsFlushMs = 600_000) });
  ru = await publishedArticle(t.store.db, 'ru');
  en = await publishedArticle(t.store.db, 'en');
});
afterAll(() => t.close());

function beacon(id: unknown, opts: { from?: string; ua?: string | null; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
  if (opts.ua !== null) headers['user-agent'] = opts.ua ?? FIREFOX;
  return t.app.inject({ method: 'POST', url: '/api/v1/views', remoteAddress: opts.from ?? '203.0.113.1', headers, payload: JSON.stringify({ id }) });
}

describe('view beacon', () => {
  it('counts one view per reader per article per 30 minutes', async () => {
    const from = address();
    const first = await beacon(ru.id, { from });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    const base = first.json().views - 1;
    expect(first.json()).toEqual({ counted: true, views: base + 1 });
    expect(base).toBeGreaterThanOrEqual(ru.view_count);
    expect((await beacon(ru.id, { from })).json()).toEqual({ counted: false, views: base + 1 });
    clock += 29 * MIN;
    expect((await beacon(ru.id, { from })).json()).toEqual({ counted: false, views: base + 1 });
    clock += 2 * MIN;
    expect((await beacon(ru.id, { from })).json()).toEqual({ counted: true, views: base + 2 });
    // Another browser at the same address, or the same browser elsewhere, is another reader.
    expect((await beacon(ru.id, { from, ua: SAFARI })).json()).toEqual({ counted: true, views: base + 3 });
    expect((await beacon(ru.id, { from: address() })).json()).toEqual({ counted: true, views: base + 4 });
    // Another article is another view.
    expect((await beacon(en.id, { from })).json().counted).toBe(true);
  });

  it('leaves out robots, prefetches and clients without a user agent (200, counted: false)', async () => {
    const before = t.app.views.buffer.size;
    const cases: Array<Parameters<typeof beacon>[1]> = [
      { ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      { ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36' },
      { ua: null },
      { ua: '' },
      { headers: { 'sec-purpose': 'prefetch;prerender' } },
      { headers: { purpose: 'prefetch' } },
      { headers: { 'x-moz': 'prefetch' } },
      { headers: { 'x-purpose': 'preview' } },
    ];
    for (const c of cases) {
      const r = await beacon(ru.id, { ...c, from: address() });
      expect(r.statusCode, JSON.stringify(c)).toBe(200);
      expect(r.json().counted, JSON.stringify(c)).toBe(false);
      expect(typeof r.json().views).toBe('number');
    }
    expect(t.app.views.buffer.size).toBe(before);
  });

  it('reads sendBeacon text and forms as well as JSON', async () => {
    const from = address();
    const text = await t.app.inject({ method: 'POST', url: '/api/v1/views', remoteAddress: from, headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': FIREFOX }, payload: `{"id":${ru.id}}` });
    expect(text.json().counted).toBe(true);
    const form = await t.app.inject({ method: 'POST', url: '/api/v1/views', remoteAddress: from, headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': SAFARI }, payload: `id=${ru.id}` });
    expect(form.json().counted).toBe(true);
  });

  it('answers hostile input with a 4xx JSON error, never a 500', async () => {
    const draft = await t.store.db.selectFrom('articles').where('status', '!=', 'published').select('id').executeTakeFirstOrThrow();
    const raw = (payload: string | Buffer | undefined, type?: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/views', remoteAddress: address(), headers: { 'user-agent': FIREFOX, ...(type ? { 'content-type': type } : {}) }, payload });
    const cases: Array<[string, Promise<{ statusCode: number; json(): any; headers: Record<string, unknown> }>, number]> = [
      ['no body', raw(undefined, 'application/json'), 400],
      ['empty JSON', raw('', 'application/json'), 400],
      ['broken JSON', raw('{"id":', 'application/json'), 400],
      ['not an object', raw('[1]', 'application/json'), 400],
      ['no id', raw('{"article":1}', 'application/json'), 400],
      ['negative id', raw('{"id":-5}', 'application/json'), 400],
      ['fraction', raw('{"id":2.5}', 'application/json'), 400],
      ['huge id', raw('{"id":99999999999999999999}', 'application/json'), 400],
      ['object id', raw('{"id":{"$ne":null}}', 'application/json'), 400],
      ['text not JSON', raw('hello', 'text/plain'), 400],
      ['form twice', raw('id=1&id=2', 'application/x-www-form-urlencoded'), 400],
      ['binary junk', raw(Buffer.from([0xff, 0xfe, 0x00, 0x7b]), 'application/json'), 400],
      ['xml', raw('<id>1</id>', 'application/xml'), 415],
      ['multipart', raw('--x\r\n\r\n1\r\n--x--', 'multipart/form-data; boundary=x'), 415],
      ['over 1 KB', raw(JSON.stringify({ id: ru.id, pad: 'x'.repeat(2000) }), 'application/json'), 413],
      ['unknown article', raw('{"id":2147483000}', 'application/json'), 404],
      ['draft article', raw(JSON.stringify({ id: draft.id }), 'application/json'), 404],
    ];
    for (const [name, p, status] of cases) {
      const r = await p;
      expect(r.statusCode, name).toBe(status);
      expect(typeof r.json().error, name).toBe('string');
      expect(r.headers['cache-control'], name).toBe('no-store');
    }
    const get = await t.app.inject({ method: 'GET', url: '/api/v1/views' });
    expect(get.statusCode).toBe(404);
  });

  it('limits a flood from one address with 429 and Retry-After, and not its neighbours', async () => {
    clock = Math.floor(clock / MIN) * MIN + MIN; // the start of a flood window
    const from = address();
    for (let i = 0; i < FLOOD_LIMIT; i++) {
      const r = await beacon(ru.id, { from, ua: `${FIREFOX} ${i}` });
      expect(r.statusCode).toBe(200);
    }
    const refused = await beacon(ru.id, { from, ua: 'yet another' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBe(60);
    expect(refused.json().error).toMatch(/too many/);
    expect((await beacon(ru.id, { from: address() })).statusCode).toBe(200);
    clock += MIN;
    expect((await beacon(ru.id, { from, ua: 'yet another' })).statusCode).toBe(200);
  });

  it('honours X-Forwarded-For from a trusted proxy (loopback) as the reader address', async () => {
    const via = (xff: string) => beacon(en.id, { from: '127.0.0.1', headers: { 'x-forwarded-for': xff } });
    expect((await via('192.0.2.10')).json().counted).toBe(true);
    expect((await via('192.0.2.10')).json().counted).toBe(false);
    expect((await via('192.0.2.11')).json().counted).toBe(true);
  });

  it('counts through the no-JS pixel the same way', async () => {
    const from = address();
    const pixel = (file: string, ua: string | null = FIREFOX) => t.app.inject({ url: `/api/v1/views/${file}`, remoteAddress: from, headers: ua ? { 'user-agent': ua } : {} });
    const before = t.app.views.buffer.size;
    const r = await pixel(`${en.id}.gif`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('image/gif');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.rawPayload.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(t.app.views.buffer.size).toBe(before + 1);
    expect((await pixel(`${en.id}.gif`)).statusCode).toBe(200);
    expect(t.app.views.buffer.size).toBe(before + 1);
    expect((await pixel(`${en.id}.gif`, 'Mozilla/5.0 (compatible; bingbot/2.0)')).statusCode).toBe(204);
    expect((await pixel(`${en.id}.gif`, null)).statusCode).toBe(204);
    expect((await pixel('abc.gif')).statusCode).toBe(400);
    expect((await pixel('0.gif')).statusCode).toBe(400);
    expect((await pixel('2147483000.gif')).statusCode).toBe(404);
    expect((await pixel(`${en.id}.png`)).statusCode).toBe(404);
    const head = await t.app.inject({ method: 'HEAD', url: `/api/v1/views/${en.id}.gif`, remoteAddress: address(), headers: { 'user-agent': FIREFOX } });
    expect(head.statusCode).toBe(200);
    expect(t.app.views.buffer.size).toBe(before + 1);
  });

  it('puts the article id and the pixel on the article page', async () => {
    const loc = await t.app.inject({ url: `/ru/${ru.id}/` });
    const page = await t.app.inject({ url: loc.headers.location as string });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`data-article-id="${ru.id}"`);
    expect(page.body).toMatch(new RegExp(`<noscript><img src="/api/v1/views/${ru.id}\\.gif" alt="" width="1" height="1"\\s*/?></noscript>`));
    expect(page.body).toMatch(/<span data-views>[\d\s ,]+<\/span>/);
  });

  it('stops counting an article as soon as it is unpublished', async () => {
    const from = address();
    const other = await t.store.db.selectFrom('articles').where('lang', '=', 'ky').where('status', '=', 'published').where('published_at', '<=', TEST_NOW).select(['id', 'story_id']).executeTakeFirstOrThrow();
    expect((await beacon(other.id, { from })).statusCode).toBe(200);
    await t.store.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', other.id).execute();
    await t.app.contentChanged({ kind: 'article', articleId: other.id, storyId: other.story_id });
    expect((await beacon(other.id, { from: address() })).statusCode).toBe(404);
  });
});

describe('VIEWS=off', () => {
  it('answers beacons without counting', async () => {
    const off = await testApp({ configure: (c) => (c.views = false) });
    try {
      const r = await off.app.inject({ method: 'POST', url: '/api/v1/views', headers: { 'content-type': 'application/json', 'user-agent': FIREFOX }, payload: JSON.stringify({ id: ru.id }) });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ counted: false, views: ru.view_count });
      expect(off.app.views.buffer.size).toBe(0);
    } finally {
      await off.close();
    }
  });
});

describe('view beacon with the database down', () => {
  it('answers 503 with a retry hint for an article it has not looked up yet, and keeps counting known ones from memory', async () => {
    const down = await testApp({ clock: () => clock, configure: (c) => (c.viewsFlushMs = 600_000) });
    const send = (id: number, from: string) =>
      down.app.inject({ method: 'POST', url: '/api/v1/views', remoteAddress: from, headers: { 'content-type': 'application/json', 'user-agent': FIREFOX }, payload: JSON.stringify({ id }) });
    try {
      const known = await publishedArticle(down.store.db, 'ru');
      const unseen = await publishedArticle(down.store.db, 'en');
      expect((await send(known.id, address())).statusCode).toBe(200);
      await down.store.close();

      const refused = await send(unseen.id, address());
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('30');
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(refused.json()).toEqual({ error: expect.stringMatching(/try again later/) });
      const pixel = await down.app.inject({ url: `/api/v1/views/${unseen.id}.gif`, remoteAddress: address(), headers: { 'user-agent': FIREFOX } });
      expect(pixel.statusCode).toBe(503);

      const counted = await send(known.id, address());
      expect(counted.statusCode).toBe(200);
      expect(counted.json()).toMatchObject({ counted: true });
    } finally {
      // the store is closed already: only the app is left to stop (its last flush fails and is logged)
      await down.app.close().catch(() => {});
    }
  });
});
