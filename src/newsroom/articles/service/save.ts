// Saving an article: optimistic locking, the revision trail, and what a save may change.
//
// Optimistic locking: the editor sends the version it started from. The update runs as
//   UPDATE articles SET …, version = base + 1 WHERE id = ? AND version = base
// and when no row changed someone else saved first: the save is refused as a conflict, nothing at
// all is written (no revision either), and the caller gets the current article and a message that
// names who saved it and when, so the person can merge their text by hand.
//
// Revisions: every save writes an article_revisions row with the full content (meta.kind 'save',
// 'autosave' or 'restore'). Autosaves are thinned: when the newest revision of the article is an
// autosave by the same user, and that user's run of autosaves began less than 10 minutes ago
// (meta.firstAt), the new autosave replaces that revision instead of adding one. So a long typing
// session leaves about one revision per 10 minutes, and an explicit save always leaves its own.
//
// A live (published) article is not changed by autosave: readers must not see half-typed text. The
// autosave is kept as a revision (meta.pending) and the article stays as it is until the person
// saves; the result says so (autosaveOnly).
import { can, canEditArticle, OWN_EDITABLE } from '../../auth/roles.js';
import type { NewsroomDeps } from '../../deps.js';
import type { ArticleInput, NewsroomArticle, SaveResult } from '../contract.js';
import { altProblem } from './alt.js';
import { conflict, forbidden, invalid, loadRow, normalizeRow, notFound, notifyChanged, STATUS_WORDS, timeLabel, type Actor, type ArticleRow, type Db } from './common.js';
import { readArticle } from './read.js';
import { checkReferences, parseInput } from './validate.js';
import { contentColumns, insertRevision, parseMeta, revisionMeta, writeRelations, type RevisionKind, type Trx } from './write.js';

export const AUTOSAVE_WINDOW_MS = 10 * 60_000;

export function isVersion(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 && v <= 2_147_483_647;
}

/** Throws unless the user may change this article's content now. */
export function assertEditable(actor: Actor, row: ArticleRow): void {
  if (row.status === 'trashed') throw conflict('This article is in the trash. Restore it before editing.');
  if (canEditArticle(actor, row)) return;
  if (!can(actor.role, 'article.editOwn') && !can(actor.role, 'article.editAny')) throw forbidden('Your role does not allow editing articles.');
  if (row.created_by !== actor.id) throw forbidden('You can edit only the articles you started. Ask an editor to change this one.');
  throw forbidden(`This article is ${STATUS_WORDS[row.status]}; you could change it while it was ${OWN_EDITABLE.map((s) => STATUS_WORDS[s]).join(' or ')}. Ask an editor to change it now.`);
}

export function conflictMessage(current: NewsroomArticle, tz: string): string {
  const who = current.updatedByName ?? 'Someone';
  return `Not saved: ${who} saved a newer version of this article (version ${current.version}) at ${timeLabel(tz, current.updatedAt)} while you were editing. Your text is still in the editor: copy it, load the current version, and apply your changes again.`;
}

