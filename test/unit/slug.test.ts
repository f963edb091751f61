import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/i18n/slug.js';

describe('slugs', () => {
  it('transliterates Russian and Kyrgyz, including ң, ө and ү', () => {
    expect(slugify('В Бишкеке открылась школа')).toBe('v-bishkeke-otkrylas-shkola');
    expect(slugify('Өзгөндө жаңы көпүрө курулду')).toBe('ozgondo-zhangy-kopuro-kuruldu');
    expect(slugify("Kyrgyzstan's GDP grows 9%")).toBe('kyrgyzstans-gdp-grows-9');
  });

  it('cuts long slugs on a word boundary and never returns an empty slug', () => {
    const s = slugify('Очень длинный заголовок '.repeat(10), 40);
    expect(s.length).toBeLessThanOrEqual(40);
    expect(s.endsWith('-')).toBe(false);
    expect(slugify('«»!!!')).toBe('news');
  });
});
