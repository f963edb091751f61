import { describe, expect, it } from 'vitest';
import { alternatives, highlightAll, indexTokens, matcherOf, normalize, parseQuery, snippet, stemWord, toFts5, toTsquery, widenToPrefixes } from '../../src/domain/search/index.js';

describe('search tokens', () => {
  it('folds case, ё and Kyrgyz letter variants', () => {
    expect(normalize('ЁЛКА Ёж')).toBe('елка еж');
    expect(normalize('ӨКМӨТ ҮЙ ҢАЗАР')).toBe('өкмөт үй ңазар');
    // fita and Latin barred o for ө, the Mongolian/Bashkir ng letters for ң
    expect(normalize('ѳкмѳт')).toBe('өкмөт');
    expect(normalize('ɵкмɵт')).toBe('өкмөт');
    expect(normalize('ҥ ӈ ӊ')).toBe('ң ң ң');
    // soft hyphen and zero-width space inside a word, full-width letters
    expect(normalize('вы\u00adборы пар\u200bламент ＡＢＣ')).toBe('выборы парламент abc');
  });

  it('stems Russian and English to the same form across cases and numbers', () => {
    for (const w of ['выборы', 'выборах', 'выборов', 'выбора', 'выбором']) expect(stemWord(w, 'ru')).toBe(stemWord('выбор', 'ru'));
    for (const w of ['elections', 'election', 'Election']) expect(stemWord(normalize(w), 'en')).toBe('elect');
    expect(indexTokens('Парламентских ВЫБОРАХ', 'ru')).toEqual(indexTokens('парламентские выборы', 'ru'));
    // English words are stemmed in any article; Russian ones in Russian (and English) articles
    expect(stemWord('markets', 'ru')).toBe('market');
    expect(stemWord('выборах', 'en')).toBe('выбор');
  });

  it('keeps Kyrgyz words whole (normalized, not stemmed)', () => {
    expect(indexTokens('Шайлоочулардын ӨКМӨТ', 'ky')).toEqual(['шайлоочулардын', 'өкмөт']);
    // a word with Kyrgyz-only letters is never run through the Russian stemmer
    expect(stemWord('өкмөттүн', 'ru')).toBe('өкмөттүн');
  });

  it('splits on anything that is not a letter or a digit', () => {
    expect(indexTokens("by-elections, 2024; covid19 O'Brien 🇰🇬 🙂", 'en')).toEqual(['by', 'elect', '2024', 'covid19', 'o', 'brien']);
  });
});

describe('query parsing', () => {
  it('reads terms, quoted phrases (any quote marks) and prefixes', () => {
    expect(parseQuery('выборы "Жогорку Кенеш" электр* «центральный банк»').items).toEqual([
      { kind: 'term', word: 'выборы', prefix: false },
      { kind: 'phrase', words: ['жогорку', 'кенеш'] },
      { kind: 'term', word: 'электр', prefix: true },
      { kind: 'phrase', words: ['центральный', 'банк'] },
    ]);
    // an unclosed quote runs to the end; a one-word phrase is a term
    expect(parseQuery('"central bank').items).toEqual([{ kind: 'phrase', words: ['central', 'bank'] }]);
    expect(parseQuery('"bank"').items).toEqual([{ kind: 'term', word: 'bank', prefix: false }]);
    // one-letter prefixes are whole words
    expect(parseQuery('a*').items).toEqual([{ kind: 'term', word: 'a', prefix: false }]);
  });

  it('turns hostile input into plain words or nothing', () => {
    for (const q of ['', '   ', '"', '*', '""', '***', '--', '()', 'NEAR(', '🙂🙂', '^$', '\u0000']) {
      const items = parseQuery(q).items;
      expect(items.every((i) => (i.kind === 'term' ? /^[\p{L}\p{N}]+$/u.test(i.word) : i.words.every((w) => /^[\p{L}\p{N}]+$/u.test(w)))), q).toBe(true);
    }
    expect(parseQuery("'; DROP TABLE articles;--").items.map((i) => (i.kind === 'term' ? i.word : ''))).toEqual(['drop', 'table', 'articles']);
    expect(parseQuery('a OR b NOT c').items.length).toBe(5);
    const long = parseQuery('слово '.repeat(2000));
    expect(long.truncated).toBe(true);
    expect(long.items.length).toBeLessThanOrEqual(8);
  });

  it('builds FTS5 and tsquery expressions from index forms only', () => {
    const q = parseQuery('Выборах "central banks" рефер*');
    const alts = alternatives(q, ['ru']);
    expect(toFts5(alts)).toBe('("выбор") AND ("central bank") AND ("рефер"*)');
    expect(toTsquery(alts)).toBe("(('выбор')) & (('central' <-> 'bank')) & (('рефер':*))");
    // over Russian and Kyrgyz articles a Cyrillic word may be stemmed or whole
    expect(toFts5(alternatives(parseQuery('выборах'), ['ru', 'ky']))).toBe('("выбор" OR "выборах")');
    expect(toFts5(alternatives(parseQuery("'; DROP TABLE x;-- NEAR(\"a\""), ['en']))).toBe('("drop") AND ("tabl") AND ("x") AND ("near") AND ("a")');
  });

  it('widens whole words to prefixes for the fallback', () => {
    const w = widenToPrefixes(parseQuery('quinte ab 2024 "x y"'))!;
    expect(w.items).toEqual([
      { kind: 'term', word: 'quinte', prefix: true },
      { kind: 'term', word: 'ab', prefix: false },
      { kind: 'term', word: '2024', prefix: false },
      { kind: 'phrase', words: ['x', 'y'] },
    ]);
    expect(widenToPrefixes(parseQuery('ab'))).toBeNull();
  });
});

describe('snippets', () => {
  const m = matcherOf(alternatives(parseQuery('выборы банк*'), ['ru']));

  it('marks the matching words, escaping the text first', () => {
    expect(highlightAll('<b>Выборах</b> & банковский "сектор"', m, 'ru')).toBe('&lt;b&gt;<mark>Выборах</mark>&lt;/b&gt; &amp; <mark>банковский</mark> &quot;сектор&quot;');
  });

  it('cuts a window around the matches, at spaces', () => {
    const text = 'Начало текста. ' + 'слово '.repeat(100) + 'Прошли выборы в городе. ' + 'хвост '.repeat(100);
    const s = snippet(text, m, 'ru', 120);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>выборы</mark>');
    expect(s.length).toBeLessThan(160);
    // no match: the beginning
    expect(snippet('Ничего общего здесь нет.', matcherOf(alternatives(parseQuery('zzz'), ['ru'])), 'ru')).toBe('Ничего общего здесь нет.');
  });
});