async function lockRow(trx: Trx, deps: NewsroomDeps, id: number): Promise<ArticleRow> {
  let q = trx.selectFrom('articles').selectAll().where('id', '=', id);
  if (deps.store.dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return normalizeRow(row);
}

/**
 * What a save may change besides the text. The pinned and breaking flags only for those who may
 * feature articles. The publish time: on a draft it is the planned time; on a published article only
 * an editor may correct it, and never into the future (that would hide a live story: unpublish and
 * schedule instead); on a scheduled one it is the schedule and must stay in the future. Empty bylines
 * keep the current ones (or, when there are none, the user's own).
 */
async function settle(trx: Trx, actor: Actor, row: ArticleRow, input: ArticleInput, now: number): Promise<void> {
  if (!can(actor.role, 'article.feature')) {
    input.isBreaking = Boolean(row.is_breaking);
    input.isPinned = Boolean(row.is_pinned);
  }
  if (row.status === 'published') {
    if (!can(actor.role, 'article.publish') || input.publishAt == null) input.publishAt = row.published_at;
    else if (input.publishAt > now) throw invalid('A published article cannot have a publication time in the future. Unpublish it and schedule it instead.', { publishAt: 'Choose a time in the past, or unpublish and schedule the article.' });
  } else if (row.status === 'scheduled') {
    if (!can(actor.role, 'article.schedule') || input.publishAt == null) input.publishAt = row.published_at;
    else if (input.publishAt <= now) throw invalid('A scheduled article needs a time in the future. To put it online now, publish it.', { publishAt: 'Choose a time in the future, or publish now.' });
  }
  if (!input.authorIds.length) {
    const current = await trx.selectFrom('article_authors').where('article_id', '=', row.id).select('author_id').orderBy('position').execute();
    input.authorIds = current.length ? current.map((a) => a.author_id) : actor.authorId != null ? [actor.authorId] : [];
  }
}

/**
 * The newest revision, when a new autosave by this user should replace it: an autosave of theirs
 * whose run began less than AUTOSAVE_WINDOW_MS ago.
 */
async function replaceableAutosave(trx: Trx, articleId: number, actor: Actor, now: number): Promise<{ id: number; firstAt: number } | null> {
  const last = await trx.selectFrom('article_revisions').where('article_id', '=', articleId).select(['id', 'user_id', 'meta', 'created_at']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!last || last.user_id !== actor.id) return null;
  const meta = parseMeta(last.meta);
  if (meta.kind !== 'autosave') return null;
  const firstAt = typeof meta.firstAt === 'number' ? meta.firstAt : Number(last.created_at);
  return now - firstAt < AUTOSAVE_WINDOW_MS && now >= firstAt ? { id: last.id, firstAt } : null;
}

async function writeAutosaveRevision(trx: Trx, r: { row: ArticleRow; version: number; input: ArticleInput; actor: Actor; now: number; pending: boolean }): Promise<void> {
  const prev = await replaceableAutosave(trx, r.row.id, r.actor, r.now);
  const meta = { ...revisionMeta(r.input, 'autosave', { firstAt: prev?.firstAt ?? r.now }), ...(r.pending ? { pending: true } : {}) };
  if (prev) {
    await trx
      .updateTable('article_revisions')
      .set({ version: r.version, headline: r.input.headline, lead: r.input.lead, body: JSON.stringify(r.input.body), meta: JSON.stringify(meta), user_name: r.actor.name, created_at: r.now })
      .where('id', '=', prev.id)
      .execute();
  } else {
    await insertRevision(trx, { articleId: r.row.id, version: r.version, input: r.input, meta, actor: r.actor, now: r.now });
  }
}

export interface WriteVersionOptions {
  kind: Extract<RevisionKind, 'save' | 'autosave' | 'restore'>;
  /** restore: the revision brought back */
  restoredFrom?: number;
  /** checked inside the transaction, against the locked row (throws to refuse) */
  authorize: (row: ArticleRow) => void;
  /** more writes in the same transaction once the new version is in (an audit entry) */
  afterWrite?: (trx: Trx, version: number) => Promise<void>;
}

/** The shared write path of save() and restoreRevision(). */
export async function writeVersion(deps: NewsroomDeps, actor: Actor, id: number, baseVersion: number, input: ArticleInput, opts: WriteVersionOptions): Promise<SaveResult> {
  const db: Db = deps.store.db;
  const now = deps.now();
  const outcome = await db.transaction().execute(async (trx) => {
    const row = await lockRow(trx, deps, id);
    opts.authorize(row);
    if (row.version !== baseVersion) return { kind: 'conflict' as const };
    await settle(trx, actor, row, input, now);
    if (opts.kind !== 'autosave' && (row.status === 'published' || row.status === 'scheduled')) {
      const problem = await altProblem(trx, input);
      if (problem) throw conflict(problem.message, problem.fields);
    }
    if (opts.kind === 'autosave' && row.status === 'published') {
      await writeAutosaveRevision(trx, { row, version: row.version, input, actor, now, pending: true });
      return { kind: 'autosaveOnly' as const, row };
    }
    const res = await trx
      .updateTable('articles')
      .set({ ...contentColumns(row.lang, input), published_at: input.publishAt, version: baseVersion + 1, updated_at: now, updated_by: actor.id })
      .where('id', '=', id)
      .where('version', '=', baseVersion)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return { kind: 'conflict' as const };
    await writeRelations(trx, id, row.lang, input, now);
    if (opts.kind === 'autosave') await writeAutosaveRevision(trx, { row, version: baseVersion + 1, input, actor, now, pending: false });
    else await insertRevision(trx, { articleId: id, version: baseVersion + 1, input, meta: revisionMeta(input, opts.kind, opts.restoredFrom ? { restoredFrom: opts.restoredFrom } : {}), actor, now });
    await opts.afterWrite?.(trx, baseVersion + 1);
    return { kind: 'saved' as const, row };
  });
  const article = await readArticle(db, id, now);
  if (outcome.kind === 'conflict') return { ok: false, conflict: true, current: article, message: conflictMessage(article, deps.config.siteTz) };
  if (outcome.kind === 'autosaveOnly') return { ok: true, article, autosaveOnly: true };
  if (outcome.row.status === 'published') await notifyChanged(deps, { kind: 'article', articleId: id, storyId: outcome.row.story_id });
  return { ok: true, article };
}

export async function saveArticle(deps: NewsroomDeps, actor: Actor, id: number, baseVersion: unknown, raw: unknown, opts: { autosave?: boolean } = {}): Promise<SaveResult> {
  const row = await loadRow(deps.store.db, id);
  assertEditable(actor, row);
  if (!isVersion(baseVersion)) throw invalid('Send the version the edit started from.', { version: 'Send the version number of the article you edited.' });
  const input = parseInput(raw, deps.config.siteTz);
  await checkReferences(deps.store.db, input);
  return writeVersion(deps, actor, id, baseVersion, input, { kind: opts.autosave ? 'autosave' : 'save', authorize: (locked) => assertEditable(actor, locked) });
}
