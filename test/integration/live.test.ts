// The live day feed over a real listening server (issue 5): what a change publishes on a language's
// stream, what it does not, replay after Last-Event-ID, heartbeats, the stream cap and the end of
// every stream when the app closes.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../src/store/schema.js';
import { testApp } from '../support/app.js';
import { TEST_NOW } from '../support/constants.js';
import { publishedArticle } from '../support/content.js';
import { startTestServer, type TestServer } from '../support/server.js';

const MAX_STREAMS = 4;
let s: TestServer;
let closed = false;

beforeAll(async () => {
  s = await startTestServer({
    now: TEST_NOW,
    configure(c) {
      c.liveHeartbeatMs = 150;
      c.liveMaxStreams = MAX_STREAMS;
    },
  });
});
afterAll(async () => {
  if (!closed) await s.close();
});

interface Message {
  comment?: string;
  retry?: string;
  id?: string;
  event?: string;
  data?: any;
}

/** Reads a text/event-stream response block by block; `next` waits for the next block that matches. */
class SseReader {
  readonly messages: Message[] = [];
  private read = 0;
  private buffer = '';
  private wake: (() => void) | null = null;
  ended = false;

  constructor(
    readonly res: http.IncomingMessage,
    private readonly req: http.ClientRequest,
  ) {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      this.buffer += chunk;
      let at;
      while ((at = this.buffer.indexOf('\n\n')) !== -1) {
        this.messages.push(parseBlock(this.buffer.slice(0, at)));
        this.buffer = this.buffer.slice(at + 2);
      }
      this.wake?.();
    });
    res.on('end', () => {
      this.ended = true;
      this.wake?.();
    });
  }

  async next(match: (m: Message) => boolean = (m) => m.event !== undefined, timeoutMs = 5000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.read < this.messages.length) {
        const m = this.messages[this.read++];
        if (match(m)) return m;
      }
      if (this.ended) throw new Error('the stream ended');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(this.messages.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  async waitForEnd(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended) {
      if (Date.now() > deadline) throw new Error('the stream did not end');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  close(): void {
    this.req.destroy();
  }
}

function parseBlock(block: string): Message {
  const m: Message = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) m.comment = line.slice(1).trim();
    else {
      const i = line.indexOf(':');
      const field = line.slice(0, i);
      const value = line.slice(i + 1).replace(/^ /, '');
      if (field === 'data') m.data = JSON.parse(value);
      else if (field === 'id' || field === 'event' || field === 'retry') m[field] = value;
    }
  }
  return m;
}

function open(path: string, headers: Record<string, string> = {}): Promise<SseReader> {
  return new Promise((resolve, reject) => {
    const req = http.get(path.startsWith('http') ? path : s.url(path), { headers: { accept: 'text/event-stream', ...headers }, agent: false }, (res) => resolve(new SseReader(res, req)));
    req.on('error', reject);
  });
}

async function getJson(path: string): Promise<{ status: number; headers: Headers; body: any }> {
  const res = await fetch(s.url(path));
  return { status: res.status, headers: res.headers, body: await res.json() };
}

let seq = 0;

