import type { Store } from './db.js';

/** Deletes all content (not the schema), children first. Used by `newsdesk demo --reset` and tests. */
export async function resetContent(store: Store): Promise<void> {
  const tables = ['article_views_hourly', 'article_views_daily', 'related_overrides', 'related_articles', 'article_links', 'article_tags', 'article_authors', 'articles', 'stories', 'images', 'tag_i18n', 'tags', 'rubric_i18n', 'rubrics', 'author_i18n', 'authors', 'currency_rates', 'currency_rate_corrections', 'rate_fetch_state'] as const;
  await store.db.transaction().execute(async (trx) => {
    for (const t of tables) await trx.deleteFrom(t).execute();
  });
}
