// Read side of articles for the public site: only published articles whose time has come.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { ArticleFull, ArticleSummary, AuthorRef, HeadlineRef, ImageRef, TagRef, TranslationRef } from '../domain/article.js';
import type { DocNode } from '../domain/document/types.js';
import { bodyImageSrcs, libraryFileCandidates, mediaFileOfSrc } from '../domain/media-files.js';
import type { Lang } from '../domain/lang.js';
import { listingCount } from './listings.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** A summary's columns with their joins, unfiltered (paged lists pick their rows by id). */
function summaryColumns(db: Db, lang: string) {
  return db
    .selectFrom('articles as a')
    .leftJoin('rubric_i18n as r', (j) => j.onRef('r.rubric_id', '=', 'a.rubric_id').on('r.lang', '=', lang))
    .leftJoin('images as i', 'i.id', 'a.cover_image_id')
    .select([
      'a.id', 'a.story_id', 'a.lang', 'a.slug', 'a.headline', 'a.lead', 'a.published_at', 'a.updated_at',
      'a.is_breaking', 'a.is_pinned', 'a.view_count', 'a.rubric_id', 'a.cover_alt',
      'r.name as rubric_name', 'r.slug as rubric_slug',
      'i.id as image_id', 'i.file as image_file', 'i.width as image_width', 'i.height as image_height',
      'i.mime as image_mime', 'i.credit as image_credit', 'i.variants as image_variants',
    ]);
}

function summaryQuery(db: Db, lang: string, now: number) {
  return summaryColumns(db, lang).where('a.lang', '=', lang).where('a.status', '=', 'published').where('a.published_at', '<=', now);
}

/** Only what a headline link needs: no joins, no JSON to parse (feeds and related lists). */
function headlineQuery(db: Db, lang: string, now: number) {
  return db
    .selectFrom('articles as a')
    .where('a.lang', '=', lang)
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', now)
    .select(['a.id', 'a.story_id', 'a.lang', 'a.slug', 'a.headline', 'a.published_at', 'a.is_breaking']);
}

type HeadlineRow = Awaited<ReturnType<ReturnType<typeof headlineQuery>['executeTakeFirstOrThrow']>>;

function toHeadline(row: HeadlineRow): HeadlineRef {
  return {
    id: row.id,
    storyId: row.story_id,
    lang: row.lang as Lang,
    slug: row.slug,
    headline: row.headline,
    publishedAt: Number(row.published_at),
    isBreaking: Boolean(row.is_breaking),
  };
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toImage(row: Pick<SummaryRow, 'image_id' | 'image_file' | 'image_width' | 'image_height' | 'image_mime' | 'image_credit' | 'image_variants'>): ImageRef | null {
  if (row.image_id == null || !row.image_file) return null;
  return {
    id: row.image_id,
    file: row.image_file,
    width: row.image_width!,
    height: row.image_height!,
    mime: row.image_mime!,
    credit: row.image_credit ?? null,
    variants: row.image_variants ? JSON.parse(row.image_variants) : [],
  };
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    storyId: row.story_id,
    lang: row.lang as Lang,
    slug: row.slug,
    headline: row.headline,
    lead: row.lead,
    publishedAt: Number(row.published_at),
    updatedAt: Number(row.updated_at),
    isBreaking: Boolean(row.is_breaking),
    isPinned: Boolean(row.is_pinned),
    viewCount: row.view_count,
    rubric: row.rubric_id != null && row.rubric_name ? { id: row.rubric_id, name: row.rubric_name, slug: row.rubric_slug! } : null,
    cover: toImage(row),
    coverAlt: row.cover_alt,
  };
}

