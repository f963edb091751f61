// The media library (issue 3): the article page finds the library images behind its body pictures by
// file name (src/domain/media-files.ts), and the library checks where an image is used.
import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createIndex('images_file').on('images').column('file').execute();
  await db.schema.createIndex('images_created').on('images').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('articles_cover_image').on('articles').column('cover_image_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_cover_image').execute();
  await db.schema.dropIndex('images_created').execute();
  await db.schema.dropIndex('images_file').execute();
}
