// Shared pieces of the article service: the acting user, id checks, loading a row, errors, time labels.
import type { Kysely, Selectable } from 'kysely';
import type { ArticlesTable, Database } from '../../../store/schema.js';
import type { Staff } from '../../auth/sessions.js';
import type { ContentChange, NewsroomDeps } from '../../deps.js';
import { ArticleActionError } from '../contract.js';

export type Db = Kysely<Database>;
export type ArticleRow = Selectable<ArticlesTable>;

/** Who is acting: a signed-in user (a request's `req.staff`, or anything with these fields). */
export type Actor = Pick<Staff, 'id' | 'name' | 'role' | 'authorId'>;

/** The largest id an `integer` column holds on PostgreSQL: larger ids from a URL are simply not found. */
export const MAX_ID = 2_147_483_647;

/** How long a deleted article stays restorable in the trash. */
export const TRASH_KEEP_MS = 30 * 86_400_000;

export function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_ID;
}

export function notFound(what = 'article'): ArticleActionError {
  return new ArticleActionError(`There is no such ${what}. It may have been deleted from the trash.`, 404);
}

export function forbidden(message = 'Your role does not allow this.'): ArticleActionError {
  return new ArticleActionError(message, 403);
}

export function invalid(message: string, fields: Record<string, string> = {}): ArticleActionError {
  return new ArticleActionError(message, 400, fields);
}

export function conflict(message: string, fields: Record<string, string> = {}): ArticleActionError {
  return new ArticleActionError(message, 409, fields);
}

/** The article row, or 404. */
export async function loadRow(db: Db, id: number): Promise<ArticleRow> {
  if (!isId(id)) throw notFound();
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return normalizeRow(row);
}

/** bigint columns arrive as numbers on both dialects (src/store/db.ts); flags as 0/1. */
export function normalizeRow(row: ArticleRow): ArticleRow {
  return {
    ...row,
    published_at: row.published_at == null ? null : Number(row.published_at),
    updated_at: Number(row.updated_at),
    created_at: Number(row.created_at),
    trashed_at: row.trashed_at == null ? null : Number(row.trashed_at),
  };
}

export function actorRef(actor: Actor): { id: number; name: string } {
  return { id: actor.id, name: actor.name };
}

/** "14 Feb 2024, 14:52" in the site's time zone: how messages name a moment. */
export function timeLabel(tz: string, ms: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

export const STATUS_WORDS: Record<string, string> = {
  draft: 'a draft',
  review: 'in review',
  scheduled: 'scheduled',
  published: 'published',
  unpublished: 'unpublished',
  trashed: 'in the trash',
};

/**
 * Tells the listeners (the page cache, a CDN purge) about a change that is already committed. Their
 * failure must not turn a saved change into an error for the person who made it: it is logged.
 */
export async function notifyChanged(deps: NewsroomDeps, change: ContentChange): Promise<void> {
  try {
    await deps.changed(change);
  } catch (err) {
    deps.log.error({ err, change }, 'a listener of content changes failed');
  }
}
