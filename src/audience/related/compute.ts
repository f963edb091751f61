// Computing and storing related lists: when an article is published or edited (app.ts changed()),
// on first need for older data, and in bulk (backfill.ts). Never per page view.
import { rankRelated, type RelatedCandidate, type Scored } from '../../domain/related/index.js';
import type { Store } from '../../store/db.js';
import { candidateIds, loadCandidates, tagCounts, TermCache } from './candidates.js';
import { dropLinks, storeLinks } from './links.js';
import { dropList, hasList, placeInList, STORED, writeList } from './list-store.js';
import { loadSubject, type SubjectRow } from './subject.js';

/** Lists of linked stories refreshed after a change (they gain or lose "links to it"). */
export const MAX_FOLLOWERS = 20;
/** A published article offers itself to the lists of this many of its own best matches. */
export const RECIPROCAL = 10;

export interface Computed {
  subject: SubjectRow;
  ranked: Scored[];
  candidates: RelatedCandidate[];
}

export class RelatedEngine {
  /** articles whose list was computed on first need by this process (an empty list stays empty) */
  private readonly ensured = new Set<number>();
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly terms = new TermCache();

  constructor(
    readonly store: Store,
    /** BASE_URL: absolute links to it count as internal */
    readonly siteUrl: string,
  ) {}

  /** Scores the candidates of one article without storing anything; `extraIds` are scored as well (pins). */
  async compute(articleId: number, now: number, opts: { tagCache?: Map<number, number>; extraIds?: number[]; limit?: number } = {}): Promise<Computed | null> {
    const subject = await loadSubject(this.store, articleId);
    if (!subject) return null;
    const ids = await candidateIds(this.store, subject, now);
    for (const id of opts.extraIds ?? []) if (!ids.includes(id)) ids.push(id);
    const [candidates, counts] = await Promise.all([loadCandidates(this.store, ids, subject.tagIds, this.terms), tagCounts(this.store, subject.tagIds, opts.tagCache)]);
    return { subject, ranked: rankRelated(subject, candidates, counts, now, opts.limit ?? STORED), candidates };
  }

  /** Re-reads one article's body links into article_links. */
  async refreshLinks(articleId: number): Promise<number[]> {
    const row = await this.store.db.selectFrom('articles').where('id', '=', articleId).select(['id', 'story_id', 'body']).executeTakeFirst();
    return row ? storeLinks(this.store, { id: row.id, storyId: row.story_id, body: row.body }, this.siteUrl) : [];
  }

  /** Stores the article's links and its list (or removes both when it is not published). */
  async recompute(articleId: number, now: number, tagCache?: Map<number, number>): Promise<{ stored: number; linkedStories: number[]; ranked: Scored[] }> {
    const row = await this.store.db.selectFrom('articles').where('id', '=', articleId).select(['id', 'story_id', 'status', 'body']).executeTakeFirst();
    if (!row) return { stored: 0, linkedStories: [], ranked: [] };
    if (row.status !== 'published') {
      await Promise.all([dropLinks(this.store, articleId), dropList(this.store, articleId)]);
      return { stored: 0, linkedStories: [], ranked: [] };
    }
    const linkedStories = await storeLinks(this.store, { id: row.id, storyId: row.story_id, body: row.body }, this.siteUrl);
    const computed = await this.compute(articleId, now, { tagCache });
    const ranked = computed?.ranked ?? [];
    await writeList(this.store, articleId, ranked, now);
    this.ensured.add(articleId);
    return { stored: ranked.length, linkedStories, ranked };
  }

  /**
   * The other direction: a newly published (or edited) article takes its place in the stored lists of
   * its own best matches, so readers of an older story see today's follow-up without that story being
   * edited. Bounded: RECIPROCAL lists, one small read and one write each. Returns the articles whose
   * lists changed.
   */
  async offer(articleId: number, ranked: Scored[], now: number): Promise<number[]> {
    const changed: number[] = [];
    for (const r of ranked.slice(0, RECIPROCAL)) {
      if (await placeInList(this.store, r.id, { id: articleId, score: r.score }, now)) changed.push(r.id);
    }
    return changed;
  }

  /**
   * A story was published, edited, unpublished or trashed: every language version's list is recomputed
   * (or removed), and so are the lists of the stories it links to now or linked to before, in the same
   * languages, so that they show (or stop showing) it as a thread link. Returns the stories whose
   * lists changed besides this one (their cached pages must go too).
   */
  async storyChanged(storyId: number, now: number): Promise<number[]> {
    const versions = await this.store.db.selectFrom('articles').where('story_id', '=', storyId).select(['id', 'lang']).execute();
    if (!versions.length) return [];
    const before = await this.store.db
      .selectFrom('article_links')
      .where('article_id', 'in', versions.map((v) => v.id))
      .select('target_story_id')
      .execute();
    const linked = new Set(before.map((r) => r.target_story_id));
    const offeredTo = new Set<number>();
    for (const v of versions) {
      const done = await this.recompute(v.id, now);
      for (const s of done.linkedStories) linked.add(s);
      for (const id of await this.offer(v.id, done.ranked, now)) offeredTo.add(id);
    }
    const offeredStories = offeredTo.size
      ? (await this.store.db.selectFrom('articles').where('id', 'in', [...offeredTo]).select('story_id').execute()).map((r) => r.story_id)
      : [];
    if (!linked.size) return [...new Set(offeredStories)];
    const followers = await this.store.db
      .selectFrom('articles')
      .where('story_id', 'in', [...linked])
      .where('lang', 'in', [...new Set(versions.map((v) => v.lang))])
      .where('status', '=', 'published')
      .orderBy('id', 'desc')
      .limit(MAX_FOLLOWERS)
      .select(['id', 'story_id'])
      .execute();
    for (const f of followers) await this.recompute(f.id, now);
    return [...new Set([...followers.map((f) => f.story_id), ...offeredStories])];
  }

  /**
   * Older data without a stored list: computed and stored once, on the first page view that needs it
   * (concurrent views wait for the same computation). Returns whether anything was computed.
   */
  async ensure(articleId: number, now: number): Promise<boolean> {
    if (this.ensured.has(articleId)) return false;
    const running = this.inFlight.get(articleId);
    if (running) {
      await running;
      return false;
    }
    const job = (async () => {
      if (!(await hasList(this.store, articleId))) await this.recompute(articleId, now);
      // A memory of ids, not rows: a million articles would be a few megabytes; cleared well before.
      if (this.ensured.size > 200_000) this.ensured.clear();
      this.ensured.add(articleId);
    })();
    this.inFlight.set(articleId, job);
    try {
      await job;
      return true;
    } finally {
      this.inFlight.delete(articleId);
    }
  }

  /** Forget first-need memory of an article (its list was removed or must be recomputed). */
  forget(articleId: number): void {
    this.ensured.delete(articleId);
  }
}
