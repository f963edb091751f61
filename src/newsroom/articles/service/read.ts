// One article as the newsroom sees it (any status), with its tags, bylines, translations and the
// names of who created and last changed it. Several articles are read with a fixed number of queries.
import { articlePath } from '../../../domain/article.js';
import type { DocNode } from '../../../domain/document/types.js';
import type { Lang } from '../../../domain/lang.js';
import type { NewsroomArticle } from '../contract.js';
import { loadRow, normalizeRow, type ArticleRow, type Db } from './common.js';
import { EMPTY_DOC } from './validate.js';

export function parseBodyJson(body: string): DocNode {
  try {
    const doc = JSON.parse(body) as DocNode;
    return doc && doc.type === 'doc' && Array.isArray(doc.content) ? doc : EMPTY_DOC;
  } catch {
    return EMPTY_DOC;
  }
}

/** Statuses that have been, or are about to be, public: their published_at is a publication time. */
const HAS_PUBLICATION = new Set(['published', 'scheduled', 'unpublished']);

export async function toNewsroomArticles(db: Db, rows: ArticleRow[], now: number): Promise<NewsroomArticle[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const storyIds = [...new Set(rows.map((r) => r.story_id))];
  const userIds = [...new Set(rows.flatMap((r) => [r.created_by, r.updated_by]).filter((x): x is number => x != null))];

  const [tagRows, authorRows, siblings, users] = await Promise.all([
    db
      .selectFrom('article_tags as at')
      .innerJoin('articles as a', 'a.id', 'at.article_id')
      .innerJoin('tag_i18n as t', (j) => j.onRef('t.tag_id', '=', 'at.tag_id').onRef('t.lang', '=', 'a.lang'))
      .where('at.article_id', 'in', ids)
      .select(['at.article_id', 't.name'])
      .orderBy('at.article_id')
      .orderBy('at.position')
      .execute(),
    db.selectFrom('article_authors').where('article_id', 'in', ids).select(['article_id', 'author_id']).orderBy('article_id').orderBy('position').execute(),
    db.selectFrom('articles').where('story_id', 'in', storyIds).select(['id', 'story_id', 'lang', 'status', 'headline']).orderBy('id').execute(),
    userIds.length ? db.selectFrom('users').where('id', 'in', userIds).select(['id', 'name']).execute() : Promise.resolve([]),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));

  return rows.map((raw) => {
    const r = normalizeRow(raw);
    const published = r.status === 'published' && r.published_at != null && r.published_at <= now;
    return {
      id: r.id,
      storyId: r.story_id,
      lang: r.lang as Lang,
      status: r.status,
      version: r.version,
      headline: r.headline,
      lead: r.lead,
      body: parseBodyJson(r.body),
      slug: r.slug,
      rubricId: r.rubric_id,
      tags: tagRows.filter((t) => t.article_id === r.id).map((t) => t.name),
      authorIds: authorRows.filter((a) => a.article_id === r.id).map((a) => a.author_id),
      sourceName: r.source_name,
      sourceUrl: r.source_url,
      datelinePlace: r.dateline_place,
      coverImageId: r.cover_image_id,
      coverCaption: r.cover_caption,
      coverAlt: r.cover_alt,
      isBreaking: Boolean(r.is_breaking),
      isPinned: Boolean(r.is_pinned),
      publishAt: r.published_at,
      publishedAt: HAS_PUBLICATION.has(r.status) || (r.status === 'trashed' && r.status_before_trash != null && HAS_PUBLICATION.has(r.status_before_trash)) ? r.published_at : null,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      createdBy: r.created_by,
      createdByName: r.created_by == null ? null : (userName.get(r.created_by) ?? null),
      updatedByName: r.updated_by == null ? null : (userName.get(r.updated_by) ?? null),
      trashedAt: r.trashed_at,
      translations: siblings
        .filter((s) => s.story_id === r.story_id && s.id !== r.id)
        .map((s) => ({ id: s.id, lang: s.lang as Lang, status: s.status, headline: s.headline })),
      publicPath: published ? articlePath(r) : null,
    };
  });
}

export async function readArticle(db: Db, id: number, now: number): Promise<NewsroomArticle> {
  const row = await loadRow(db, id);
  return (await toNewsroomArticles(db, [row], now))[0];
}
