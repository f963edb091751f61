// What an editor sees and changes of an article's related stories: the list readers get (stored list
// with the overrides applied) with the reason for each item, more computed candidates to pick from,
// the removed ones, and the override changes themselves (validated, audited, announced).
import { articlePath, type HeadlineRef } from '../../domain/article.js';
import type { Lang } from '../../domain/lang.js';
import { applyOverrides, articleIdOfHref, reasonsOf, SHOWN, type Override, type Scored } from '../../domain/related/index.js';
import { RelatedEngine } from '../../audience/related/compute.js';
import { overridesOf, storedList } from '../../audience/related/list-store.js';
import type { ArticleStatus } from '../../store/schema.js';
import type { NewsroomDeps } from '../deps.js';

/** More pins than a reader sees make no sense. */
export const MAX_PINS = SHOWN;

export class RelatedInputError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export interface RelatedArticle {
  id: number;
  storyId: number;
  lang: Lang;
  slug: string;
  headline: string;
  status: ArticleStatus;
  publishedAt: number | null;
}

export interface RelatedItem extends RelatedArticle {
  path: string;
  /** may readers see it now (published, its time has come, same language) */
  visible: boolean;
  pinned: boolean;
  score: number | null;
  reasons: string[];
}

export interface RelatedView {
  article: RelatedArticle;
  /** in the order readers see them */
  shown: RelatedItem[];
  /** pinned but not visible (unpublished since) */
  hiddenPins: RelatedItem[];
  candidates: RelatedItem[];
  removed: RelatedItem[];
  computedAt: number | null;
}

export class RelatedAdmin {
  readonly engine: RelatedEngine;

  constructor(private readonly deps: NewsroomDeps) {
    this.engine = new RelatedEngine(deps.store, deps.config.baseUrl);
  }

  private get db() {
    return this.deps.store.db;
  }

  async article(id: number): Promise<RelatedArticle | null> {
    const rows = await this.articles([id]);
    return rows.get(id) ?? null;
  }

  private async articles(ids: number[]): Promise<Map<number, RelatedArticle>> {
    if (!ids.length) return new Map();
    const rows = await this.db.selectFrom('articles').where('id', 'in', ids).select(['id', 'story_id', 'lang', 'slug', 'headline', 'status', 'published_at']).execute();
    return new Map(
      rows.map((r) => [r.id, { id: r.id, storyId: r.story_id, lang: r.lang as Lang, slug: r.slug, headline: r.headline, status: r.status, publishedAt: r.published_at == null ? null : Number(r.published_at) }]),
    );
  }

  async view(article: RelatedArticle): Promise<RelatedView> {
    const now = this.deps.now();
    if (article.status === 'published') await this.engine.ensure(article.id, now);
    const [stored, overrides] = await Promise.all([storedList(this.deps.store, article.id), overridesOf(this.deps.store, article.id)]);
    const overrideIds = overrides.map((o) => o.relatedId);
    // Fresh scores for the reasons (and the candidates to pick from); bounded like a recompute.
    const computed = await this.engine.compute(article.id, now, { extraIds: [...stored.map((s) => s.relatedId), ...overrideIds], limit: 200 });
    const scores = new Map<number, Scored>((computed?.ranked ?? []).map((r) => [r.id, r]));
    const ids = [...new Set([...stored.map((s) => s.relatedId), ...overrideIds, ...scores.keys()])];
    const rows = await this.articles(ids);
    const visible = (id: number) => {
      const r = rows.get(id);
      return !!r && r.status === 'published' && r.publishedAt != null && r.publishedAt <= now && r.lang === article.lang && r.storyId !== article.storyId;
    };
    const pinnedIds = new Set(overrides.filter((o) => o.kind === 'pinned').map((o) => o.relatedId));
    const item = (id: number): RelatedItem | null => {
      const r = rows.get(id);
      if (!r) return null;
      const s = scores.get(id);
      const reasons = s ? reasonsOf(s.signals) : [];
      return { ...r, path: articlePath(r), visible: visible(id), pinned: pinnedIds.has(id), score: s?.score ?? null, reasons };
    };
    const shownIds = applyOverrides(stored.map((s) => s.relatedId), overrides, visible);
    const removedIds = overrides.filter((o) => o.kind === 'removed').map((o) => o.relatedId);
    const taken = new Set([...shownIds, ...removedIds, ...pinnedIds]);
    const candidateIds = (computed?.ranked ?? []).map((r) => r.id).filter((id) => !taken.has(id) && visible(id)).slice(0, SHOWN);
    const pick = (list: number[]) => list.map(item).filter((x): x is RelatedItem => x !== null);
    return {
      article,
      shown: pick(shownIds),
      hiddenPins: pick(overrides.filter((o) => o.kind === 'pinned' && !visible(o.relatedId)).sort((a, b) => a.position - b.position).map((o) => o.relatedId)),
      candidates: pick(candidateIds),
      removed: pick(removedIds),
      computedAt: stored[0]?.computedAt ?? null,
    };
  }

