// Reading the audit log for its page: newest first, filtered by action, person, article and days (in the
// site time zone), a page at a time.
import type { Kysely } from 'kysely';
import { dayRange } from '../../i18n/format.js';
import type { Database } from '../../store/schema.js';

export interface AuditFilter {
  action?: string;
  /** a user's id, or 'system' for entries written by nobody signed in (the scheduler, the command line, failed sign-ins) */
  user?: number | 'system';
  articleId?: number;
  /** YYYY-MM-DD, inclusive, in the site time zone */
  from?: string;
  to?: string;
}

export interface AuditRow {
  id: number;
  at: number;
  userId: number | null;
  userName: string | null;
  action: string;
  articleId: number | null;
  target: string | null;
  details: Record<string, unknown> | string | null;
  ip: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

export async function readAudit(db: Kysely<Database>, tz: string, f: AuditFilter, page: number, size = AUDIT_PAGE_SIZE): Promise<{ rows: AuditRow[]; total: number }> {
  let q = db.selectFrom('audit_log');
  if (f.action) q = q.where('action', '=', f.action);
  if (f.user === 'system') q = q.where('user_id', 'is', null);
  else if (f.user !== undefined) q = q.where('user_id', '=', f.user);
  if (f.articleId !== undefined) q = q.where('article_id', '=', f.articleId);
  if (f.from) q = q.where('at', '>=', dayRange(tz, f.from).start);
  if (f.to) q = q.where('at', '<', dayRange(tz, f.to).end);
  const [{ n }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await q
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(size)
    .offset((page - 1) * size)
    .execute();
  return {
    total: Number(n),
    rows: rows.map((r) => ({
      id: r.id,
      at: Number(r.at),
      userId: r.user_id,
      userName: r.user_name,
      action: r.action,
      articleId: r.article_id,
      target: r.target,
      details: parseDetails(r.details),
      ip: r.ip,
    })),
  };
}

function parseDetails(text: string | null): AuditRow['details'] {
  if (text == null || text === '') return null;
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : text;
  } catch {
    return text;
  }
}

/** Every action that occurs in the log, for the filter's choices. */
export async function auditActions(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
  return rows.map((r) => r.action);
}
