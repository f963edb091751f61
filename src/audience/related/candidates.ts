// Bounded candidate generation: whatever the archive's size, a subject brings at most
//   TAG_SCAN articles (all languages) around it per tag, for at most MAX_TAGS tags,
//   RUBRIC_BEFORE + RUBRIC_AFTER of its rubric, the articles of THREAD_LIMIT linked stories each way,
//   TEXT_CANDIDATES text matches,
// each read with an index and a LIMIT; they are then scored in memory (src/domain/related).
import { termVector, TAG_COUNT_CAP, type RelatedCandidate, type TermVector } from '../../domain/related/index.js';
import { distinctiveTerms } from '../../domain/related/text.js';
import type { Lang } from '../../domain/lang.js';
import type { Store } from '../../store/db.js';
import type { SubjectRow } from './subject.js';
import { textMatches } from './text-match.js';

export const MAX_TAGS = 8;
/** tag entries read before and after the subject per tag (every language: about 100 in its own) */
export const TAG_SCAN = 300;
export const RUBRIC_BEFORE = 100;
export const RUBRIC_AFTER = 30;
/** the most candidates one subject can bring (the thread stories count with their one same-language article) */
export const CANDIDATE_BOUND = MAX_TAGS * TAG_SCAN * 2 + RUBRIC_BEFORE + RUBRIC_AFTER + 400 + 100;

/** Ids of the articles worth scoring for this subject (not yet filtered for eligibility). */
export async function candidateIds(store: Store, s: SubjectRow, now: number): Promise<number[]> {
  const db = store.db;
  const published = (q: any) => q.where('a.lang', '=', s.lang).where('a.status', '=', 'published').where('a.published_at', '<=', now);
  const byTag = s.tagIds.slice(0, MAX_TAGS).map((tagId) => {
    // ids grow with time: the tag index read backwards from the subject gives the stories just before it,
    // forwards the follow-ups after it (empty for a new article: then these are the tag's newest).
    const before = db.selectFrom('article_tags').where('tag_id', '=', tagId).where('article_id', '<', s.id).orderBy('article_id', 'desc').limit(TAG_SCAN).select('article_id');
    const after = db.selectFrom('article_tags').where('tag_id', '=', tagId).where('article_id', '>', s.id).orderBy('article_id', 'asc').limit(TAG_SCAN).select('article_id');
    return published(db.selectFrom('articles as a').select('a.id'))
      .where((eb: any) => eb.or([eb('a.id', 'in', before), eb('a.id', 'in', after)]))
      .execute() as Promise<Array<{ id: number }>>;
  });
  const byRubric =
    s.rubricId == null
      ? []
      : [
          published(db.selectFrom('articles as a').select('a.id'))
            .where('a.rubric_id', '=', s.rubricId)
            .where('a.published_at', '<=', s.publishedAt)
            .orderBy('a.published_at', 'desc')
            .limit(RUBRIC_BEFORE)
            .execute() as Promise<Array<{ id: number }>>,
          published(db.selectFrom('articles as a').select('a.id'))
            .where('a.rubric_id', '=', s.rubricId)
            .where('a.published_at', '>', s.publishedAt)
            .orderBy('a.published_at', 'asc')
            .limit(RUBRIC_AFTER)
            .execute() as Promise<Array<{ id: number }>>,
        ];
  const threadStories = [...new Set([...s.linksTo, ...s.linkedFrom])];
  const byThread = threadStories.length
    ? [published(db.selectFrom('articles as a').select('a.id')).where('a.story_id', 'in', threadStories).execute() as Promise<Array<{ id: number }>>]
    : [];
  const text = textMatches(store, s, distinctiveTerms(s.terms), now).then((ids) => ids.map((id) => ({ id })));
  const lists = await Promise.all([...byTag, ...byRubric, ...byThread, text]);
  const ids = new Set<number>();
  for (const list of lists) for (const r of list) if (r.id !== s.id) ids.add(Number(r.id));
  return [...ids];
}

/**
 * Term vectors by article id and last change: stemming the candidates' headlines and leads is most of
 * a list's cost, and a rebuild meets the same articles hundreds of times. Bounded; cleared when full.
 */
export class TermCache {
  private readonly map = new Map<string, TermVector>();
  constructor(private readonly max = 20_000) {}
  get(id: number, updatedAt: number, make: () => TermVector): TermVector {
    const key = `${id}:${updatedAt}`;
    let v = this.map.get(key);
    if (!v) {
      if (this.map.size >= this.max) this.map.clear();
      v = make();
      this.map.set(key, v);
    }
    return v;
  }
}

/** The candidates' rows with what scoring needs; only the subject's own tags are read for them. */
export async function loadCandidates(store: Store, ids: number[], subjectTags: number[], terms = new TermCache()): Promise<RelatedCandidate[]> {
  if (!ids.length) return [];
  const db = store.db;
  const tagIds = subjectTags.slice(0, MAX_TAGS);
  const [rows, tags] = await Promise.all([
    db.selectFrom('articles').where('id', 'in', ids).select(['id', 'story_id', 'lang', 'status', 'rubric_id', 'published_at', 'updated_at', 'headline', 'lead']).execute(),
    tagIds.length ? db.selectFrom('article_tags').where('article_id', 'in', ids).where('tag_id', 'in', tagIds).select(['article_id', 'tag_id']).execute() : [],
  ]);
  const tagsOf = new Map<number, number[]>();
  for (const t of tags) tagsOf.set(t.article_id, [...(tagsOf.get(t.article_id) ?? []), t.tag_id]);
  return rows.map((r) => ({
    id: r.id,
    storyId: r.story_id,
    lang: r.lang,
    status: r.status,
    rubricId: r.rubric_id,
    publishedAt: r.published_at == null ? null : Number(r.published_at),
    tagIds: tagsOf.get(r.id) ?? [],
    terms: terms.get(r.id, Number(r.updated_at), () => termVector(r.headline, r.lead, r.lang as Lang)),
  }));
}

/**
 * How many articles carry each tag, counted up to TAG_COUNT_CAP (a tag on more says as little).
 * `cache` lets a rebuild of many lists count each tag once.
 */
export async function tagCounts(store: Store, tagIds: number[], cache?: Map<number, number>): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  await Promise.all(
    tagIds.slice(0, MAX_TAGS).map(async (tagId) => {
      const known = cache?.get(tagId);
      if (known != null) return out.set(tagId, known);
      const row = await store.db
        .selectFrom((eb) => eb.selectFrom('article_tags').where('tag_id', '=', tagId).select('article_id').limit(TAG_COUNT_CAP).as('t'))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      const n = Number(row?.n ?? 0);
      cache?.set(tagId, n);
      out.set(tagId, n);
    }),
  );
  return out;
}
