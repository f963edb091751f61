// Highlighted snippets: the words of a text whose index form matches the query are wrapped in <mark>.
// The text is escaped piece by piece first and only our own <mark> tags are added, so nothing the
// article or the reader wrote can become markup.
import { escapeHtml } from '../text/escape.js';
import type { Lang } from '../lang.js';
import type { Alternative } from './query.js';
import { normalize, stemWord, WORD_RE } from './text.js';

export interface Matcher {
  exact: Set<string>;
  prefixes: string[];
  /** first two letters of every form: a cheap test before stemming a word */
  starts: Set<string>;
}

export function matcherOf(alts: Alternative[][]): Matcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const group of alts) {
    for (const a of group) {
      a.tokens.forEach((t, i) => (a.prefix && i === a.tokens.length - 1 ? prefixes.push(t) : exact.add(t)));
    }
  }
  const starts = new Set([...exact, ...prefixes].map((t) => t.slice(0, 2)));
  return { exact, prefixes, starts };
}

const RAW_WORD_RE = /[\p{L}\p{N}\p{M}\u00ad\u200b-\u200f]+/gu;

function matches(m: Matcher, rawWord: string, lang: Lang): boolean {
  for (const w of normalize(rawWord).match(WORD_RE) ?? []) {
    if (!m.starts.has(w.slice(0, 2))) continue;
    const form = stemWord(w, lang);
    if (m.exact.has(form) || m.exact.has(w)) return true;
    for (const p of m.prefixes) if (form.startsWith(p) || w.startsWith(p)) return true;
  }
  return false;
}

interface Hit {
  start: number;
  end: number;
}

function hitsIn(text: string, m: Matcher, lang: Lang, limit = text.length): Hit[] {
  const hits: Hit[] = [];
  for (const w of text.slice(0, limit).matchAll(RAW_WORD_RE)) {
    if (matches(m, w[0], lang)) hits.push({ start: w.index!, end: w.index! + w[0].length });
  }
  return hits;
}

function markup(text: string, hits: Hit[], from = 0, to = text.length): string {
  let out = '';
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    out += escapeHtml(text.slice(at, h.start)) + '<mark>' + escapeHtml(text.slice(h.start, h.end)) + '</mark>';
    at = h.end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** The whole text (a headline), escaped, with matching words marked. */
export function highlightAll(text: string, m: Matcher, lang: Lang): string {
  return markup(text, hitsIn(text, m, lang));
}

/** Words of a long text that are looked at for a snippet (the rest of a very long article is not). */
const SCAN_LIMIT = 20_000;

/**
 * About `size` characters of the text around the densest group of matches, escaped, with the matches
 * marked and "…" where it was cut. Without a match: the beginning of the text.
 */
export function snippet(text: string, m: Matcher, lang: Lang, size = 240): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const hits = hitsIn(clean, m, lang, SCAN_LIMIT);
  let from = 0;
  let anchor = 0;
  if (hits.length) {
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < hits.length; i++) {
      let n = 0;
      for (let j = i; j < hits.length && hits[j].end <= hits[i].start + size * 0.8; j++) n++;
      if (n > bestCount) {
        best = i;
        bestCount = n;
      }
    }
    anchor = hits[best].start;
    from = Math.max(0, anchor - Math.round(size * 0.2));
  }
  let to = Math.min(clean.length, from + size);
  // Cut at spaces, not inside words.
  if (from > 0) {
    const sp = clean.indexOf(' ', from);
    if (sp !== -1 && (hits.length === 0 || sp < anchor)) from = sp + 1;
  }
  if (to < clean.length) {
    const sp = clean.lastIndexOf(' ', to);
    if (sp > from) to = sp;
  }
  return (from > 0 ? '…' : '') + markup(clean, hits, from, to) + (to < clean.length ? '…' : '');
}
