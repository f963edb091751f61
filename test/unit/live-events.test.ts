// Live event ids ("<published_at>-<article id>"): written and read back, hostile Last-Event-ID values
// ignored (null, never an error), feed order, and the SSE frame.
import { describe, expect, it } from 'vitest';
import { eventIdOf, isAfter, livePath, parseEventId, sseFrame, type LiveItemEvent } from '../../src/live/events.js';

const NOW = Date.parse('2024-02-14T08:50:00Z');

describe('live event ids', () => {
  it('reads back what it writes', () => {
    const id = eventIdOf(NOW - 5000, 1234);
    expect(id).toBe(`${NOW - 5000}-1234`);
    expect(parseEventId(id, NOW)).toEqual({ publishedAt: NOW - 5000, id: 1234 });
    expect(parseEventId(` ${id} `, NOW)).toEqual({ publishedAt: NOW - 5000, id: 1234 });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['a number', 1707900000000],
    ['an array (a repeated query parameter)', ['1707900000000-1', '1707900000000-2']],
    ['an object', { publishedAt: 1, id: 2 }],
    ['words', 'abc'],
    ['no article id', '1707900000000'],
    ['no time', '-12'],
    ['negative', '-1707900000000-12'],
    ['article id 0', '1707900000000-0'],
    ['three parts', '1707900000000-1-2'],
    ['a list', '1707900000000-1,1707900000000-2'],
    ['far in the future', '999999999999999-999999999999'],
    ['too many digits', '99999999999999999999-1'],
    ['decimals', '1707900000000.5-1'],
    ['exponent', '1e12-1'],
    ['hex', '0x10-1'],
    ['Arabic-Indic digits', '١٧٠٧-١'],
    ['very long', '1'.repeat(10_000)],
    ['a line break', '1707900000000-1\nevent: x'],
    ['in the future', `${NOW + 1}-1`],
  ])('ignores %s', (_name, value) => {
    expect(parseEventId(value, NOW)).toBeNull();
  });

  it('orders by time, then by article id, as the day feed does', () => {
    expect(isAfter({ publishedAt: 2, id: 1 }, { publishedAt: 1, id: 9 })).toBe(true);
    expect(isAfter({ publishedAt: 1, id: 9 }, { publishedAt: 1, id: 8 })).toBe(true);
    expect(isAfter({ publishedAt: 1, id: 8 }, { publishedAt: 1, id: 8 })).toBe(false);
    expect(isAfter({ publishedAt: 1, id: 9 }, { publishedAt: 2, id: 1 })).toBe(false);
  });

  it('writes one SSE frame per event, with an id only when given', () => {
    const e: LiveItemEvent = {
      type: 'add',
      lang: 'ky',
      id: 7,
      storyId: 3,
      eventId: eventIdOf(NOW, 7),
      headline: 'Эки\nсап',
      publishedAt: new Date(NOW).toISOString(),
      day: '2024-02-14',
      isBreaking: false,
      item: '<li>\n</li>',
      group: '<div></div>',
    };
    const framed = sseFrame(e, e.eventId);
    expect(framed).toBe(`id: ${NOW}-7\nevent: add\ndata: ${JSON.stringify(e)}\n\n`);
    // line breaks inside the data are escaped by JSON: the frame has exactly one blank line, at its end
    expect(framed.indexOf('\n\n')).toBe(framed.length - 2);
    expect(JSON.parse(framed.split('\n')[2].slice('data: '.length))).toEqual(e);
    expect(sseFrame({ type: 'remove', lang: 'ru', id: 1, storyId: 2 })).toBe('event: remove\ndata: {"type":"remove","lang":"ru","id":1,"storyId":2}\n\n');
    expect(livePath('en')).toBe('/api/v1/live/en');
  });
});
