// Text -> search tokens: the one function both the index (articles.search_title / search_text) and
// the query go through, so SQLite (FTS5) and PostgreSQL (tsvector) match on the very same tokens.
// See docs/decisions/005-search.md.
//
//   1. normalize: NFKC, lower case, ё -> е, Kyrgyz letter variants -> the standard ң ө ү, soft
//      hyphens and zero-width characters dropped, combining marks dropped;
//   2. split into runs of letters and digits (everything else separates words);
//   3. stem: Latin words with the English Snowball stemmer (whatever the article's language: names,
//      quotes), Cyrillic words with the Russian Snowball stemmer in Russian and English articles;
//      Kyrgyz Cyrillic words are only normalized (a Kyrgyz stemmer is planned, see the decision).
import snowball from 'snowball-stemmers';
import type { Lang } from '../lang.js';

const ru = snowball.newStemmer('russian');
const en = snowball.newStemmer('english');

/** Longer "words" (hashes, base64, pasted garbage) are cut: nobody searches for them. */
export const MAX_TOKEN_LENGTH = 40;

const KYRGYZ_VARIANTS: Record<string, string> = {
  // ng: Cyrillic en with descender / with hook, Latin eng typed on some layouts
  'ҥ': 'ң', 'ӈ': 'ң', 'ӊ': 'ң',
  // barred o: Cyrillic fita and Latin barred o look the same
  'ѳ': 'ө', 'ɵ': 'ө',
  // straight u: the Kazakh straight u with stroke
  'ұ': 'ү',
  'ё': 'е',
};
const VARIANT_RE = /[ҥӈӊѳɵұё]/g;
const INVISIBLE_RE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;
const MARK_RE = /\p{M}+/gu;
export const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Case folding and letter normalization for one piece of text (keeps its length only roughly). */
export function normalize(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  // й and ё survive NFC as single letters; other stray combining marks go.
  s = s.normalize('NFC').replace(MARK_RE, '').replace(INVISIBLE_RE, '');
  return s.replace(VARIANT_RE, (c) => KYRGYZ_VARIANTS[c]);
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** Letters that Kyrgyz has and Russian does not: a Cyrillic word with one of them is Kyrgyz. */
const KYRGYZ_ONLY = /[ңөү]/;

/** The index form of one normalized word, in an article (or query) of the given language. */
export function stemWord(word: string, lang: Lang): string {
  if (word.length > MAX_TOKEN_LENGTH) word = word.slice(0, MAX_TOKEN_LENGTH);
  if (word.length < 3 || /^\p{N}+$/u.test(word)) return word;
  if (LATIN.test(word) && !CYRILLIC.test(word)) return en.stem(word);
  if (CYRILLIC.test(word) && !LATIN.test(word)) {
    if (lang === 'ky' || KYRGYZ_ONLY.test(word)) return word;
    return ru.stem(word);
  }
  return word;
}

/** Normalized words of a text, in order (not stemmed). */
export function words(text: string): string[] {
  return normalize(text).match(WORD_RE) ?? [];
}

/** Index forms of a text: what goes into search_title / search_text, space-separated. */
export function indexTokens(text: string, lang: Lang): string[] {
  return words(text).map((w) => stemWord(w, lang));
}

export interface SearchColumns {
  search_title: string;
  search_text: string;
}

/**
 * The search columns of an article. Every writer of articles calls this (the demo loader, the bench
 * seeder, migration 002's backfill), so the index always holds the same forms as the query.
 */
export function searchColumns(a: { lang: string; headline: string; lead: string; bodyText: string }): SearchColumns {
  const lang = a.lang as Lang;
  return {
    search_title: indexTokens(a.headline, lang).join(' '),
    search_text: indexTokens(`${a.lead}\n${a.bodyText}`, lang).join(' '),
  };
}
