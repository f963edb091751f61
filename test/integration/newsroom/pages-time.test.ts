// Times on the article pages: datetime-local values read and written in the site time zone, whatever
// the server's own zone, including the days a zone changes its clocks; list stamps.
import { describe, expect, it } from 'vitest';
import { formatStamp, fromLocalInput, toLocalInput, zoneLabel } from '../../../src/newsroom/articles/pages/time.js';
import { textToDoc, textDigest, chooseBody, formToRaw, readForm } from '../../../src/newsroom/articles/pages/form.js';

describe('datetime-local in the site zone', () => {
  it('reads and writes Bishkek time (UTC+6)', () => {
    expect(fromLocalInput('Asia/Bishkek', '2024-02-20T09:30')).toBe(Date.UTC(2024, 1, 20, 3, 30));
    expect(toLocalInput('Asia/Bishkek', Date.UTC(2024, 1, 20, 3, 30))).toBe('2024-02-20T09:30');
    expect(toLocalInput('Asia/Bishkek', Date.UTC(2024, 1, 20, 20, 5))).toBe('2024-02-21T02:05');
    expect(toLocalInput('Asia/Bishkek', null)).toBe('');
    expect(zoneLabel('Asia/Bishkek', Date.UTC(2024, 1, 20))).toBe('Asia/Bishkek, UTC+6');
  });

  it('handles the days clocks change: a skipped time moves forward, a repeated one means the first', () => {
    // Berlin, 31 March 2024: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist
    expect(fromLocalInput('Europe/Berlin', '2024-03-31T02:30')).toBe(Date.UTC(2024, 2, 31, 1, 30));
    expect(fromLocalInput('Europe/Berlin', '2024-03-31T01:30')).toBe(Date.UTC(2024, 2, 31, 0, 30));
    expect(fromLocalInput('Europe/Berlin', '2024-03-31T03:30')).toBe(Date.UTC(2024, 2, 31, 1, 30));
    // 27 October 2024: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice
    expect(fromLocalInput('Europe/Berlin', '2024-10-27T02:30')).toBe(Date.UTC(2024, 9, 27, 0, 30));
    expect(fromLocalInput('Europe/Berlin', '2024-10-27T04:00')).toBe(Date.UTC(2024, 9, 27, 3, 0));
    for (const ms of [Date.UTC(2024, 2, 31, 0, 59), Date.UTC(2024, 2, 31, 1, 0), Date.UTC(2024, 9, 27, 0, 30), Date.UTC(2024, 6, 1, 12, 0)]) {
      expect(fromLocalInput('Europe/Berlin', toLocalInput('Europe/Berlin', ms))).toBe(ms);
    }
  });

  it('tells empty from nonsense', () => {
    expect(fromLocalInput('Asia/Bishkek', '')).toBeNull();
    expect(fromLocalInput('Asia/Bishkek', '   ')).toBeNull();
    for (const bad of ['tomorrow', '2024-02-30T10:00', '2024-13-01T10:00', '2024-02-14T24:00', '2024-02-14', '14.02.2024 10:00']) {
      expect(fromLocalInput('Asia/Bishkek', bad), bad).toBeNaN();
    }
  });

  it('stamps list times as today, this year or with the year', () => {
    const now = Date.UTC(2024, 1, 14, 8, 50);
    expect(formatStamp('Asia/Bishkek', Date.UTC(2024, 1, 14, 2, 5), now)).toBe('today 08:05');
    expect(formatStamp('Asia/Bishkek', Date.UTC(2024, 1, 13, 20, 0), now)).toBe('today 02:00');
    expect(formatStamp('Asia/Bishkek', Date.UTC(2024, 1, 13, 12, 0), now)).toBe('13 Feb, 18:00');
    expect(formatStamp('Asia/Bishkek', Date.UTC(2023, 11, 3, 12, 0), now)).toBe('3 Dec 2023, 18:00');
  });
});

describe('the form body', () => {
  it('splits plain text into paragraphs and line breaks', () => {
    expect(textToDoc('')).toEqual({ type: 'doc', content: [] });
    expect(textToDoc('A\nB\n\n\n C ')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'A' }, { type: 'hardBreak' }, { type: 'text', text: 'B' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'C' }] },
      ],
    });
  });

  it('takes the editor JSON unless the plain textarea was changed', () => {
    const json = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rich', marks: [{ type: 'bold' }] }] }] });
    const base = textDigest('Rich');
    expect(chooseBody({ bodyJson: json, bodyText: 'Rich', bodyTextBase: base })).toMatchObject({ ok: true, from: 'json' });
    expect(chooseBody({ bodyJson: json, bodyText: 'Rich\r\n', bodyTextBase: base })).toMatchObject({ ok: true, from: 'json' });
    expect(chooseBody({ bodyJson: json, bodyText: 'Edited', bodyTextBase: base })).toMatchObject({ ok: true, from: 'text' });
    // the island removed the textarea: the JSON counts
    expect(chooseBody({ bodyJson: json, bodyText: '', bodyTextBase: '' })).toMatchObject({ ok: true, from: 'json' });
    expect(chooseBody({ bodyJson: '{broken', bodyText: 'Rich', bodyTextBase: base })).toMatchObject({ ok: false });
    expect(chooseBody({ bodyJson: '', bodyText: 'Only text', bodyTextBase: '' })).toMatchObject({ ok: true, from: 'text' });
  });

  it('turns form values into the service\'s raw input without throwing', () => {
    const conv = formToRaw(readForm({ version: '3', headline: ' H ', tags: 'a, b,,A', author_ids: ['2', '2', '5'], rubric_id: '', cover_image_id: 'x', is_pinned: 'on', publish_at: '2024-02-20T09:30' }), 'Asia/Bishkek');
    expect(conv.version).toBe(3);
    expect(conv.raw).toMatchObject({ headline: 'H', tags: ['a', 'b'], authorIds: [2, 5], rubricId: null, isPinned: true, isBreaking: false, publishAt: Date.UTC(2024, 1, 20, 3, 30) });
    expect(conv.errors).toEqual({ cover_image_id: 'The cover image must be a number.' });
    expect(formToRaw(readForm(null), 'Asia/Bishkek').version).toBeNull();
  });
});
