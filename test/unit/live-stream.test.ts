// One live stream: event ids only move forward (an older item goes out without an id), live events
// wait while missed ones are replayed and are not sent twice, and a reader that stops reading is dropped.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { eventIdOf, type LiveEvent } from '../../src/live/events.js';
import { LiveStream, LiveStreams } from '../../src/live/streams.js';

function fakeResponse() {
  const out = { written: [] as string[], ended: false, writableLength: 0 };
  const res = {
    get writableLength() {
      return out.writableLength;
    },
    write(text: string) {
      out.written.push(text);
      return true;
    },
    end() {
      out.ended = true;
    },
  } as unknown as ServerResponse;
  return { res, out };
}

const add = (publishedAt: number, id: number, lang: 'ru' | 'en' = 'ru'): LiveEvent => ({
  type: 'add',
  lang,
  id,
  storyId: id,
  eventId: eventIdOf(publishedAt, id),
  headline: `h${id}`,
  publishedAt: new Date(publishedAt).toISOString(),
  day: '2024-02-14',
  isBreaking: false,
  item: `<li>${id}</li>`,
  group: '',
});

const ids = (written: string[]) => written.map((w) => /^id: (.*)$/m.exec(w)?.[1] ?? null);
const articles = (written: string[]) => written.map((w) => JSON.parse(/^data: (.*)$/m.exec(w)![1]).id);

describe('a live stream', () => {
  it('writes an id only when it moves the reader’s Last-Event-ID forward', () => {
    const { res, out } = fakeResponse();
    const s = new LiveStream('ru', res, { publishedAt: 1000, id: 5 });
    s.send(add(900, 9)); // older than where the reader is (a backdated story)
    s.send(add(1000, 6));
    s.send(add(1000, 4));
    s.send(add(2000, 1));
    s.send({ type: 'remove', lang: 'ru', id: 6, storyId: 6 });
    expect(ids(out.written)).toEqual([null, '1000-6', null, '2000-1', null]);
  });

  it('holds live events during a replay and drops those the replay already sent', () => {
    const { res, out } = fakeResponse();
    const s = new LiveStream('ru', res, { publishedAt: 1000, id: 1 });
    s.hold();
    s.send(add(3000, 3)); // arrives while the database is read…
    s.send(add(4000, 4));
    s.replay(add(2000, 2)); // …which also finds 2 and 3
    s.replay(add(3000, 3));
    expect(articles(out.written)).toEqual([2, 3]);
    s.release();
    expect(articles(out.written)).toEqual([2, 3, 4]);
    s.send(add(5000, 5));
    expect(articles(out.written)).toEqual([2, 3, 4, 5]);
    expect(ids(out.written)).toEqual(['2000-2', '3000-3', '4000-4', '5000-5']);
  });

  it('ends a stream whose reader stopped reading, and writes nothing after the end', () => {
    const { res, out } = fakeResponse();
    const s = new LiveStream('ru', res, null);
    s.comment('ping');
    out.writableLength = 10 * 1024 * 1024;
    s.send(add(1000, 1));
    expect(out.ended).toBe(true);
    s.comment('ping');
    expect(out.written).toEqual([': ping\n\n']);
  });
});

describe('the open streams of a node', () => {
  it('sends each event to the streams of its language, counts against the cap and ends all on close', () => {
    const streams = new LiveStreams({ heartbeatMs: 60_000, max: 2 });
    const ru = fakeResponse();
    const en = fakeResponse();
    const a = new LiveStream('ru', ru.res, null);
    const b = new LiveStream('en', en.res, null);
    streams.add(a);
    expect(streams.full).toBe(false);
    streams.add(b);
    expect(streams.full).toBe(true);
    streams.broadcast(add(1000, 1, 'en'));
    expect(ru.out.written).toEqual([]);
    expect(articles(en.out.written)).toEqual([1]);
    streams.remove(a);
    expect(streams.count).toBe(1);
    expect(streams.full).toBe(false);
    streams.closeAll();
    expect(en.out.ended).toBe(true);
    expect(streams.count).toBe(0);
    expect(streams.full).toBe(true); // a closing server takes no new readers
  });
});
