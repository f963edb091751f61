// A word-level comparison of two revisions: headline, lead and the body as plain text with `diffWords`,
// and the other settings (slug, rubric, tags, bylines, source, cover…) as one line each, compared
// line by line.
import { diffLines, diffWords, type Change } from 'diff';
import { renderDocText } from '../../../domain/document/render-text.js';
import type { NewsroomDeps } from '../../deps.js';
import type { RevisionDiff } from '../contract.js';
import { loadRow, timeLabel, type Actor, type Db } from './common.js';
import { parseBodyJson } from './read.js';
import { loadRevision, toSummary } from './revisions.js';
import { parseMeta, type RevisionMeta } from './write.js';

type Part = RevisionDiff['fields'][number]['parts'][number];

/** A diff that takes longer than this is shown as "all replaced" (pathological input must not hang a request). */
const DIFF_TIMEOUT_MS = 1500;

/**
 * diff's own word splitting knows only Latin letters: Cyrillic (Russian, Kyrgyz) would be compared
 * letter by letter. Intl.Segmenter finds the words of every script.
 */
const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });

export function toParts(before: string, after: string, changes: Change[] | undefined): Part[] {
  if (!changes) {
    const parts: Part[] = [];
    if (before) parts.push({ op: 'delete', text: before });
    if (after) parts.push({ op: 'insert', text: after });
    return parts;
  }
  const parts: Part[] = [];
  for (const c of changes) {
    const op: Part['op'] = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += c.value;
    else if (c.value) parts.push({ op, text: c.value });
  }
  return parts;
}

export function wordDiff(before: string, after: string): Part[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  return toParts(before, after, diffWords(before, after, { timeout: DIFF_TIMEOUT_MS, intlSegmenter: WORDS }));
}

export function lineDiff(before: string, after: string): Part[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  return toParts(before, after, diffLines(before, after, { timeout: DIFF_TIMEOUT_MS }));
}

interface Names {
  rubrics: Map<number, string>;
  authors: Map<number, string>;
  images: Map<number, string>;
}

async function names(db: Db, lang: string, metas: Array<Partial<RevisionMeta>>): Promise<Names> {
  const rubricIds = [...new Set(metas.map((m) => m.rubricId).filter((x): x is number => typeof x === 'number'))];
  const authorIds = [...new Set(metas.flatMap((m) => m.authorIds ?? []))];
  const imageIds = [...new Set(metas.map((m) => m.coverImageId).filter((x): x is number => typeof x === 'number'))];
  const [rubrics, authors, images] = await Promise.all([
    rubricIds.length ? db.selectFrom('rubric_i18n').where('rubric_id', 'in', rubricIds).where('lang', '=', lang).select(['rubric_id as id', 'name']).execute() : [],
    authorIds.length ? db.selectFrom('author_i18n').where('author_id', 'in', authorIds).where('lang', '=', lang).select(['author_id as id', 'name']).execute() : [],
    imageIds.length ? db.selectFrom('images').where('id', 'in', imageIds).select(['id', 'file as name']).execute() : [],
  ]);
  return {
    rubrics: new Map(rubrics.map((r) => [r.id, r.name])),
    authors: new Map(authors.map((r) => [r.id, r.name])),
    images: new Map(images.map((r) => [r.id, r.name])),
  };
}

/** The settings of a revision as lines of text, the same order every time. */
export function metaText(meta: Partial<RevisionMeta>, n: Names, tz: string): string {
  const ref = (map: Map<number, string>, id: number | null | undefined) => (id == null ? '—' : (map.get(id) ?? `#${id} (deleted)`));
  const text = (s: string | null | undefined) => s || '—';
  return [
    `Slug: ${text(meta.slug)}`,
    `Rubric: ${ref(n.rubrics, meta.rubricId)}`,
    `Tags: ${meta.tags?.length ? meta.tags.join(', ') : '—'}`,
    `Bylines: ${meta.authorIds?.length ? meta.authorIds.map((a) => ref(n.authors, a)).join(', ') : '—'}`,
    `Source: ${text(meta.sourceName)}${meta.sourceUrl ? ` <${meta.sourceUrl}>` : ''}`,
    `Dateline: ${text(meta.datelinePlace)}`,
    `Cover image: ${ref(n.images, meta.coverImageId)}`,
    `Cover caption: ${text(meta.coverCaption)}`,
    `Cover alt text: ${text(meta.coverAlt)}`,
    `Breaking: ${meta.isBreaking ? 'yes' : 'no'}`,
    `Pinned: ${meta.isPinned ? 'yes' : 'no'}`,
    `Publish time: ${meta.publishAt != null ? timeLabel(tz, meta.publishAt) : '—'}`,
  ].join('\n') + '\n';
}

export async function diffRevisions(deps: NewsroomDeps, _actor: Actor, id: number, fromId: number, toId: number): Promise<RevisionDiff> {
  const db = deps.store.db;
  const article = await loadRow(db, id);
  const [from, to] = await Promise.all([loadRevision(db, id, fromId), loadRevision(db, id, toId)]);
  const [fromMeta, toMeta] = [parseMeta(from.meta), parseMeta(to.meta)];
  const n = await names(db, article.lang, [fromMeta, toMeta]);
  const tz = deps.config.siteTz;
  return {
    from: toSummary(from),
    to: toSummary(to),
    fields: [
      { field: 'headline', parts: wordDiff(from.headline, to.headline) },
      { field: 'lead', parts: wordDiff(from.lead, to.lead) },
      { field: 'body', parts: wordDiff(renderDocText(parseBodyJson(from.body)), renderDocText(parseBodyJson(to.body))) },
      { field: 'meta', parts: lineDiff(metaText(fromMeta, n, tz), metaText(toMeta, n, tz)) },
    ],
  };
}
