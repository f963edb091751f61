// Keeps article_links in step with an article's body: the stories it links to ("earlier we reported…"),
// written whenever its related list is recomputed, removed when it leaves the site.
import type { DocNode } from '../../domain/document/types.js';
import { linkedArticleIds } from '../../domain/related/index.js';
import type { Store } from '../../store/db.js';

/** More links than this in one body are not followed (a link list pasted by mistake). */
export const MAX_LINKS = 100;

function parseBody(body: string): DocNode | null {
  try {
    return JSON.parse(body) as DocNode;
  } catch {
    return null;
  }
}

/** Re-reads the article's body and stores the stories it links to; returns those story ids. */
export async function storeLinks(store: Store, article: { id: number; storyId: number; body: string }, siteUrl: string): Promise<number[]> {
  const ids = linkedArticleIds(parseBody(article.body), siteUrl).slice(0, MAX_LINKS);
  const targets = ids.length
    ? (await store.db.selectFrom('articles').where('id', 'in', ids).select('story_id').distinct().execute()).map((r) => r.story_id).filter((s) => s !== article.storyId)
    : [];
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('article_links').where('article_id', '=', article.id).execute();
    if (targets.length) await trx.insertInto('article_links').values(targets.map((target_story_id) => ({ article_id: article.id, target_story_id }))).execute();
  });
  return targets;
}

export async function dropLinks(store: Store, articleId: number): Promise<void> {
  await store.db.deleteFrom('article_links').where('article_id', '=', articleId).execute();
}
