// The newsroom (issue 3): accounts, sessions, one-time links, API tokens, login throttling, the audit
// log, revisions, the trash, optimistic versions on articles, and editable media metadata.
import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  const id = (t: any) =>
    dialect === 'postgres'
      ? t.addColumn('id', 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
      : t.addColumn('id', 'integer', (c: any) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable('users'))
    .addColumn('email', 'text', (c: any) => c.notNull().unique())
    .addColumn('name', 'text', (c: any) => c.notNull())
    .addColumn('role', 'text', (c: any) => c.notNull())
    // the byline this user writes under (authors table), created with the user
    .addColumn('author_id', 'integer', (c: any) => c.references('authors.id').onDelete('set null'))
    .addColumn('password_hash', 'text')
    .addColumn('disabled', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addColumn('updated_at', 'bigint', (c: any) => c.notNull())
    .execute();

  // One-time links: the first administrator's setup, invitations and password resets. Only a hash is kept.
  await id(db.schema.createTable('one_time_links'))
    .addColumn('kind', 'text', (c: any) => c.notNull())
    .addColumn('user_id', 'integer', (c: any) => c.references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c: any) => c.notNull().unique())
    .addColumn('expires_at', 'bigint', (c: any) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .execute();

  // Sessions: the cookie carries a random token, the table its hash (a leaked table opens no session).
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await id(db.schema.createTable('api_tokens'))
    .addColumn('user_id', 'integer', (c: any) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c: any) => c.notNull())
    .addColumn('token_hash', 'text', (c: any) => c.notNull().unique())
    // the first characters, so a person can tell their tokens apart
    .addColumn('prefix', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute();

  // Failed logins per key ("email:…" or "ip:…"), pruned as they age out of the throttling window.
  await id(db.schema.createTable('login_failures'))
    .addColumn('key', 'text', (c: any) => c.notNull())
    .addColumn('at', 'bigint', (c: any) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_key_at').on('login_failures').columns(['key', 'at']).execute();

  await id(db.schema.createTable('audit_log'))
    .addColumn('at', 'bigint', (c: any) => c.notNull())
    .addColumn('user_id', 'integer')
    // kept as written at the time: the log stays readable after a user is renamed or removed
    .addColumn('user_name', 'text')
    .addColumn('action', 'text', (c: any) => c.notNull())
    .addColumn('article_id', 'integer')
    .addColumn('target', 'text')
    .addColumn('details', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_article').on('audit_log').columns(['article_id', 'at']).execute();

  await id(db.schema.createTable('article_revisions'))
    .addColumn('article_id', 'integer', (c: any) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c: any) => c.notNull())
    .addColumn('headline', 'text', (c: any) => c.notNull())
    .addColumn('lead', 'text', (c: any) => c.notNull())
    .addColumn('body', 'text', (c: any) => c.notNull())
    // JSON snapshot of everything else an editor can change (slug, rubric, tags, authors, flags, …)
    .addColumn('meta', 'text', (c: any) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('user_name', 'text')
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .execute();
  await db.schema.createIndex('article_revisions_article').on('article_revisions').columns(['article_id', 'version']).execute();

  await db.schema.alterTable('articles').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('articles').addColumn('created_by', 'integer').execute();
  await db.schema.alterTable('articles').addColumn('updated_by', 'integer').execute();
  // The trash: status becomes 'trashed'; what it was before and when it went there.
  await db.schema.alterTable('articles').addColumn('trashed_at', 'bigint').execute();
  await db.schema.alterTable('articles').addColumn('status_before_trash', 'text').execute();
  // The scheduler looks for due articles without scanning the archive.
  await db.schema.createIndex('articles_status_published').on('articles').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('articles_updated').on('articles').columns(['updated_at']).execute();

  await db.schema.alterTable('images').addColumn('alt', 'text').execute();
  await db.schema.alterTable('images').addColumn('caption', 'text').execute();
  await db.schema.alterTable('images').addColumn('original_name', 'text').execute();
  await db.schema.alterTable('images').addColumn('size_bytes', 'integer').execute();
  await db.schema.alterTable('images').addColumn('uploaded_by', 'integer').execute();
  await sql`UPDATE images SET alt = '' WHERE alt IS NULL`.execute(db);
}
