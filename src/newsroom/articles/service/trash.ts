// The trash. Deleting an article moves it to the trash (status 'trashed', remembering the status it
// had and when): readers see only published articles, so it disappears from the site at once. An
// editor can restore it for 30 days; after that the scheduler deletes it for good with its revisions
// (and the story, when no language of it is left).
//
// Restoring brings back the previous status, except that an article that was published or scheduled
// comes back as 'unpublished': nothing goes live again by surprise, an editor publishes it on purpose.
import type { ArticleStatus } from '../../../store/schema.js';
import { audit } from '../../audit/log.js';
import { can } from '../../auth/roles.js';
import type { NewsroomDeps } from '../../deps.js';
import type { ArticleListPage, NewsroomArticle } from '../contract.js';
import { actorRef, conflict, forbidden, loadRow, notifyChanged, TRASH_KEEP_MS, type Actor } from './common.js';

export { TRASH_KEEP_MS };
import { listArticles } from './list.js';
import { readArticle } from './read.js';

export async function trashArticle(deps: NewsroomDeps, actor: Actor, id: number): Promise<NewsroomArticle> {
  const row = await loadRow(deps.store.db, id);
  if (!can(actor.role, 'article.delete')) throw forbidden('Your role does not allow deleting articles.');
  if (row.status === 'trashed') throw conflict('This article is already in the trash.', { status: row.status });
  const now = deps.now();
  const ok = await deps.store.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('articles')
      .set({ status: 'trashed', status_before_trash: row.status, trashed_at: now, updated_at: now, updated_by: actor.id })
      .where('id', '=', id)
      .where('status', '=', row.status)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
    await audit(trx, { user: actorRef(actor), action: 'article.delete', articleId: id, target: row.headline.slice(0, 200), details: { from: row.status }, at: now });
    return true;
  });
  if (!ok) throw conflict('Someone changed this article at the same moment. Reload it and try again.');
  await notifyChanged(deps, { kind: 'article', articleId: id, storyId: row.story_id });
  return readArticle(deps.store.db, id, now);
}

/** The status an article comes back with from the trash. */
export function restoredStatus(before: ArticleStatus | null): ArticleStatus {
  if (before === 'published' || before === 'scheduled') return 'unpublished';
  if (!before || before === 'trashed') return 'draft';
  return before;
}

export async function restoreArticle(deps: NewsroomDeps, actor: Actor, id: number): Promise<NewsroomArticle> {
  const row = await loadRow(deps.store.db, id);
  if (!can(actor.role, 'article.restore')) throw forbidden('Your role does not allow restoring articles from the trash.');
  if (row.status !== 'trashed') throw conflict('This article is not in the trash.', { status: row.status });
  const now = deps.now();
  const status = restoredStatus(row.status_before_trash);
  const ok = await deps.store.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('articles')
      .set({ status, status_before_trash: null, trashed_at: null, updated_at: now, updated_by: actor.id })
      .where('id', '=', id)
      .where('status', '=', 'trashed')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
    await audit(trx, { user: actorRef(actor), action: 'article.restore', articleId: id, target: row.headline.slice(0, 200), details: { to: status, before: row.status_before_trash }, at: now });
    return true;
  });
  if (!ok) throw conflict('Someone changed this article at the same moment. Reload it and try again.');
  await notifyChanged(deps, { kind: 'article', articleId: id, storyId: row.story_id });
  return readArticle(deps.store.db, id, now);
}

export async function listTrash(deps: NewsroomDeps, opts: { page?: number; pageSize?: number; lang?: ArticleListPage['items'][number]['lang'] } = {}): Promise<ArticleListPage> {
  return listArticles(deps, { ...opts, status: 'trashed' });
}

/** Deletes for good what has been in the trash longer than 30 days. Returns how many articles. */
export async function purgeExpired(deps: NewsroomDeps): Promise<number> {
  const now = deps.now();
  const cutoff = now - TRASH_KEEP_MS;
  return deps.store.db.transaction().execute(async (trx) => {
    // Revisions, tags and bylines go with the article (ON DELETE CASCADE).
    const gone = await trx
      .deleteFrom('articles')
      .where('status', '=', 'trashed')
      .where('trashed_at', '<', cutoff)
      .returning(['id', 'story_id', 'headline', 'lang'])
      .execute();
    if (!gone.length) return 0;
    const storyIds = [...new Set(gone.map((a) => a.story_id))];
    await trx
      .deleteFrom('stories')
      .where('id', 'in', storyIds)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('articles').select('articles.id').whereRef('articles.story_id', '=', 'stories.id'))))
      .execute();
    for (const a of gone) await audit(trx, { user: null, action: 'article.purge', articleId: a.id, target: a.headline.slice(0, 200), details: { lang: a.lang, by: 'scheduler' }, at: now });
    return gone.length;
  });
}
