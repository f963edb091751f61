// Who may do what in the newsroom. Every page and API action asks `can()` on the server; the
// matrix below is the single source of truth (test/integration/newsroom/permissions.test.ts walks it).
import type { ArticleStatus, Role } from '../../store/schema.js';

export const ROLES: readonly Role[] = ['administrator', 'editor', 'author', 'translator'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export type Action =
  /** start a new original story */
  | 'article.create'
  /** start a translation of an existing story */
  | 'article.translate'
  /** edit any article in any status */
  | 'article.editAny'
  /** edit one's own article while it is a draft or in review */
  | 'article.editOwn'
  | 'article.submit'
  | 'article.publish'
  | 'article.schedule'
  | 'article.unpublish'
  /** pinned and breaking flags */
  | 'article.feature'
  /** pin, remove and reorder an article's related stories */
  | 'article.related'
  | 'article.delete'
  /** restore from the trash */
  | 'article.restore'
  | 'revision.restore'
  | 'media.upload'
  /** edit alt text, caption and credit of any image */
  | 'media.edit'
  | 'taxonomy.manage'
  | 'rates.correct'
  | 'users.manage'
  | 'audit.view'
  /** the site's statistics page (views per day, top stories) */
  | 'stats.view';

const EDITOR: Action[] = [
  'article.create', 'article.translate', 'article.editAny', 'article.editOwn', 'article.submit', 'article.publish',
  'article.schedule', 'article.unpublish', 'article.feature', 'article.related', 'article.delete', 'article.restore', 'revision.restore',
  'media.upload', 'media.edit', 'taxonomy.manage', 'rates.correct', 'stats.view',
];

export const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  administrator: new Set<Action>([...EDITOR, 'users.manage', 'audit.view']),
  editor: new Set<Action>(EDITOR),
  author: new Set<Action>(['article.create', 'article.editOwn', 'article.submit', 'media.upload']),
  translator: new Set<Action>(['article.translate', 'article.editOwn', 'article.submit', 'media.upload']),
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role]?.has(action) ?? false;
}

/** Statuses in which an author or translator may still change their own article. */
export const OWN_EDITABLE: readonly ArticleStatus[] = ['draft', 'review'];

/** May this user change this article (its text and settings, not its status)? */
export function canEditArticle(user: { id: number; role: Role }, article: { created_by: number | null; status: ArticleStatus }): boolean {
  if (article.status === 'trashed') return false;
  if (can(user.role, 'article.editAny')) return true;
  return can(user.role, 'article.editOwn') && article.created_by === user.id && OWN_EDITABLE.includes(article.status);
}