/** What a syndication feed needs of an article: the summary, the body, authors and tags. */
export interface FeedArticle extends ArticleSummary {
  body: DocNode;
  authors: AuthorRef[];
  tags: TagRef[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * One page of a list, newest first, and the list's size. The page's ids come from an index alone (a
 * deferred join: OFFSET steps over index entries, not over article rows read and joined), and the size
 * from listing_counts, kept at publishing (migration 009) — counting the list at every request grew
 * with the archive (1.8 ms for a rubric, 54 ms for a common tag at a million articles).
 */
async function paged(db: Db, lang: string, ids: SelectQueryBuilder<any, any, { id: number }>, total: Promise<number>): Promise<Page<ArticleSummary>> {
  const [rows, n] = await Promise.all([
    summaryColumns(db, lang).where('a.id', 'in', ids).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').execute(),
    total,
  ]);
  return { items: rows.map(toSummary), total: n };
}

/**
 * A page of a tag's or an author's articles: one range of the link table's (key, lang, listed_at)
 * index, whatever the size of the list (before: every article of the tag probed and sorted, 57 ms
 * for a tag on 154 000 articles at a million).
 */
function linkedIds(db: Db, link: 'tag' | 'author', keyId: number, lang: string, now: number, limit: number, offset: number) {
  const q = link === 'tag' ? db.selectFrom('article_tags as l').where('l.tag_id', '=', keyId) : db.selectFrom('article_authors as l').where('l.author_id', '=', keyId);
  return q
    .where('l.lang', '=', lang)
    .where('l.listed_at', '<=', now)
    .orderBy('l.listed_at', 'desc')
    .orderBy('l.article_id', 'desc')
    .limit(limit)
    .offset(offset)
    .select('l.article_id as id');
}

export class ArticleReader {
  constructor(private readonly db: Db) {}

  async latest(lang: Lang, now: number, limit: number, offset = 0): Promise<ArticleSummary[]> {
    const rows = await summaryQuery(this.db, lang, now).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(limit).offset(offset).execute();
    return rows.map(toSummary);
  }

  /** Published in [from, to), newest first: the day feed and day archive. */
  async between(lang: Lang, from: number, to: number, now: number, limit = 500): Promise<ArticleSummary[]> {
    const rows = await summaryQuery(this.db, lang, now)
      .where('a.published_at', '>=', from)
      .where('a.published_at', '<', to)
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toSummary);
  }

  /** Headlines published in [from, to), newest first: the news feed beside every page. */
  async headlinesBetween(lang: Lang, from: number, to: number, now: number, limit: number): Promise<HeadlineRef[]> {
    const rows = await headlineQuery(this.db, lang, now)
      .where('a.published_at', '>=', from)
      .where('a.published_at', '<', to)
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toHeadline);
  }

  /** The newest publishing time at or before `before` (to find the latest day that has news). */
  async latestPublishedAt(lang: Lang, now: number): Promise<number | null> {
    const row = await this.db
      .selectFrom('articles')
      .where('lang', '=', lang)
      .where('status', '=', 'published')
      .where('published_at', '<=', now)
      .select((eb) => eb.fn.max('published_at').as('t'))
      .executeTakeFirst();
    return row?.t != null ? Number(row.t) : null;
  }

