// Audience signals (issue 5): honest view counters, stored related lists with the editors' overrides,
// and the links between articles that make a story thread.
import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

export async function up(db: Kysely<any>, _ctx: MigrationContext): Promise<void> {
  // Views per article per UTC hour: the "last 24 hours" window of Popular. Kept 8 days, then purged.
  await db.schema
    .createTable('article_views_hourly')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('hour', 'bigint', (c) => c.notNull()) // epoch ms of the hour's start
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_views_hourly_pk', ['article_id', 'hour'])
    .execute();
  await db.schema.createIndex('article_views_hourly_lang_hour').on('article_views_hourly').columns(['lang', 'hour']).execute();

  // Views per article per day in the site's time zone ('YYYY-MM-DD'): charts, week and month tops. Kept.
  await db.schema
    .createTable('article_views_daily')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_views_daily_pk', ['article_id', 'day'])
    .execute();
  await db.schema.createIndex('article_views_daily_lang_day').on('article_views_daily').columns(['lang', 'day']).execute();

  // The ten related stories of an article, computed when it is published or edited (never per view).
  await db.schema
    .createTable('related_articles')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('related_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('computed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('related_articles_pk', ['article_id', 'related_id'])
    .execute();
  await db.schema.createIndex('related_articles_position').on('related_articles').columns(['article_id', 'position']).execute();
  await db.schema.createIndex('related_articles_related').on('related_articles').column('related_id').execute();

  // An editor's word on an article's related list: 'pinned' items come first in their order, 'removed' never show.
  await db.schema
    .createTable('related_overrides')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('related_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('related_overrides_pk', ['article_id', 'related_id'])
    .execute();

  // Links from an article's body to other stories ("earlier we reported…"): the story-thread signal.
  await db.schema
    .createTable('article_links')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('target_story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_links_pk', ['article_id', 'target_story_id'])
    .execute();
  await db.schema.createIndex('article_links_target').on('article_links').column('target_story_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['article_links', 'related_overrides', 'related_articles', 'article_views_daily', 'article_views_hourly']) {
    await db.schema.dropTable(t).execute();
  }
}
