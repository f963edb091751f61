// The article whose list is computed, with what scoring needs: tags, rubric, terms and its thread links.
import type { Lang } from '../../domain/lang.js';
import { termVector, type RelatedSubject } from '../../domain/related/index.js';
import type { Store } from '../../store/db.js';

/** At most this many stories are followed either way along thread links. */
export const THREAD_LIMIT = 200;

export interface SubjectRow extends RelatedSubject {
  status: string;
}

export async function loadSubject(store: Store, articleId: number): Promise<SubjectRow | null> {
  const db = store.db;
  const row = await db
    .selectFrom('articles')
    .where('id', '=', articleId)
    .select(['id', 'story_id', 'lang', 'status', 'rubric_id', 'published_at', 'created_at', 'headline', 'lead'])
    .executeTakeFirst();
  if (!row) return null;
  const [tags, linksTo, linkedFrom] = await Promise.all([
    db.selectFrom('article_tags').where('article_id', '=', articleId).orderBy('position').select('tag_id').execute(),
    // Story level: a link from any language version of this story counts for all of them.
    db
      .selectFrom('article_links as l')
      .innerJoin('articles as a', 'a.id', 'l.article_id')
      .where('a.story_id', '=', row.story_id)
      .select('l.target_story_id as story_id')
      .distinct()
      .limit(THREAD_LIMIT)
      .execute(),
    db
      .selectFrom('article_links as l')
      .innerJoin('articles as a', 'a.id', 'l.article_id')
      .where('l.target_story_id', '=', row.story_id)
      .select('a.story_id')
      .distinct()
      .limit(THREAD_LIMIT)
      .execute(),
  ]);
  const lang = row.lang as Lang;
  return {
    id: row.id,
    storyId: row.story_id,
    lang,
    status: row.status,
    rubricId: row.rubric_id,
    publishedAt: Number(row.published_at ?? row.created_at),
    tagIds: tags.map((t) => t.tag_id),
    terms: termVector(row.headline, row.lead, lang),
    linksTo: new Set(linksTo.map((r) => r.story_id).filter((id) => id !== row.story_id)),
    linkedFrom: new Set(linkedFrom.map((r) => r.story_id).filter((id) => id !== row.story_id)),
  };
}
