// Text similarity of headline + lead, on the search index forms (src/domain/search: Snowball stems for
// Russian and English, normalized Kyrgyz), so «выборах» meets «выборы» and "elections" meets "election".
import type { Lang } from '../lang.js';
import { indexTokens, stemWord } from '../search/text.js';

/** Words that say nothing about a story's subject, per language (stemmed like the index on use). */
const STOP_WORDS: Record<Lang, string[]> = {
  ru: [
    'это', 'что', 'как', 'так', 'его', 'она', 'они', 'оно', 'был', 'была', 'были', 'было', 'быть', 'будет', 'для', 'при', 'без',
    'под', 'над', 'после', 'перед', 'через', 'между', 'также', 'только', 'уже', 'еще', 'или', 'если', 'когда', 'чтобы', 'этот',
    'эта', 'эти', 'того', 'этого', 'этом', 'этой', 'который', 'которые', 'которая', 'более', 'менее', 'году', 'года', 'год', 'всех',
    'все', 'всего', 'может', 'могут', 'свой', 'свою', 'своих', 'сообщил', 'сообщили', 'заявил', 'около', 'почти', 'нет', 'они',
  ],
  ky: [
    'жана', 'менен', 'үчүн', 'бул', 'ошол', 'анын', 'алар', 'болуп', 'болгон', 'боюнча', 'тарабынан', 'жылы', 'ичинде', 'бир',
    'эки', 'мен', 'сен', 'биз', 'эле', 'гана', 'дагы', 'бирок', 'анткени', 'эмес', 'бар', 'жок', 'керек', 'ушул', 'кийин',
    'чейин', 'дейт', 'деди', 'деп', 'экенин', 'болот', 'жатат', 'жылдын', 'тууралуу', 'кабарлады', 'ар', 'бардык',
  ],
  en: [
    'the', 'and', 'for', 'with', 'from', 'are', 'was', 'were', 'been', 'has', 'have', 'had', 'its', 'this', 'that', 'these',
    'those', 'after', 'over', 'into', 'about', 'says', 'said', 'will', 'would', 'new', 'more', 'than', 'not', 'but', 'out',
    'year', 'years', 'per', 'their', 'they', 'which', 'who', 'what', 'when', 'also', 'can', 'could', 'first', 'two', 'one',
  ],
};

const stopCache = new Map<Lang, Set<string>>();
function stopForms(lang: Lang): Set<string> {
  let set = stopCache.get(lang);
  if (!set) {
    set = new Set(STOP_WORDS[lang].map((w) => stemWord(w, lang)));
    stopCache.set(lang, set);
  }
  return set;
}

/** An index form worth comparing: three letters or more, not a number, not a stop word. */
function meaningful(token: string, stop: Set<string>): boolean {
  return token.length >= 3 && !/^\p{N}+$/u.test(token) && !stop.has(token);
}

/** Weighted index forms of headline and lead: a headline word counts twice a lead-only one. */
export type TermVector = Map<string, number>;

export const HEADLINE_WEIGHT = 2;

export function termVector(headline: string, lead: string, lang: Lang): TermVector {
  const stop = stopForms(lang);
  const v: TermVector = new Map();
  for (const t of indexTokens(lead, lang)) if (meaningful(t, stop)) v.set(t, 1);
  for (const t of indexTokens(headline, lang)) if (meaningful(t, stop)) v.set(t, HEADLINE_WEIGHT);
  return v;
}

/** Cosine similarity of two term vectors, 0 (nothing shared) to 1 (the same words). */
export function similarity(a: TermVector, b: TermVector): number {
  if (!a.size || !b.size) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const o = b.get(t);
    if (o) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return dot / Math.sqrt(na * nb);
}

/**
 * The terms a text search for similar stories asks for: headline words first, then the lead's, the
 * longer (usually rarer) first. At most `max`, so the index query stays small.
 */
export function distinctiveTerms(v: TermVector, max = 8): string[] {
  return [...v.entries()]
    .sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))
    .slice(0, max)
    .map(([t]) => t);
}
