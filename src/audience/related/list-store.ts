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
