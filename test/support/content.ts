// Finds demo articles with given traits, so tests do not hard-code ids.
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';
import { TEST_NOW } from './constants.js';

export async function publishedArticle(db: Kysely<Database>, lang: string, opts: { translated?: boolean; withSource?: boolean; withCover?: boolean } = {}) {
  let q = db
    .selectFrom('articles as a')
    .where('a.lang', '=', lang)
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', TEST_NOW)
    .selectAll('a')
    .orderBy('a.published_at', 'desc');
  if (opts.translated) {
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('articles as t').whereRef('t.story_id', '=', 'a.story_id').whereRef('t.id', '!=', 'a.id').where('t.status', '=', 'published').where('t.published_at', '<=', TEST_NOW).select('t.id')),
    );
  }
  if (opts.withSource) q = q.where('a.source_name', 'is not', null);
  if (opts.withCover) q = q.where('a.cover_image_id', 'is not', null);
  return q.executeTakeFirstOrThrow();
}

export async function translationsOf(db: Kysely<Database>, storyId: number, exceptId: number) {
  return db.selectFrom('articles').where('story_id', '=', storyId).where('id', '!=', exceptId).where('status', '=', 'published').selectAll().execute();
}

type ArticleRow = Awaited<ReturnType<typeof publishedArticle>>;

/**
 * Inserts a copy of `model` as a new story's article, straight into the store (no newsroom, nothing
 * announced), with `changes` applied; `slug` and `headline` may use the new story's id. Returns its id.
 */
export async function insertCopy(
  db: Kysely<Database>,
  model: ArticleRow,
  changes: (storyId: number) => Partial<Omit<ArticleRow, 'id' | 'version' | 'story_id'>>,
  createdAt = TEST_NOW,
): Promise<number> {
  const { id: storyId } = await db.insertInto('stories').values({ created_at: createdAt }).returning('id').executeTakeFirstOrThrow();
  const { id: _id, version: _v, ...rest } = model;
  const { id } = await db.insertInto('articles').values({ ...rest, ...changes(storyId), story_id: storyId }).returning('id').executeTakeFirstOrThrow();
  return id;
}