  /** An id, a site address (`/ru/123-slug/`, absolute or not) or a newsroom address of an article. */
  parseTarget(input: unknown): number {
    const text = typeof input === 'string' ? input.trim() : typeof input === 'number' ? String(input) : '';
    if (!text) throw new RelatedInputError('Paste the address of an article on the site, or its number.');
    if (text.length > 500) throw new RelatedInputError('That is too long to be an article address.');
    const newsroom = /^(?:https?:\/\/[^/]+)?\/newsroom\/articles\/(\d{1,10})\//.exec(text);
    const id = /^#?\d{1,10}$/.test(text) ? Number(text.replace('#', '')) : newsroom ? Number(newsroom[1]) : articleIdOfHref(text, this.deps.config.baseUrl);
    if (id == null || !Number.isSafeInteger(id) || id < 1) throw new RelatedInputError(`“${text.slice(0, 80)}” is not an article address of this site or an article number.`);
    return id;
  }

  /** Checks that `targetId` may be pinned under `article`; returns it. */
  private async checkTarget(article: RelatedArticle, targetId: number): Promise<RelatedArticle> {
    const target = await this.article(targetId);
    if (!target) throw new RelatedInputError(`There is no article #${targetId}.`);
    if (target.id === article.id) throw new RelatedInputError('An article cannot be related to itself.');
    if (target.storyId === article.storyId) throw new RelatedInputError(`#${target.id} is a translation of this article; translations are linked by the language switch.`);
    if (target.lang !== article.lang) throw new RelatedInputError(`#${target.id} is in another language (${target.lang}); related stories are in the article's language (${article.lang}).`);
    if (target.status !== 'published') throw new RelatedInputError(`#${target.id} is not published; only published articles can be shown to readers.`);
    return target;
  }

  async pin(article: RelatedArticle, targetId: number, userId: number): Promise<RelatedArticle> {
    const target = await this.checkTarget(article, targetId);
    const overrides = await overridesOf(this.deps.store, article.id);
    const pins = overrides.filter((o) => o.kind === 'pinned');
    if (pins.some((p) => p.relatedId === target.id)) throw new RelatedInputError(`#${target.id} is already pinned.`, 409);
    if (pins.length >= MAX_PINS) throw new RelatedInputError(`At most ${MAX_PINS} stories can be pinned; unpin one first.`);
    const position = pins.reduce((m, p) => Math.max(m, p.position + 1), 0);
    await this.put(article.id, target.id, 'pinned', position, userId);
    return target;
  }

  async remove(article: RelatedArticle, targetId: number, userId: number): Promise<void> {
    if (!(await this.article(targetId))) throw new RelatedInputError(`There is no article #${targetId}.`);
    await this.put(article.id, targetId, 'removed', 0, userId);
  }

  /** Unpin or restore: the item goes back to what the computation says. */
  async clear(article: RelatedArticle, targetId: number): Promise<boolean> {
    const r = await this.db.deleteFrom('related_overrides').where('article_id', '=', article.id).where('related_id', '=', targetId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Moves a pinned item one place up or down among the pins; false when it is already first or last. */
  async move(article: RelatedArticle, targetId: number, direction: 'up' | 'down'): Promise<boolean> {
    const pins = (await overridesOf(this.deps.store, article.id)).filter((o) => o.kind === 'pinned').sort((a, b) => a.position - b.position);
    const i = pins.findIndex((p) => p.relatedId === targetId);
    if (i === -1) throw new RelatedInputError(`#${targetId} is not pinned.`);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= pins.length) return false;
    [pins[i], pins[j]] = [pins[j], pins[i]];
    await this.db.transaction().execute(async (trx) => {
      for (const [position, p] of pins.entries()) {
        await trx.updateTable('related_overrides').set({ position }).where('article_id', '=', article.id).where('related_id', '=', p.relatedId).execute();
      }
    });
    return true;
  }

  /** The API's PUT: the whole set of overrides at once (pinned in order, removed), validated first. */
  async replace(article: RelatedArticle, pinned: number[], removed: number[], userId: number): Promise<void> {
    if (pinned.length > MAX_PINS) throw new RelatedInputError(`At most ${MAX_PINS} stories can be pinned.`);
    const both = pinned.filter((id) => removed.includes(id));
    if (both.length) throw new RelatedInputError(`#${both[0]} cannot be both pinned and removed.`);
    if (new Set(pinned).size !== pinned.length || new Set(removed).size !== removed.length) throw new RelatedInputError('Each article may appear once.');
    for (const id of pinned) await this.checkTarget(article, id);
    const known = await this.articles(removed);
    for (const id of removed) if (!known.has(id)) throw new RelatedInputError(`There is no article #${id}.`);
    const now = this.deps.now();
    const rows: Array<Override> = [...pinned.map((relatedId, position) => ({ relatedId, kind: 'pinned' as const, position })), ...removed.map((relatedId) => ({ relatedId, kind: 'removed' as const, position: 0 }))];
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('related_overrides').where('article_id', '=', article.id).execute();
      if (rows.length) {
        await trx
          .insertInto('related_overrides')
          .values(rows.map((o) => ({ article_id: article.id, related_id: o.relatedId, kind: o.kind, position: o.position, created_by: userId, created_at: now })))
          .execute();
      }
    });
  }

  private async put(articleId: number, relatedId: number, kind: Override['kind'], position: number, userId: number): Promise<void> {
    const now = this.deps.now();
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('related_overrides').where('article_id', '=', articleId).where('related_id', '=', relatedId).execute();
      await trx.insertInto('related_overrides').values({ article_id: articleId, related_id: relatedId, kind, position, created_by: userId, created_at: now }).execute();
    });
  }
}

export function headlineOf(a: Pick<HeadlineRef, 'id' | 'headline'>): string {
  return a.headline.trim() || `#${a.id}`;
}
