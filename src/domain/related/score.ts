// Scoring related stories (docs/decisions/010-related.md). Pure: the store gathers a bounded set of
// candidates and this decides. Signals, strongest first:
//   story thread  one of the two links to the other's story (at story level: any language version);
//   shared tags   each weighted by rarity (a tag on 5 articles says more than one on 5 000);
//   text          cosine similarity of headline + lead index forms;
//   rubric        the same rubric.
// Tags, text and rubric fade with the time between the two articles; an explicit thread link does not.
import type { Lang } from '../lang.js';
import { similarity, type TermVector } from './text.js';

/** above everything else together (TAG_CAP + RUBRIC_SCORE + TEXT_SCORE = 15.5): an editor's link is the strongest word */
export const THREAD_SCORE = 16;
/** per shared tag: TAG_BASE for a very common tag up to TAG_BASE + TAG_RARITY for a rare one */
export const TAG_BASE = 2;
export const TAG_RARITY = 2;
/** the tags' sum never reaches a thread link */
export const TAG_CAP = 8;
export const RUBRIC_SCORE = 1.5;
export const TEXT_SCORE = 6;
/** below this, shared words are chance */
export const TEXT_MIN = 0.12;
/** one shared word (a place, a common name) is not a similar headline */
export const TEXT_MIN_TERMS = 2;
/** tag frequencies are counted up to this (counting further costs more and changes little) */
export const TAG_COUNT_CAP = 10_000;
/** days after which the time-dependent part has half of its weight left above the floor */
export const HALF_LIFE_DAYS = 14;
export const DECAY_FLOOR = 0.35;

const DAY_MS = 86_400_000;

export interface RelatedSubject {
  id: number;
  storyId: number;
  lang: Lang;
  rubricId: number | null;
  publishedAt: number;
  tagIds: number[];
  terms: TermVector;
  /** stories this story's articles link to */
  linksTo: ReadonlySet<number>;
  /** stories whose articles link to this story */
  linkedFrom: ReadonlySet<number>;
}

export interface RelatedCandidate {
  id: number;
  storyId: number;
  lang: string;
  status: string;
  rubricId: number | null;
  publishedAt: number | null;
  tagIds: number[];
  terms: TermVector;
}

export interface Signals {
  /** 'to': the subject links to it; 'from': it links to the subject */
  thread: 'to' | 'from' | 'both' | null;
  sharedTags: number;
  sameRubric: boolean;
  /** cosine similarity of headline + lead, 0..1 */
  text: number;
  /** index forms the two headlines and leads share */
  sharedTerms: number;
}

export interface Scored {
  id: number;
  score: number;
  signals: Signals;
}

/** How much a tag says: 1 for a tag on one article, falling towards 0 for one on TAG_COUNT_CAP or more. */
export function tagRarity(articlesWithTag: number): number {
  const df = Math.max(1, Math.min(articlesWithTag, TAG_COUNT_CAP));
  return Math.log(1 + TAG_COUNT_CAP / df) / Math.log(1 + TAG_COUNT_CAP);
}

/** 1 for articles published at the same time, towards DECAY_FLOOR as they are further apart. */
export function recency(ageDifferenceMs: number): number {
  const days = Math.abs(ageDifferenceMs) / DAY_MS;
  return DECAY_FLOOR + (1 - DECAY_FLOOR) * Math.pow(0.5, days / HALF_LIFE_DAYS);
}

/** Why a candidate may belong to the subject's list (null: never, whatever it scores). */
function eligible(s: RelatedSubject, c: RelatedCandidate, now: number): boolean {
  return (
    c.id !== s.id &&
    c.storyId !== s.storyId && // its translations
    c.lang === s.lang &&
    c.status === 'published' &&
    c.publishedAt != null &&
    c.publishedAt <= now
  );
}

export function signalsOf(s: RelatedSubject, c: RelatedCandidate): Signals {
  const to = s.linksTo.has(c.storyId);
  const from = s.linkedFrom.has(c.storyId);
  const tags = new Set(s.tagIds);
  return {
    thread: to && from ? 'both' : to ? 'to' : from ? 'from' : null,
    sharedTags: c.tagIds.filter((t) => tags.has(t)).length,
    sameRubric: s.rubricId != null && c.rubricId === s.rubricId,
    text: similarity(s.terms, c.terms),
    sharedTerms: [...c.terms.keys()].filter((t) => s.terms.has(t)).length,
  };
}

/** Is the text close enough to count (and to be named as a reason)? */
export function similarText(signals: Signals): boolean {
  return signals.sharedTerms >= TEXT_MIN_TERMS && signals.text >= TEXT_MIN;
}

export function scoreOf(s: RelatedSubject, c: RelatedCandidate, tagCounts: ReadonlyMap<number, number>): Scored {
  const signals = signalsOf(s, c);
  const tags = new Set(s.tagIds);
  let tagScore = 0;
  for (const t of new Set(c.tagIds)) if (tags.has(t)) tagScore += TAG_BASE + TAG_RARITY * tagRarity(tagCounts.get(t) ?? TAG_COUNT_CAP);
  const faded =
    Math.min(tagScore, TAG_CAP) + (signals.sameRubric ? RUBRIC_SCORE : 0) + (similarText(signals) ? TEXT_SCORE * signals.text : 0);
  const thread = signals.thread ? THREAD_SCORE : 0;
  const score = thread + faded * recency((c.publishedAt ?? s.publishedAt) - s.publishedAt);
  return { id: c.id, score: Math.round(score * 1000) / 1000, signals };
}

/**
 * The best `limit` candidates, highest score first (ties: the closer in time, then the newer id).
 * Only published, same-language articles of other stories that have at least one signal qualify.
 */
export function rankRelated(
  s: RelatedSubject,
  candidates: RelatedCandidate[],
  tagCounts: ReadonlyMap<number, number>,
  now: number,
  limit: number,
): Scored[] {
  const seen = new Set<number>();
  const scored: Array<Scored & { gap: number }> = [];
  for (const c of candidates) {
    if (seen.has(c.id) || !eligible(s, c, now)) continue;
    seen.add(c.id);
    const r = scoreOf(s, c, tagCounts);
    if (r.score > 0) scored.push({ ...r, gap: Math.abs((c.publishedAt ?? 0) - s.publishedAt) });
  }
  scored.sort((a, b) => b.score - a.score || a.gap - b.gap || b.id - a.id);
  return scored.slice(0, limit).map(({ gap: _gap, ...r }) => r);
}

/** The reasons an editor reads beside an item: "links to it", "3 shared tags", "same rubric", "similar headline". */
export function reasonsOf(signals: Signals): string[] {
  const out: string[] = [];
  if (signals.thread === 'to' || signals.thread === 'both') out.push('this article links to it');
  if (signals.thread === 'from' || signals.thread === 'both') out.push('it links to this article');
  if (signals.sharedTags) out.push(signals.sharedTags === 1 ? '1 shared tag' : `${signals.sharedTags} shared tags`);
  if (signals.sameRubric) out.push('same rubric');
  if (similarText(signals)) out.push(`similar headline and lead (${Math.round(signals.text * 100)}%)`);
  return out;
}
