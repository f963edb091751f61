// A reader's query -> terms, phrases and prefixes, and from those the FTS5 MATCH expression and the
// PostgreSQL tsquery. Raw input never reaches the database's query syntax: every token that is
// written into an expression has been through normalize() and consists of letters and digits only.
import type { Lang } from '../lang.js';
import { normalize, stemWord } from './text.js';

/** Longer input is cut (and the page says so). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many terms and phrases are used. */
export const MAX_QUERY_ITEMS = 8;
/** At most this many words in one phrase. */
export const MAX_PHRASE_WORDS = 8;
/** Shorter prefixes (`a*`) would match most of the archive; they are searched as whole words. */
export const MIN_PREFIX_LENGTH = 2;

export type QueryItem = { kind: 'term'; word: string; prefix: boolean } | { kind: 'phrase'; words: string[] };

export interface ParsedQuery {
  items: QueryItem[];
  /** the input was longer than MAX_QUERY_LENGTH or had more than MAX_QUERY_ITEMS items */
  truncated: boolean;
}

const TOKEN_RE = /["«»“”„]|[\p{L}\p{N}]+\*?/gu;

export function parseQuery(input: string): ParsedQuery {
  let truncated = false;
  let text = input;
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    truncated = true;
  }
  const items: QueryItem[] = [];
  let phrase: string[] | null = null;
  const closePhrase = () => {
    if (phrase && phrase.length === 1) items.push({ kind: 'term', word: phrase[0], prefix: false });
    else if (phrase && phrase.length > 1) items.push({ kind: 'phrase', words: phrase.slice(0, MAX_PHRASE_WORDS) });
    phrase = null;
  };
  for (const m of normalize(text).matchAll(TOKEN_RE)) {
    const tok = m[0];
    if (tok.length === 1 && /["«»“”„]/.test(tok)) {
      if (phrase) closePhrase();
      else phrase = [];
      continue;
    }
    const prefix = tok.endsWith('*');
    const word = prefix ? tok.slice(0, -1) : tok;
    if (phrase) phrase.push(word);
    else items.push({ kind: 'term', word, prefix: prefix && word.length >= MIN_PREFIX_LENGTH });
  }
  closePhrase();
  // The same item twice adds nothing.
  const seen = new Set<string>();
  const unique = items.filter((it) => {
    const key = JSON.stringify(it);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length > MAX_QUERY_ITEMS) truncated = true;
  return { items: unique.slice(0, MAX_QUERY_ITEMS), truncated };
}

/** The same query with every whole word of three letters or more searched as a prefix (the fallback when nothing is found). */
export function widenToPrefixes(q: ParsedQuery): ParsedQuery | null {
  let changed = false;
  const items = q.items.map((it): QueryItem => {
    if (it.kind === 'term' && !it.prefix && it.word.length >= 3 && !/^\p{N}+$/u.test(it.word)) {
      changed = true;
      return { ...it, prefix: true };
    }
    return it;
  });
  return changed ? { ...q, items } : null;
}

/** One alternative of an item in the index's terms: a word (maybe a prefix) or a phrase of words. */
export interface Alternative {
  tokens: string[];
  prefix: boolean;
}

/** Index form of a prefix: the stem when it is shorter (выбора* -> выбор*), never under two letters. */
function prefixForm(word: string, lang: Lang): string {
  const stem = stemWord(word, lang);
  return stem.length >= MIN_PREFIX_LENGTH && stem.length <= word.length ? stem : word;
}

/**
 * The forms each item can take in the index, for the languages searched: Russian words are stemmed
 * in Russian and English articles and kept whole in Kyrgyz ones, so a search over several languages
 * accepts either form.
 */
export function alternatives(q: ParsedQuery, langs: Lang[]): Alternative[][] {
  return q.items.map((it) => {
    const out = new Map<string, Alternative>();
    for (const lang of langs) {
      const alt: Alternative =
        it.kind === 'phrase'
          ? { tokens: it.words.map((w) => stemWord(w, lang)), prefix: false }
          : it.prefix
            ? { tokens: [prefixForm(it.word, lang)], prefix: true }
            : { tokens: [stemWord(it.word, lang)], prefix: false };
      out.set(JSON.stringify(alt), alt);
    }
    return [...out.values()];
  });
}

const SAFE_TOKEN = /^[\p{L}\p{N}]+$/u;

function assertSafe(token: string): string {
  // normalize() + the token pattern guarantee this; the check keeps it true whatever changes later.
  if (!SAFE_TOKEN.test(token)) throw new Error(`unsafe search token ${JSON.stringify(token)}`);
  return token;
}

/** FTS5: `("выбор") AND ("парламент" OR "парламентт") AND ("центральн избирательн"*)`. */
export function toFts5(alts: Alternative[][]): string {
  return alts
    .map((group) => '(' + group.map((a) => `"${a.tokens.map(assertSafe).join(' ')}"${a.prefix ? '*' : ''}`).join(' OR ') + ')')
    .join(' AND ');
}

/** PostgreSQL: `('выбор') & ('парламент' | 'парламентт') & ('центральн' <-> 'избирательн':*)`. */
export function toTsquery(alts: Alternative[][]): string {
  return alts
    .map(
      (group) =>
        '(' +
        group
          .map((a) => '(' + a.tokens.map((t, i) => `'${assertSafe(t)}'${a.prefix && i === a.tokens.length - 1 ? ':*' : ''}`).join(' <-> ') + ')')
          .join(' | ') +
        ')',
    )
    .join(' & ');
}
