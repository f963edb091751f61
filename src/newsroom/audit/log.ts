// The audit log: who did what, when, to which article. Written next to the change it records.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';

export type AuditAction =
  | 'login' | 'login.failed' | 'logout' | 'logout.everywhere' | 'password.change' | 'password.reset' | 'setup'
  | 'user.create' | 'user.invite' | 'user.role' | 'user.disable' | 'user.enable' | 'token.create' | 'token.revoke'
  | 'article.create' | 'article.submit' | 'article.publish' | 'article.schedule' | 'article.unpublish'
  | 'article.delete' | 'article.restore' | 'article.purge' | 'article.feature' | 'article.related' | 'revision.restore'
  | 'rubric.change' | 'tag.change' | 'tag.merge' | 'media.upload' | 'media.delete' | 'rates.correct';

export interface AuditEntry {
  /** null for the system (scheduler) or an unknown person (failed login) */
  user: { id: number; name: string } | null;
  action: AuditAction;
  articleId?: number | null;
  /** what else it was about, human-readable: an email, a tag, "USD 2024-02-14" */
  target?: string | null;
  details?: Record<string, unknown> | null;
  ip?: string | null;
  at: number;
}

export async function audit(db: Kysely<Database>, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      user_id: e.user?.id ?? null,
      user_name: e.user?.name ?? null,
      action: e.action,
      article_id: e.articleId ?? null,
      target: e.target ?? null,
      details: e.details ? JSON.stringify(e.details) : null,
      ip: e.ip ?? null,
    })
    .execute();
}
