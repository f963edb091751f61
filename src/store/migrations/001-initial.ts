import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  // One id sequence per table; for articles it is shared by every language (ids like 286723).
  const id = (t: any) =>
    dialect === 'postgres'
      ? t.addColumn('id', 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
      : t.addColumn('id', 'integer', (c: any) => c.primaryKey().autoIncrement());

  await id(db.schema.createTable('stories')).addColumn('created_at', 'bigint', (c: any) => c.notNull()).execute();

  await id(db.schema.createTable('rubrics'))
    .addColumn('position', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .execute();
  await db.schema
    .createTable('rubric_i18n')
    .addColumn('rubric_id', 'integer', (c) => c.notNull().references('rubrics.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rubric_i18n_pk', ['rubric_id', 'lang'])
    .addUniqueConstraint('rubric_i18n_lang_slug', ['lang', 'slug'])
    .execute();

  await id(db.schema.createTable('tags')).addColumn('created_at', 'bigint', (c: any) => c.notNull()).execute();
  await db.schema
    .createTable('tag_i18n')
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tag_i18n_pk', ['tag_id', 'lang'])
    .addUniqueConstraint('tag_i18n_lang_slug', ['lang', 'slug'])
    .execute();

  await id(db.schema.createTable('authors'))
    .addColumn('slug', 'text', (c: any) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .execute();
  await db.schema
    .createTable('author_i18n')
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bio', 'text')
    .addPrimaryKeyConstraint('author_i18n_pk', ['author_id', 'lang'])
    .execute();

  await id(db.schema.createTable('images'))
    .addColumn('file', 'text', (c: any) => c.notNull())
    .addColumn('width', 'integer', (c: any) => c.notNull())
    .addColumn('height', 'integer', (c: any) => c.notNull())
    .addColumn('mime', 'text', (c: any) => c.notNull())
    .addColumn('credit', 'text')
    .addColumn('variants', 'text', (c: any) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .execute();

  await id(db.schema.createTable('articles'))
    .addColumn('story_id', 'integer', (c: any) => c.notNull().references('stories.id'))
    .addColumn('lang', 'text', (c: any) => c.notNull())
    .addColumn('slug', 'text', (c: any) => c.notNull())
    .addColumn('headline', 'text', (c: any) => c.notNull())
    .addColumn('lead', 'text', (c: any) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c: any) => c.notNull())
    .addColumn('dateline_place', 'text')
    .addColumn('source_name', 'text')
    .addColumn('source_url', 'text')
    .addColumn('rubric_id', 'integer', (c: any) => c.references('rubrics.id').onDelete('set null'))
    .addColumn('cover_image_id', 'integer', (c: any) => c.references('images.id').onDelete('set null'))
    .addColumn('cover_caption', 'text')
    .addColumn('cover_alt', 'text')
    .addColumn('status', 'text', (c: any) => c.notNull().defaultTo('draft'))
    .addColumn('is_breaking', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('is_pinned', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('view_count', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'bigint')
    .addColumn('updated_at', 'bigint', (c: any) => c.notNull())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addUniqueConstraint('articles_story_lang', ['story_id', 'lang'])
    .execute();
  // The feeds, home and archives all read "published in this language, newest first".
  await db.schema.createIndex('articles_lang_status_published').on('articles').columns(['lang', 'status', 'published_at']).execute();
  await db.schema.createIndex('articles_rubric_published').on('articles').columns(['rubric_id', 'lang', 'status', 'published_at']).execute();
  // The few pinned and breaking articles, found without scanning the archive.
  await db.schema.createIndex('articles_pinned').on('articles').columns(['lang', 'published_at']).where(sql.ref('is_pinned'), '=', 1).execute();
  await db.schema.createIndex('articles_breaking').on('articles').columns(['lang', 'published_at']).where(sql.ref('is_breaking'), '=', 1).execute();

  await db.schema
    .createTable('article_authors')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
    .execute();
  await db.schema.createIndex('article_authors_author').on('article_authors').columns(['author_id', 'article_id']).execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('article_tags_tag').on('article_tags').columns(['tag_id', 'article_id']).execute();

  await db.schema
    .createTable('currency_rates')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('rate', sql`double precision`, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('currency_rates_pk', ['date', 'code'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('The initial migration cannot be undone; restore a backup instead.');
}
