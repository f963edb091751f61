import { describe, expect, it } from 'vitest';
import { fillSlots, parseInline } from '../../src/demo/text.js';
import { cutHeadline } from '../../src/web/components/lists.js';

describe('demo text slots', () => {
  it('agrees Russian nouns with numbers and declines towns', () => {
    expect(fillSlots('В {place:loc} {n1|школа|школы|школ}', 'ru', { place: 'osh', numbers: [21] })).toBe('В Оше 21\u00a0школа');
    expect(fillSlots('{n1|школа|школы|школ}', 'ru', { numbers: [3] })).toBe('3\u00a0школы');
    expect(fillSlots('{n1|школа|школы|школ}', 'ru', { numbers: [11] })).toBe('11\u00a0школ');
    expect(fillSlots('{n1|school|schools} in {place}', 'en', { place: 'naryn', numbers: [1] })).toBe('1\u00a0school in Naryn');
    expect(fillSlots('{place:loc} {n1} мектеп', 'ky', { place: 'uzgen', numbers: [1200] })).toBe('Өзгөндө 1\u00a0200 мектеп');
  });

  it('turns inline notation into marks', () => {
    expect(parseInline('a **b** _c_ [d](https://example.org/x_y)')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'c', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'd', marks: [{ type: 'link', attrs: { href: 'https://example.org/x_y' } }] },
    ]);
  });
});

describe('feed headlines', () => {
  it('cuts long headlines with an ellipsis on a word boundary', () => {
    const long = 'The Cabinet of Ministers approved a programme for the renovation of school buildings in the southern regions until 2027';
    const cut = cutHeadline(long)!;
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(91);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cutHeadline('Short one')).toBeNull();
  });
});
