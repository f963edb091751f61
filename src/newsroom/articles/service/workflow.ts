// The publishing workflow: draft → in review → scheduled or published → unpublished.
//
//   submit     draft | unpublished          → review       authors and translators: only their own
//   publish    draft | review | scheduled | unpublished → published   (refused while a picture lacks alt text)
//   schedule   draft | review | scheduled | unpublished → scheduled   (at least a minute ahead, at most a year)
//   unpublish  published | scheduled        → unpublished
//   feature    pinned / breaking flags, any status but trashed
//
// Every transition is recorded in the audit log and told to deps.changed (readers' pages, caches).
// Transitions do not raise the article's version: the version counts content, and an editor's open
// editor stays valid while someone else publishes.
import type { ArticleStatus } from '../../../store/schema.js';
import { audit, type AuditAction } from '../../audit/log.js';
import { can, type Action } from '../../auth/roles.js';
import type { NewsroomDeps } from '../../deps.js';
import type { NewsroomArticle } from '../contract.js';
import { altProblem } from './alt.js';
import { actorRef, conflict, forbidden, invalid, loadRow, notifyChanged, STATUS_WORDS, timeLabel, type Actor, type ArticleRow } from './common.js';
import { parseBodyJson, readArticle } from './read.js';

export const MIN_SCHEDULE_AHEAD_MS = 60_000;
export const MAX_SCHEDULE_AHEAD_MS = 366 * 86_400_000;

interface Transition {
  action: Action;
  audit: AuditAction;
  from: readonly ArticleStatus[];
  /** a sentence for the refusal: "Only drafts … can be submitted." */
  refusal: string;
}

const T = {
  submit: { action: 'article.submit', audit: 'article.submit', from: ['draft', 'unpublished'], refusal: 'Only a draft or an unpublished article can be sent for review.' },
  publish: { action: 'article.publish', audit: 'article.publish', from: ['draft', 'review', 'scheduled', 'unpublished'], refusal: 'Only a draft, an article in review, a scheduled or an unpublished article can be published.' },
  schedule: { action: 'article.schedule', audit: 'article.schedule', from: ['draft', 'review', 'scheduled', 'unpublished'], refusal: 'Only a draft, an article in review, a scheduled or an unpublished article can be scheduled; a published one must be unpublished first.' },
  unpublish: { action: 'article.unpublish', audit: 'article.unpublish', from: ['published', 'scheduled'], refusal: 'Only a published or scheduled article can be unpublished.' },
} satisfies Record<string, Transition>;

function check(actor: Actor, row: ArticleRow, t: Transition): void {
  if (!can(actor.role, t.action)) throw forbidden();
  if (!t.from.includes(row.status)) throw conflict(`This article is ${STATUS_WORDS[row.status]}. ${t.refusal}`, { status: row.status });
}

/**
 * Writes a status change guarded by the status it was read in (two editors pressing buttons at once:
 * the second gets a 409, not a double transition).
 */
async function apply(deps: NewsroomDeps, actor: Actor | null, row: ArticleRow, t: Transition, set: Partial<Pick<ArticleRow, 'status' | 'published_at' | 'is_pinned' | 'is_breaking'>>, details: Record<string, unknown> = {}): Promise<NewsroomArticle> {
  const now = deps.now();
  const changedRow = await deps.store.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('articles')
      .set({ ...set, updated_at: now, ...(actor ? { updated_by: actor.id } : {}) })
      .where('id', '=', row.id)
      .where('status', '=', row.status)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
    await audit(trx, { user: actor ? actorRef(actor) : null, action: t.audit, articleId: row.id, target: row.headline.slice(0, 200), details: { from: row.status, ...details }, at: now });
    return true;
  });
  if (!changedRow) throw conflict('Someone changed this article at the same moment. Reload it and try again.');
  // Told of every transition (not only those readers see at once): listeners decide what matters.
  await notifyChanged(deps, { kind: 'article', articleId: row.id, storyId: row.story_id });
  return readArticle(deps.store.db, row.id, now);
}

export async function submitArticle(deps: NewsroomDeps, actor: Actor, id: number): Promise<NewsroomArticle> {
  const row = await loadRow(deps.store.db, id);
  if (!can(actor.role, 'article.submit')) throw forbidden();
  if (!can(actor.role, 'article.editAny') && row.created_by !== actor.id) throw forbidden('You can send for review only the articles you started.');
  check(actor, row, T.submit);
  return apply(deps, actor, row, T.submit, { status: 'review' });
}