  /**
   * The pinned top story. The few pinned articles are found in the partial index articles_pinned first,
   * then the newest published one of them is read. Asked in one query, SQLite never used that index
   * (a bound `is_pinned = ?` cannot prove the index's `is_pinned = 1`, and with `status` in the WHERE
   * it prefers the (lang, status, published_at) index anyway) and read every article published since
   * the pinned one: 0.6–3.9 s per home page at a million articles when a language had none pinned.
   */
  async pinned(lang: Lang, now: number): Promise<ArticleSummary | null> {
    const candidates = await this.db
      .selectFrom('articles')
      .where('lang', '=', lang)
      .where(sql<boolean>`is_pinned = 1`)
      .where('published_at', '<=', now)
      .orderBy('published_at', 'desc')
      .limit(20)
      .select('id')
      .execute();
    if (!candidates.length) return null;
    const row = await summaryQuery(this.db, lang, now)
      .where('a.id', 'in', candidates.map((c) => c.id))
      .where(sql<boolean>`a.is_pinned = 1`)
      .orderBy('a.published_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toSummary(row) : null;
  }

  /** Breaking items still fresh enough to flag on the home page. */
  async breaking(lang: Lang, now: number, since: number): Promise<ArticleSummary[]> {
    const rows = await summaryQuery(this.db, lang, now)
      .where('a.is_breaking', '=', 1)
      .where('a.published_at', '>=', since)
      .orderBy('a.published_at', 'desc')
      .limit(3)
      .execute();
    return rows.map(toSummary);
  }

  /** Summaries of these ids in their order, leaving out any not published (or not yet) in `lang`. */
  async summariesOf(lang: Lang, ids: number[], now: number): Promise<ArticleSummary[]> {
    if (!ids.length) return [];
    const rows = await summaryQuery(this.db, lang, now).where('a.id', 'in', ids).execute();
    const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The newest stories of a rubric (home page blocks): no count, one index range. */
  async latestInRubric(lang: Lang, rubricId: number, now: number, limit: number): Promise<ArticleSummary[]> {
    const rows = await summaryQuery(this.db, lang, now).where('a.rubric_id', '=', rubricId).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
    return rows.map(toSummary);
  }

  async byRubric(lang: Lang, rubricId: number, now: number, limit: number, offset: number): Promise<Page<ArticleSummary>> {
    const ids = this.db
      .selectFrom('articles as a')
      .where('a.rubric_id', '=', rubricId)
      .where('a.lang', '=', lang)
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', now)
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit)
      .offset(offset)
      .select('a.id');
    return paged(this.db, lang, ids, listingCount(this.db, 'rubric', rubricId, lang));
  }

  async byTag(lang: Lang, tagId: number, now: number, limit: number, offset: number): Promise<Page<ArticleSummary>> {
    return paged(this.db, lang, linkedIds(this.db, 'tag', tagId, lang, now, limit, offset), listingCount(this.db, 'tag', tagId, lang));
  }

  async byAuthor(lang: Lang, authorId: number, now: number, limit: number, offset: number): Promise<Page<ArticleSummary>> {
    return paged(this.db, lang, linkedIds(this.db, 'author', authorId, lang, now, limit, offset), listingCount(this.db, 'author', authorId, lang));
  }

  /**
   * The newest published articles with body, authors and tags, for syndication feeds: of a language,
   * or only of a rubric or a tag. Three queries whatever the limit (authors and tags in one batch each).
   */
  async forFeed(lang: Lang, now: number, limit: number, scope: { rubricId?: number; tagId?: number } = {}): Promise<FeedArticle[]> {
    let q = summaryQuery(this.db, lang, now).select('a.body');
    if (scope.rubricId != null) q = q.where('a.rubric_id', '=', scope.rubricId);
    if (scope.tagId != null) q = q.where('a.id', 'in', linkedIds(this.db, 'tag', scope.tagId, lang, now, limit, 0));
    const rows = await q.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [authorRows, tagRows] = await Promise.all([
      this.db
        .selectFrom('article_authors as aa')
        .innerJoin('authors as au', 'au.id', 'aa.author_id')
        .innerJoin('author_i18n as n', (j) => j.onRef('n.author_id', '=', 'au.id').on('n.lang', '=', lang))
        .where('aa.article_id', 'in', ids)
        .orderBy('aa.article_id')
        .orderBy('aa.position')
        .select(['aa.article_id', 'au.id', 'au.slug', 'n.name'])
        .execute(),
      this.db
        .selectFrom('article_tags as at')
        .innerJoin('tag_i18n as t', (j) => j.onRef('t.tag_id', '=', 'at.tag_id').on('t.lang', '=', lang))
        .where('at.article_id', 'in', ids)
        .orderBy('at.article_id')
        .orderBy('at.position')
        .select(['at.article_id', 't.tag_id as id', 't.name', 't.slug'])
        .execute(),
    ]);
    const authors = new Map<number, AuthorRef[]>();
    for (const { article_id, ...a } of authorRows) authors.set(article_id, [...(authors.get(article_id) ?? []), a]);
    const tags = new Map<number, TagRef[]>();
    for (const { article_id, ...t } of tagRows) tags.set(article_id, [...(tags.get(article_id) ?? []), t]);
    return rows.map((row) => ({
      ...toSummary(row),
      body: JSON.parse(row.body) as DocNode,
      authors: authors.get(row.id) ?? [],
      tags: tags.get(row.id) ?? [],
    }));
  }

  /** Where an article lives (any status), to redirect short links and wrong slugs. */
  async locate(id: number): Promise<{ id: number; lang: Lang; slug: string; status: string; publishedAt: number | null } | null> {
    const row = await this.db.selectFrom('articles').where('id', '=', id).select(['id', 'lang', 'slug', 'status', 'published_at']).executeTakeFirst();
    return row ? { id: row.id, lang: row.lang as Lang, slug: row.slug, status: row.status, publishedAt: row.published_at == null ? null : Number(row.published_at) } : null;
  }

  async full(id: number, lang: Lang, now: number): Promise<ArticleFull | null> {
    const row = await summaryQuery(this.db, lang, now)
      .where('a.id', '=', id)
      .select(['a.body', 'a.dateline_place', 'a.source_name', 'a.source_url', 'a.cover_caption'])
      .executeTakeFirst();
    if (!row) return null;
    const body = JSON.parse(row.body) as DocNode;
    const [authors, tags, translations, bodyImages] = await Promise.all([
      this.authorsOf(id, lang),
      this.tagsOf(id, lang),
      this.translationsOf(row.story_id, id, now),
      this.libraryImages(bodyImageSrcs(body)),
    ]);
    return {
      ...toSummary(row),
      body,
      bodyImages,
      datelinePlace: row.dateline_place,
      sourceName: row.source_name,
      sourceUrl: row.source_url,
      coverCaption: row.cover_caption,
      authors,
      tags,
      translations,
    };
  }

  /** The library images behind these /media/ paths (originals or renditions), in one query. */
  async libraryImages(srcs: string[]): Promise<ImageRef[]> {
    const files = new Set<string>();
    for (const src of srcs) {
      const file = mediaFileOfSrc(src);
      if (file) for (const candidate of libraryFileCandidates(file)) files.add(candidate);
    }
    if (!files.size) return [];
    const rows = await this.db
      .selectFrom('images as i')
      .where('i.file', 'in', [...files])
      .select(['i.id as image_id', 'i.file as image_file', 'i.width as image_width', 'i.height as image_height', 'i.mime as image_mime', 'i.credit as image_credit', 'i.variants as image_variants', 'i.alt'])
      .execute();
    return rows.map((r) => ({ ...toImage(r)!, alt: r.alt })).filter((img) => img.file);
  }

  async authorsOf(articleId: number, lang: Lang): Promise<AuthorRef[]> {
    const rows = await this.db
      .selectFrom('article_authors as aa')
      .innerJoin('authors as au', 'au.id', 'aa.author_id')
      .innerJoin('author_i18n as n', (j) => j.onRef('n.author_id', '=', 'au.id').on('n.lang', '=', lang))
      .where('aa.article_id', '=', articleId)
      .orderBy('aa.position')
      .select(['au.id', 'au.slug', 'n.name'])
      .execute();
    return rows;
  }

  async tagsOf(articleId: number, lang: Lang): Promise<TagRef[]> {
    return this.db
      .selectFrom('article_tags as at')
      .innerJoin('tag_i18n as t', (j) => j.onRef('t.tag_id', '=', 'at.tag_id').on('t.lang', '=', lang))
      .where('at.article_id', '=', articleId)
      .orderBy('at.position')
      .select(['t.tag_id as id', 't.name', 't.slug'])
      .execute();
  }

  /**
   * The same story in the other languages (published only). Only `story_id` goes into SQL, so that the
   * unique (story_id, lang) index reads the story's two or three rows; status and time are checked
   * here. With them in the WHERE, SQLite (no ANALYZE statistics) chose articles_status_published and
   * read every published article: 2 s per article page at 100 000 articles (docs/benchmarks.md).
   */
  async translationsOf(storyId: number, exceptId: number, now: number): Promise<TranslationRef[]> {
    const rows = await this.db
      .selectFrom('articles')
      .where('story_id', '=', storyId)
      .select(['id', 'lang', 'slug', 'headline', 'status', 'published_at'])
      .execute();
    return rows
      .filter((r) => r.id !== exceptId && r.status === 'published' && r.published_at != null && Number(r.published_at) <= now)
      .map((r) => ({ id: r.id, lang: r.lang as Lang, slug: r.slug, headline: r.headline }));
  }
}
