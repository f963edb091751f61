// What every writer of article content shares (create, save, translate, restore a revision): the
// article columns, the search columns, tags (unknown names become tags in that language), bylines
// and the revision row.
import type { Transaction } from 'kysely';
import { articleSearchColumns } from '../../../domain/search/index.js';
import { slugify } from '../../../i18n/slug.js';
import type { Database } from '../../../store/schema.js';
import type { ArticleInput } from '../contract.js';
import { audit } from '../../audit/log.js';
import { actorRef, type Actor } from './common.js';

export type Trx = Transaction<Database>;

export type RevisionKind = 'create' | 'translate' | 'save' | 'autosave' | 'restore';

/** Everything but headline, lead and body, as kept in article_revisions.meta (JSON). */
export interface RevisionMeta {
  kind: RevisionKind;
  /** autosave: when this user's current run of autosaves began (see save.ts) */
  firstAt?: number;
  /** restore: the revision whose content was brought back */
  restoredFrom?: number;
  slug: string;
  rubricId: number | null;
  tags: string[];
  authorIds: number[];
  sourceName: string | null;
  sourceUrl: string | null;
  datelinePlace: string | null;
  coverImageId: number | null;
  coverCaption: string | null;
  coverAlt: string | null;
  isBreaking: boolean;
  isPinned: boolean;
  publishAt: number | null;
}

/** The articles columns an input sets (not status, times or version). */
export function contentColumns(lang: string, input: ArticleInput) {
  const body = JSON.stringify(input.body);
  return {
    headline: input.headline,
    lead: input.lead,
    body,
    slug: input.slug,
    rubric_id: input.rubricId,
    dateline_place: input.datelinePlace,
    source_name: input.sourceName,
    source_url: input.sourceUrl,
    cover_image_id: input.coverImageId,
    cover_caption: input.coverCaption,
    cover_alt: input.coverAlt,
    is_breaking: input.isBreaking ? 1 : 0,
    is_pinned: input.isPinned ? 1 : 0,
    ...articleSearchColumns({ lang, headline: input.headline, lead: input.lead, body }),
  };
}

/**
 * Tag ids for names in a language, in order. A name matches an existing tag by its exact name or,
 * failing that, by its slug ("Bishkek" and "bishkek" are one tag); unknown names create a tag with a
 * slug unique in that language.
 */
export async function resolveTags(trx: Trx, lang: string, names: string[], now: number): Promise<number[]> {
  if (!names.length) return [];
  const existing = await trx.selectFrom('tag_i18n').where('lang', '=', lang).where((eb) => eb.or([eb('name', 'in', names), eb('slug', 'in', names.map((n) => slugify(n, 60)))])).select(['tag_id', 'name', 'slug']).execute();
  const ids: number[] = [];
  for (const name of names) {
    const slug = slugify(name, 60);
    const hit = existing.find((t) => t.name === name) ?? existing.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? existing.find((t) => t.slug === slug);
    if (hit) {
      ids.push(hit.tag_id);
      continue;
    }
    let unique = slug;
    for (let n = 2; await trx.selectFrom('tag_i18n').where('lang', '=', lang).where('slug', '=', unique).select('tag_id').executeTakeFirst(); n++) unique = `${slug}-${n}`;
    const tag = await trx.insertInto('tags').values({ created_at: now }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('tag_i18n').values({ tag_id: tag.id, lang, name, slug: unique }).execute();
    existing.push({ tag_id: tag.id, name, slug: unique });
    ids.push(tag.id);
  }
  return [...new Set(ids)];
}

/** Replaces the article's tags and bylines. */
export async function writeRelations(trx: Trx, articleId: number, lang: string, input: Pick<ArticleInput, 'tags' | 'authorIds'>, now: number): Promise<void> {
  const tagIds = await resolveTags(trx, lang, input.tags, now);
  await trx.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  if (tagIds.length) await trx.insertInto('article_tags').values(tagIds.map((tag_id, position) => ({ article_id: articleId, tag_id, position }))).execute();
  await trx.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
  if (input.authorIds.length) await trx.insertInto('article_authors').values(input.authorIds.map((author_id, position) => ({ article_id: articleId, author_id, position }))).execute();
}

export function revisionMeta(input: ArticleInput, kind: RevisionKind, extra: Partial<RevisionMeta> = {}): RevisionMeta {
  return {
    kind,
    ...extra,
    slug: input.slug,
    rubricId: input.rubricId,
    tags: input.tags,
    authorIds: input.authorIds,
    sourceName: input.sourceName,
    sourceUrl: input.sourceUrl,
    datelinePlace: input.datelinePlace,
    coverImageId: input.coverImageId,
    coverCaption: input.coverCaption,
    coverAlt: input.coverAlt,
    isBreaking: input.isBreaking,
    isPinned: input.isPinned,
    publishAt: input.publishAt,
  };
}

export function parseMeta(json: string): Partial<RevisionMeta> {
  try {
    const meta = JSON.parse(json);
    return meta && typeof meta === 'object' ? meta : {};
  } catch {
    return {};
  }
}

export async function insertRevision(trx: Trx, r: { articleId: number; version: number; input: ArticleInput; meta: RevisionMeta; actor: Actor | null; now: number }): Promise<number> {
  const row = await trx
    .insertInto('article_revisions')
    .values({
      article_id: r.articleId,
      version: r.version,
      headline: r.input.headline,
      lead: r.input.lead,
      body: JSON.stringify(r.input.body),
      meta: JSON.stringify(r.meta),
      user_id: r.actor?.id ?? null,
      user_name: r.actor?.name ?? null,
      created_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A new draft (version 1) of a story in one language, with its tags, bylines, first revision and
 * audit entry: what creating a story and starting a translation share.
 */
export async function insertDraft(
  trx: Trx,
  d: { storyId: number; lang: string; input: ArticleInput; actor: Actor; now: number; kind: 'create' | 'translate'; details: Record<string, unknown> },
): Promise<number> {
  const { input, actor, now, lang } = d;
  const { id } = await trx
    .insertInto('articles')
    .values({
      story_id: d.storyId,
      lang,
      ...contentColumns(lang, input),
      status: 'draft',
      view_count: 0,
      published_at: input.publishAt,
      updated_at: now,
      created_at: now,
      version: 1,
      created_by: actor.id,
      updated_by: actor.id,
      trashed_at: null,
      status_before_trash: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeRelations(trx, id, lang, input, now);
  await insertRevision(trx, { articleId: id, version: 1, input, meta: revisionMeta(input, d.kind), actor, now });
  await audit(trx, { user: actorRef(actor), action: 'article.create', articleId: id, target: input.headline.slice(0, 200), details: d.details, at: now });
  return id;
}
