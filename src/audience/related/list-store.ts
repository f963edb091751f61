// The stored lists (related_articles) and the editors' overrides (related_overrides).
import type { Override, Scored } from '../../domain/related/index.js';
import type { Store } from '../../store/db.js';

/**
 * Stored per article: more than the ten shown, so that an item an editor removes, or one that is
 * unpublished, leaves its place to the next without a recompute.
 */
export const STORED = 20;

export async function writeList(store: Store, articleId: number, items: Scored[], now: number): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('related_articles').where('article_id', '=', articleId).execute();
    if (items.length) {
      await trx
        .insertInto('related_articles')
        .values(items.slice(0, STORED).map((it, position) => ({ article_id: articleId, related_id: it.id, position, score: it.score, computed_at: now })))
        .execute();
    }
  });
}

/**
 * Puts one article into another's stored list at its place by score (or moves it there when it is
 * already listed). The score is symmetric (docs/decisions/010-related.md), so the one computed from the
 * new article's side holds from the other's. Returns whether the list changed. An article without a
 * stored list is left alone: its full computation, on first need, finds the new article anyway.
 */
export async function placeInList(store: Store, ownerId: number, item: { id: number; score: number }, now: number): Promise<boolean> {
  return store.db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('related_articles').where('article_id', '=', ownerId).orderBy('position').select(['related_id', 'score']).execute();
    if (!rows.length) return false;
    const others = rows.filter((r) => r.related_id !== item.id).map((r) => ({ id: r.related_id, score: Number(r.score) }));
    const at = others.findIndex((o) => item.score > o.score);
    const merged = at === -1 ? [...others, item] : [...others.slice(0, at), item, ...others.slice(at)];
    const kept = merged.slice(0, STORED);
    const was = rows.findIndex((r) => r.related_id === item.id);
    const now_ = kept.findIndex((k) => k.id === item.id);
    if (was === now_ && (was === -1 || Number(rows[was].score) === item.score)) return false;
    await trx.deleteFrom('related_articles').where('article_id', '=', ownerId).execute();
    await trx
      .insertInto('related_articles')
      .values(kept.map((k, position) => ({ article_id: ownerId, related_id: k.id, position, score: k.score, computed_at: now })))
      .execute();
    return true;
  });
}

export async function dropList(store: Store, articleId: number): Promise<void> {
  await store.db.deleteFrom('related_articles').where('article_id', '=', articleId).execute();
}

export async function hasList(store: Store, articleId: number): Promise<boolean> {
  return !!(await store.db.selectFrom('related_articles').where('article_id', '=', articleId).select('related_id').limit(1).executeTakeFirst());
}

export interface StoredItem {
  relatedId: number;
  position: number;
  score: number;
  computedAt: number;
}

export async function storedList(store: Store, articleId: number): Promise<StoredItem[]> {
  const rows = await store.db.selectFrom('related_articles').where('article_id', '=', articleId).orderBy('position').select(['related_id', 'position', 'score', 'computed_at']).execute();
  return rows.map((r) => ({ relatedId: r.related_id, position: r.position, score: Number(r.score), computedAt: Number(r.computed_at) }));
}

export async function overridesOf(store: Store, articleId: number): Promise<Override[]> {
  const rows = await store.db.selectFrom('related_overrides').where('article_id', '=', articleId).orderBy('kind').orderBy('position').select(['related_id', 'kind', 'position']).execute();
  return rows.map((r) => ({ relatedId: r.related_id, kind: r.kind, position: r.position }));
}