/** An article written straight to the store, as an importer would, then told to the app like the newsroom does. */
async function write(lang: string, opts: { headline?: string; status?: ArticleStatus; publishedAt?: number | null; tell?: boolean } = {}) {
  const db = s.store.db;
  const src = await publishedArticle(db, lang);
  const story = await db.insertInto('stories').values({ created_at: TEST_NOW }).returning('id').executeTakeFirstOrThrow();
  const { id: _id, created_at: _c, version: _v, ...rest } = src;
  const n = ++seq;
  const publishedAt = opts.publishedAt === undefined ? TEST_NOW - 60_000 + n : opts.publishedAt;
  const row = await db
    .insertInto('articles')
    .values({ ...rest, story_id: story.id, slug: `live-${n}`, headline: opts.headline ?? `Live ${lang} ${n}`, status: opts.status ?? 'published', published_at: publishedAt, updated_at: TEST_NOW, created_at: TEST_NOW, is_pinned: 0, is_breaking: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (opts.tell !== false) await s.app.contentChanged({ kind: 'article', articleId: row.id, storyId: story.id });
  return { id: row.id, storyId: story.id, publishedAt, eventId: publishedAt == null ? null : `${publishedAt}-${row.id}` };
}

const isAdd = (m: Message) => m.event === 'add';

describe('live feed stream', () => {
  it('answers 404 for a language the site does not publish, and streams with the right headers, a retry hint and heartbeats', async () => {
    for (const lang of ['de', 'RU', 'ru%20', 'ru-RU', 'x'.repeat(200)]) {
      const res = await getJson(`/api/v1/live/${lang}`);
      expect(res.status, lang).toBe(404);
      expect(res.body.error).toContain('no live feed');
    }
    const r = await open('/api/v1/live/ru');
    try {
      expect(r.res.statusCode).toBe(200);
      expect(r.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(r.res.headers['cache-control']).toBe('no-store');
      expect(r.res.headers['x-accel-buffering']).toBe('no');
      expect(r.res.headers['x-content-type-options']).toBe('nosniff');
      // never looked up in nor stored by the page cache
      expect(r.res.headers['x-cache']).toBeUndefined();
      expect((await r.next((m) => m.retry !== undefined)).retry).toBe('5000');
      expect((await r.next((m) => m.comment !== undefined)).comment).toBe('ping');
      expect((await r.next((m) => m.comment !== undefined)).comment).toBe('ping');
    } finally {
      r.close();
    }
  });

  it('sends a story published through the store once, with the markup the page shows, on its language’s stream only', async () => {
    const ru = await open('/api/v1/live/ru');
    const en = await open('/api/v1/live/en');
    try {
      const a = await write('ru', { headline: 'Налоги & <сборы> "выросли"' });
      const m = await ru.next(isAdd);
      expect(m.id).toBe(a.eventId);
      expect(m.data).toMatchObject({ type: 'add', lang: 'ru', id: a.id, storyId: a.storyId, eventId: a.eventId, headline: 'Налоги & <сборы> "выросли"', day: '2024-02-14', publishedAt: new Date(a.publishedAt!).toISOString() });
      expect(m.data.item).toContain('Налоги &amp; &lt;сборы&gt; &quot;выросли&quot;');
      expect(m.data.group).toContain(m.data.item);
      expect(m.data.group).toContain('<time datetime="2024-02-14">');
      // the same <li> a reload shows, and the page names the stream and its newest event
      const page = await (await fetch(s.url('/ru/'))).text();
      expect(page).toContain(m.data.item);
      expect(page).toContain(`data-live="/api/v1/live/ru" data-live-last="${a.eventId}"`);

      // told again (an edit that changes nothing readers see, a second listener): nothing more
      await s.app.contentChanged({ kind: 'article', articleId: a.id, storyId: a.storyId });
      await s.storeChanged();
      const b = await write('ru');
      expect((await ru.next(isAdd)).data.id).toBe(b.id);
      const c = await write('en');
      expect((await en.next(isAdd)).data.id).toBe(c.id);
      expect(ru.messages.filter(isAdd).map((x) => x.data.id)).toEqual([a.id, b.id]);
    } finally {
      ru.close();
      en.close();
    }
  });

  it('sends nothing for drafts, scheduled stories not yet due, future times and other days', async () => {
    const ru = await open('/api/v1/live/ru');
    try {
      await write('ru', { status: 'draft', publishedAt: null });
      await write('ru', { status: 'review', publishedAt: null });
      await write('ru', { status: 'scheduled', publishedAt: TEST_NOW + 3_600_000 });
      await write('ru', { status: 'published', publishedAt: TEST_NOW + 60_000 });
      await write('ru', { status: 'published', publishedAt: Date.parse('2024-02-13T12:00:00Z') });
      const sentinel = await write('ru');
      const first = await ru.next(isAdd);
      expect(first.data.id).toBe(sentinel.id);
    } finally {
      ru.close();
    }
  });

  it('sends an edited headline as an update and an unpublished story as a removal, leaving Last-Event-ID alone', async () => {
    const ru = await open('/api/v1/live/ru');
    try {
      const a = await write('ru');
      await ru.next(isAdd);
      await s.store.db.updateTable('articles').set({ headline: 'Уточнённый заголовок' }).where('id', '=', a.id).execute();
      await s.app.contentChanged({ kind: 'article', articleId: a.id, storyId: a.storyId });
      const update = await ru.next();
      expect(update.event).toBe('update');
      expect(update.id).toBeUndefined();
      expect(update.data).toMatchObject({ id: a.id, headline: 'Уточнённый заголовок' });
      expect(update.data.item).toContain('Уточнённый заголовок');
      await s.store.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', a.id).execute();
      await s.app.contentChanged({ kind: 'article', articleId: a.id, storyId: a.storyId });
      const removal = await ru.next();
      expect(removal.event).toBe('remove');
      expect(removal.id).toBeUndefined();
      expect(removal.data).toEqual({ type: 'remove', lang: 'ru', id: a.id, storyId: a.storyId });
    } finally {
      ru.close();
    }
  });

  it('replays what a reader missed after Last-Event-ID (header or query), in order, only its language and only what is visible', async () => {
    const missed1 = await write('ky');
    const gone = await write('ky');
    const missed2 = await write('ky');
    const missed3 = await write('ky');
    await write('ru');
    await s.store.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', gone.id).execute();
    await s.app.contentChanged({ kind: 'article', articleId: gone.id, storyId: gone.storyId });

    const expected = [missed2.eventId, missed3.eventId];
    const ways: Array<Record<string, string>> = [{ 'last-event-id': missed1.eventId! }, {}];
    for (const headers of ways) {
      const path = Object.keys(headers).length ? '/api/v1/live/ky' : `/api/v1/live/ky?lastEventId=${encodeURIComponent(missed1.eventId!)}`;
      const ky = await open(path, headers);
      try {
        const got: Message[] = [];
        for (const _ of expected) got.push(await ky.next(isAdd));
        expect(got.map((m) => m.id)).toEqual(expected);
        expect(got.every((m) => m.data.lang === 'ky')).toBe(true);
        // nothing else was replayed: the next event is the next story
        const next = await write('ky');
        expect((await ky.next(isAdd)).data.id).toBe(next.id);
        expected.push(next.eventId);
      } finally {
        ky.close();
      }
    }
  });

  it('ignores a hostile or impossible Last-Event-ID and streams on without replay', async () => {
    const hostile = ['', 'abc', '-1-2', '1707900000000-0', '99999999999999999999-1', `${TEST_NOW + 3_600_000}-1`, '1'.repeat(500), '1707900000000-1, 1707900000000-2', '1707900000000-1-1', '١٧٠٧-١'];
    for (const value of hostile) {
      const en = await open(`/api/v1/live/en?lastEventId=${encodeURIComponent(value)}`, value && /^[\x20-\x7e]*$/.test(value) ? { 'last-event-id': value } : {});
      try {
        expect(en.res.statusCode, value).toBe(200);
        const sentinel = await write('en');
        expect((await en.next(isAdd)).data.id, value).toBe(sentinel.id);
      } finally {
        en.close();
      }
    }
    // a repeated query parameter is no id either
    const twice = await open('/api/v1/live/en?lastEventId=1707900000000-1&lastEventId=1707900000000-2');
    try {
      const sentinel = await write('en');
      expect((await twice.next(isAdd)).data.id).toBe(sentinel.id);
    } finally {
      twice.close();
    }
  });

  it('refuses streams beyond LIVE_MAX_STREAMS with 503 and takes one again when a reader leaves', async () => {
    // streams of the tests before may take a moment to be noticed as closed: take places as they free up
    const readers: SseReader[] = [];
    while (readers.length < MAX_STREAMS) {
      const r = await open('/api/v1/live/ru');
      if (r.res.statusCode === 200) readers.push(r);
      else r.close();
    }
    try {
      const refused = await getJson('/api/v1/live/ru');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(refused.body.error).toMatch(/as many live readers/);
      readers.pop()!.close();
      await expect.poll(() => openStatus('/api/v1/live/ru')).toBe(200);
    } finally {
      for (const r of readers) r.close();
    }
  });

  it('ends every open stream when the app closes, so closing does not hang', async () => {
    // Fastify's own server too, as `newsdesk serve` runs it: its close waits for busy connections.
    const address = await s.app.listen({ port: 0, host: '127.0.0.1' });
    const a = await open('/api/v1/live/ru');
    const b = await open(`${address}/api/v1/live/en`);
    await a.next((m) => m.retry !== undefined);
    await b.next((m) => m.retry !== undefined);
    // app.close() alone (the test server's own socket closing would end them anyway)
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('app.close() waits for the open streams')), 5000)));
    await Promise.race([s.app.close(), hung]).finally(() => clearTimeout(timer));
    await a.waitForEnd();
    await b.waitForEnd();
    closed = true;
    await s.close();
  });
});

describe('live feed switched off (LIVE_MAX_STREAMS=0)', () => {
  it('leaves pages without the live marker and answers 404 for streams', async () => {
    const off = await testApp({ configure: (c) => (c.liveMaxStreams = 0) });
    try {
      const page = await off.app.inject({ url: '/ru/' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('class="day-feed"');
      expect(page.body).not.toContain('data-live');
      const stream = await off.app.inject({ url: '/api/v1/live/ru' });
      expect(stream.statusCode).toBe(404);
      // changes are still taken in stride
      await off.app.contentChanged({ kind: 'taxonomy' });
    } finally {
      await off.close();
    }
  });
});

/** The status of a stream request, closing the stream at once. */
async function openStatus(path: string): Promise<number> {
  const r = await open(path);
  r.close();
  return r.res.statusCode ?? 0;
}