async function refuseMissingAlt(deps: NewsroomDeps, row: ArticleRow): Promise<void> {
  const problem = await altProblem(deps.store.db, { coverImageId: row.cover_image_id, coverAlt: row.cover_alt, body: parseBodyJson(row.body) });
  if (problem) throw conflict(problem.message, problem.fields);
}

export async function publishArticle(deps: NewsroomDeps, actor: Actor, id: number): Promise<NewsroomArticle> {
  const row = await loadRow(deps.store.db, id);
  if (row.status === 'published') {
    if (!can(actor.role, 'article.publish')) throw forbidden();
    throw conflict('This article is already published.', { status: row.status });
  }
  check(actor, row, T.publish);
  await refuseMissingAlt(deps, row);
  const now = deps.now();
  // A publish time set in the past (a backdated story, or a republished one) is kept; otherwise now.
  const publishedAt = row.published_at != null && row.published_at <= now ? row.published_at : now;
  return apply(deps, actor, row, T.publish, { status: 'published', published_at: publishedAt });
}

export async function scheduleArticle(deps: NewsroomDeps, actor: Actor, id: number, at: unknown): Promise<NewsroomArticle> {
  const row = await loadRow(deps.store.db, id);
  check(actor, row, T.schedule);
  const now = deps.now();
  if (typeof at !== 'number' || !Number.isFinite(at)) throw invalid('Choose the date and time to publish at.', { at: 'Choose a date and time.' });
  if (at < now + MIN_SCHEDULE_AHEAD_MS) throw invalid(`Choose a time at least a minute from now (it is ${timeLabel(deps.config.siteTz, now)}). To put the article online now, publish it.`, { at: 'Choose a time at least a minute from now.' });
  if (at > now + MAX_SCHEDULE_AHEAD_MS) throw invalid('Choose a time within the next year.', { at: 'Choose a time within the next year.' });
  await refuseMissingAlt(deps, row);
  return apply(deps, actor, row, T.schedule, { status: 'scheduled', published_at: Math.round(at) }, { at: Math.round(at) });
}

export async function unpublishArticle(deps: NewsroomDeps, actor: Actor, id: number): Promise<NewsroomArticle> {
  const row = await loadRow(deps.store.db, id);
  check(actor, row, T.unpublish);
  return apply(deps, actor, row, T.unpublish, { status: 'unpublished' });
}

export async function setFeatured(deps: NewsroomDeps, actor: Actor, id: number, flags: { isPinned?: unknown; isBreaking?: unknown }): Promise<NewsroomArticle> {
  const row = await loadRow(deps.store.db, id);
  if (!can(actor.role, 'article.feature')) throw forbidden();
  if (row.status === 'trashed') throw conflict('This article is in the trash. Restore it first.', { status: row.status });
  const set: { is_pinned?: number; is_breaking?: number } = {};
  const fields: Record<string, string> = {};
  for (const [key, col] of [['isPinned', 'is_pinned'], ['isBreaking', 'is_breaking']] as const) {
    const v = flags[key];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') fields[key] = 'Must be true or false.';
    else set[col] = v ? 1 : 0;
  }
  if (Object.keys(fields).length) throw invalid('The pinned and breaking flags must be true or false.', fields);
  const t: Transition = { action: 'article.feature', audit: 'article.feature', from: [row.status], refusal: '' };
  return apply(deps, actor, row, t, set, { isPinned: set.is_pinned ?? row.is_pinned, isBreaking: set.is_breaking ?? row.is_breaking });
}

/** Puts scheduled articles whose time has come online. Returns how many. */
export async function publishDue(deps: NewsroomDeps): Promise<number> {
  const now = deps.now();
  const due = await deps.store.db.selectFrom('articles').where('status', '=', 'scheduled').where('published_at', '<=', now).select(['id', 'story_id', 'headline', 'published_at']).orderBy('published_at').limit(500).execute();
  let count = 0;
  for (const a of due) {
    const done = await deps.store.db.transaction().execute(async (trx) => {
      const res = await trx.updateTable('articles').set({ status: 'published', updated_at: now }).where('id', '=', a.id).where('status', '=', 'scheduled').executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      await audit(trx, { user: null, action: 'article.publish', articleId: a.id, target: a.headline.slice(0, 200), details: { by: 'scheduler', scheduledAt: Number(a.published_at) }, at: now });
      return true;
    });
    if (!done) continue;
    count++;
    await notifyChanged(deps, { kind: 'article', articleId: a.id, storyId: a.story_id });
  }
  return count;
}
