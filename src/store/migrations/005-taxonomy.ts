// Rubric and tag administration (issue 3): when an editor changes a slug or merges a tag, the old
// public address keeps working. Each row sends /{lang}/{kind}/{slug}/ to whatever slug the target
// rubric or tag has now in that language (by id, so renaming twice never makes a chain).
import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('slug_redirects')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('slug_redirects_pk', ['kind', 'lang', 'slug'])
    .execute();
  await db.schema.createIndex('slug_redirects_target').on('slug_redirects').columns(['kind', 'target_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('slug_redirects').execute();
}
