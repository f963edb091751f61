// Read side of articles for the public site: only published articles whose time has come.
import { sql, type Kysely } from 'kysely';
import type { ArticleFull, ArticleSummary, AuthorRef, HeadlineRef, ImageRef, TagRef, TranslationRef } from '../domain/article.js';
import type { DocNode } from '../domain/document/types.js';
import { bodyImageSrcs, libraryFileCandidates, mediaFileOfSrc } from '../domain/media-files.js';
import type { Lang } from '../domain/lang.js';
import { headlineQuery, summaryQuery, publishedIds, toHeadline, toImage, toSummary, visibleArticles } from './article-rows.js';
import { listingCount } from './listings.js';
import { preparedQuery } from './prepared.js';
import type { Database } from './schema.js';
import type { SummaryCache } from './summary-cache.js';

type Db = Kysely<Database>;

/** breaking items read to show at most three (a few flagged drafts or unpublished ones are skipped) */
const BREAKING_CANDIDATES = 10;

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
  // The ids of the lists reader pages show, newest first: index ranges, built and compiled once.
  private readonly latestIds;
  private readonly rubricIds;
  private readonly breakingIds;
  // An article page's own queries, likewise.
  private readonly locateQuery;
  private readonly fullQuery;
  private readonly authorsQuery;
  private readonly tagsQuery;
  private readonly storyQuery;

  /**
   * @param summaries where list summaries are kept between pages (the site passes one; without it every
   * list reads its summaries from the database)
   */
  constructor(
    private readonly db: Db,
    private readonly summaries: SummaryCache | null = null,
  ) {
    this.latestIds = preparedQuery(db, (v: { lang: string; now: number; limit: number; offset: number }) => publishedIds(db, v.lang, v.now).limit(v.limit).offset(v.offset));
    this.rubricIds = preparedQuery(db, (v: { lang: string; rubricId: number; now: number; limit: number; offset: number }) =>
      publishedIds(db, v.lang, v.now).where('a.rubric_id', '=', v.rubricId).limit(v.limit).offset(v.offset),
    );
    // Candidates from the partial index articles_breaking: with the status in the WHERE, or the flag as a
    // bound value, SQLite walked every article of the language of the last day instead (176 µs at 1M).
    this.breakingIds = preparedQuery(db, (v: { lang: string; now: number; since: number }) =>
      db
        .selectFrom('articles as a')
        .where('a.lang', '=', v.lang)
        .where(sql<boolean>`a.is_breaking = 1`)
        .where('a.published_at', '>=', v.since)
        .where('a.published_at', '<=', v.now)
        .orderBy('a.published_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(BREAKING_CANDIDATES)
        .select('a.id'),
    );
    this.locateQuery = preparedQuery(db, (v: { id: number }) => db.selectFrom('articles').where('id', '=', v.id).select(['id', 'lang', 'slug', 'status', 'published_at']));
    this.fullQuery = preparedQuery(db, (v: { id: number; lang: string; now: number }) =>
      visibleArticles(db, v.lang, v.now).where('a.id', '=', v.id).select(['a.body', 'a.dateline_place', 'a.source_name', 'a.source_url', 'a.cover_caption']),
    );
    this.authorsQuery = preparedQuery(db, (v: { articleId: number; lang: string }) =>
      db
        .selectFrom('article_authors as aa')
        .innerJoin('authors as au', 'au.id', 'aa.author_id')
        .innerJoin('author_i18n as n', (j) => j.onRef('n.author_id', '=', 'au.id').on('n.lang', '=', v.lang))
        .where('aa.article_id', '=', v.articleId)
        .orderBy('aa.position')
        .select(['au.id', 'au.slug', 'n.name']),
    );
    this.tagsQuery = preparedQuery(db, (v: { articleId: number; lang: string }) =>
      db
        .selectFrom('article_tags as at')
        .innerJoin('tag_i18n as t', (j) => j.onRef('t.tag_id', '=', 'at.tag_id').on('t.lang', '=', v.lang))
        .where('at.article_id', '=', v.articleId)
        .orderBy('at.position')
        .select(['t.tag_id as id', 't.name', 't.slug']),
    );
    this.storyQuery = preparedQuery(db, (v: { storyId: number }) =>
      db.selectFrom('articles').where('story_id', '=', v.storyId).select(['id', 'lang', 'slug', 'headline', 'status', 'published_at']),
    );
  }

  async latest(lang: Lang, now: number, limit: number, offset = 0): Promise<ArticleSummary[]> {
    const rows = await this.latestIds({ lang, now, limit, offset });
    return this.summariesOfRows(lang, rows, now);
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
    const row = await visibleArticles(this.db, lang, now)
      .select((eb) => eb.fn.max('a.published_at').as('t'))
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
    // in the candidates' order: newest first
    const pinned = (await this.summariesOfRows(lang, candidates, now)).filter((a) => a.isPinned);
    return pinned[0] ?? null;
  }

  /** Breaking items still fresh enough to flag on the home page. */
  async breaking(lang: Lang, now: number, since: number): Promise<ArticleSummary[]> {
    const rows = await this.breakingIds({ lang, now, since });
    // summariesOf leaves out what is not published (the index does not know the status)
    return (await this.summariesOfRows(lang, rows, now)).filter((a) => a.isBreaking).slice(0, 3);
  }

  /** Summaries of an id query's rows, in their order. */
  private summariesOfRows(lang: Lang, rows: { id: number }[], now: number): Promise<ArticleSummary[]> {
    return this.summariesOf(lang, rows.map((r) => r.id), now);
  }

  /**
   * Summaries of these ids in their order, leaving out any not published (or not yet) in `lang`: from
   * the summary cache when the site has one, the others in one query (and kept for the next page).
   */
  async summariesOf(lang: Lang, ids: number[], now: number): Promise<ArticleSummary[]> {
    if (!ids.length) return [];
    const found = new Map<number, ArticleSummary>();
    const missing: number[] = [];
    for (const id of ids) {
      const hit = this.summaries?.get(id, now);
      // a cached summary was published when read; one unpublished since was dropped by the change
      if (hit && hit.lang === lang && hit.publishedAt <= now) found.set(id, hit);
      else missing.push(id);
    }
    if (missing.length) {
      const rows = await summaryQuery(this.db, lang, now).where('a.id', 'in', missing).execute();
      for (const row of rows) {
        const summary = toSummary(row);
        found.set(summary.id, summary);
        this.summaries?.set(summary, now);
      }
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** The newest stories of a rubric (home page blocks): no count, one index range. */
  async latestInRubric(lang: Lang, rubricId: number, now: number, limit: number): Promise<ArticleSummary[]> {
    const rows = await this.rubricIds({ lang, rubricId, now, limit, offset: 0 });
    return this.summariesOfRows(lang, rows, now);
  }

  /**
   * One page of a list, newest first, and the list's size. The page's ids come from an index alone
   * (OFFSET steps over index entries, not over article rows read and joined), and the size from
   * listing_counts, kept at publishing (migration 009) — counting the list at every request grew with
   * the archive (1.8 ms for a rubric, 54 ms for a common tag at a million articles).
   */
  private async paged(lang: Lang, now: number, ids: Promise<{ id: number }[]>, total: Promise<number>): Promise<Page<ArticleSummary>> {
    const [rows, n] = await Promise.all([ids, total]);
    return { items: await this.summariesOfRows(lang, rows, now), total: n };
  }

  async byRubric(lang: Lang, rubricId: number, now: number, limit: number, offset: number): Promise<Page<ArticleSummary>> {
    return this.paged(lang, now, this.rubricIds({ lang, rubricId, now, limit, offset }), listingCount(this.db, 'rubric', rubricId, lang));
  }

  async byTag(lang: Lang, tagId: number, now: number, limit: number, offset: number): Promise<Page<ArticleSummary>> {
    return this.paged(lang, now, linkedIds(this.db, 'tag', tagId, lang, now, limit, offset).execute(), listingCount(this.db, 'tag', tagId, lang));
  }

  async byAuthor(lang: Lang, authorId: number, now: number, limit: number, offset: number): Promise<Page<ArticleSummary>> {
    return this.paged(lang, now, linkedIds(this.db, 'author', authorId, lang, now, limit, offset).execute(), listingCount(this.db, 'author', authorId, lang));
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
    const [row] = await this.locateQuery({ id });
    return row ? { id: row.id, lang: row.lang as Lang, slug: row.slug, status: row.status, publishedAt: row.published_at == null ? null : Number(row.published_at) } : null;
  }

  /** An article page's article: what lists show of it (the summary, perhaps from memory) and the rest. */
  async full(id: number, lang: Lang, now: number): Promise<ArticleFull | null> {
    const [[row], [summary]] = await Promise.all([this.fullQuery({ id, lang, now }), this.summariesOf(lang, [id], now)]);
    if (!row || !summary) return null;
    const body = JSON.parse(row.body) as DocNode;
    const [authors, tags, translations, bodyImages] = await Promise.all([
      this.authorsOf(id, lang),
      this.tagsOf(id, lang),
      this.translationsOf(summary.storyId, id, now),
      this.libraryImages(bodyImageSrcs(body)),
    ]);
    return {
      ...summary,
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
    return this.authorsQuery({ articleId, lang });
  }

  async tagsOf(articleId: number, lang: Lang): Promise<TagRef[]> {
    return this.tagsQuery({ articleId, lang });
  }

  /**
   * The same story in the other languages (published only). Only `story_id` goes into SQL, so that the
   * unique (story_id, lang) index reads the story's two or three rows; status and time are checked
   * here. With them in the WHERE, SQLite (no ANALYZE statistics) chose articles_status_published and
   * read every published article: 2 s per article page at 100 000 articles (docs/benchmarks.md).
   */
  async translationsOf(storyId: number, exceptId: number, now: number): Promise<TranslationRef[]> {
    const rows = await this.storyQuery({ storyId });
    return rows
      .filter((r) => r.id !== exceptId && r.status === 'published' && r.published_at != null && Number(r.published_at) <= now)
      .map((r) => ({ id: r.id, lang: r.lang as Lang, slug: r.slug, headline: r.headline }));
  }
}
