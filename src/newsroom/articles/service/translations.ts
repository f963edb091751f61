// Translations: a story exists once per language (articles.story_id + lang is unique). Translating
// creates the missing language as a draft in the same story, prefilled from the original so the
// translator works over the text in place: headline, lead, body, rubric, cover image with its caption
// and alt text, source, dateline, bylines, and the tags that have a name in the target language.
import { sql } from 'kysely';
import { slugify } from '../../../i18n/slug.js';
import type { Lang } from '../../../domain/lang.js';
import { can } from '../../auth/roles.js';
import type { NewsroomDeps } from '../../deps.js';
import type { ArticleInput, NewsroomArticle, TranslationQueuePage } from '../contract.js';
import { conflict, forbidden, loadRow, STATUS_WORDS, type Actor } from './common.js';
import { checkLang } from './create.js';
import { parseBodyJson, readArticle } from './read.js';
import { insertDraft } from './write.js';

export async function translateArticle(deps: NewsroomDeps, actor: Actor, sourceId: number, langRaw: unknown): Promise<NewsroomArticle> {
  const db = deps.store.db;
  const source = await loadRow(db, sourceId);
  if (!can(actor.role, 'article.translate')) throw forbidden('Your role does not allow translating articles.');
  if (source.status === 'trashed') throw conflict('This article is in the trash. Restore it before translating it.');
  const lang = checkLang(deps, langRaw);
  const now = deps.now();

  const existingMessage = (e: { id: number; status: string }) =>
    e.status === 'trashed'
      ? `This story already has a ${lang} version (article ${e.id}), in the trash. Restore it instead of starting another.`
      : `This story already has a ${lang} version: article ${e.id} (${STATUS_WORDS[e.status]}).`;

  const result = await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('articles').where('story_id', '=', source.story_id).where('lang', '=', lang).select(['id', 'status']).executeTakeFirst();
    if (existing) return { existing };
    // Tags are shared across languages (tag_i18n): keep those named in the target language.
    const tags = await trx
      .selectFrom('article_tags as at')
      .innerJoin('tag_i18n as t', (j) => j.onRef('t.tag_id', '=', 'at.tag_id').on('t.lang', '=', lang))
      .where('at.article_id', '=', source.id)
      .select('t.name')
      .orderBy('at.position')
      .execute();
    const authors = await trx.selectFrom('article_authors').where('article_id', '=', source.id).select('author_id').orderBy('position').execute();
    const input: ArticleInput = {
      headline: source.headline,
      lead: source.lead,
      body: parseBodyJson(source.body),
      slug: slugify(source.headline, 80),
      rubricId: source.rubric_id,
      tags: tags.map((t) => t.name),
      authorIds: authors.length ? authors.map((a) => a.author_id) : actor.authorId != null ? [actor.authorId] : [],
      sourceName: source.source_name,
      sourceUrl: source.source_url,
      datelinePlace: source.dateline_place,
      coverImageId: source.cover_image_id,
      coverCaption: source.cover_caption,
      coverAlt: source.cover_alt,
      isBreaking: false,
      isPinned: false,
      publishAt: null,
    };
    const id = await insertDraft(trx, { storyId: source.story_id, lang, input, actor, now, kind: 'translate', details: { lang, translationOf: source.id } });
    return { id };
  });
  if ('existing' in result && result.existing) {
    throw conflict(existingMessage(result.existing), { lang: existingMessage(result.existing), existingId: String(result.existing.id) });
  }
  return readArticle(db, (result as { id: number }).id, now);
}

/**
 * Stories waiting for a translation into `lang`: published in another language, with no article in
 * `lang` yet (a trashed one does not count). Newest publication first; each names the newest
 * published original to translate from.
 */
export async function translationQueue(deps: NewsroomDeps, langRaw: unknown, opts: { limit?: number; page?: number } = {}): Promise<TranslationQueuePage> {
  const lang = checkLang(deps, langRaw);
  const db = deps.store.db;
  const now = deps.now();
  const pageSize = Math.min(200, Math.max(1, Math.floor(opts.limit ?? 50)));
  const page = Math.max(1, Math.min(100_000, Math.floor(opts.page ?? 1)));
  const others = deps.config.langs.filter((l) => l !== lang);
  if (!others.length) return { items: [], total: 0, page, pageSize };

  const base = db
    .selectFrom('articles as a')
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', now)
    .where('a.lang', 'in', others)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('articles as b').select('b.id').whereRef('b.story_id', '=', 'a.story_id').where('b.lang', '=', lang).where('b.status', '!=', 'trashed'))),
    );
  const totalRow = await base.select(sql<number>`count(distinct a.story_id)`.as('n')).executeTakeFirstOrThrow();
  const stories = await base
    .select(['a.story_id', (eb) => eb.fn.max('a.published_at').as('latest')])
    .groupBy('a.story_id')
    .orderBy('latest', 'desc')
    .orderBy('a.story_id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  if (!stories.length) return { items: [], total: Number(totalRow.n), page, pageSize };
  const sources = await base
    .where(
      'a.story_id',
      'in',
      stories.map((s) => s.story_id),
    )
    .select(['a.id', 'a.story_id', 'a.lang', 'a.headline', 'a.published_at', 'a.status'])
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  // A version in the trash blocks a new one (one article per story and language): say so in the queue.
  const trashed = await db
    .selectFrom('articles')
    .where('story_id', 'in', stories.map((s) => s.story_id))
    .where('lang', '=', lang)
    .where('status', '=', 'trashed')
    .select(['id', 'story_id'])
    .execute();
  const items = stories.map((s) => {
    const src = sources.find((x) => x.story_id === s.story_id)!;
    return {
      storyId: s.story_id,
      lang: lang as Lang,
      trashedId: trashed.find((t) => t.story_id === s.story_id)?.id ?? null,
      source: { id: src.id, lang: src.lang as Lang, headline: src.headline, publishedAt: src.published_at == null ? null : Number(src.published_at), status: src.status },
    };
  });
  return { items, total: Number(totalRow.n), page, pageSize };
}
