// What the sitemaps read: published articles whose time has come, in time ranges on the
// (lang, status, published_at) index, so one sitemap never reads more than its own range.
import type { Kysely } from 'kysely';
import type { Lang } from '../domain/lang.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export interface SitemapArticle {
  id: number;
  storyId: number;
  lang: Lang;
  slug: string;
  headline: string;
  publishedAt: number;
  updatedAt: number;
  /** the cover's original under the media folder */
  coverFile: string | null;
}

export interface SitemapTranslation {
  id: number;
  storyId: number;
  lang: Lang;
  slug: string;
}

export interface RangeStats {
  count: number;
  /** newest of updated_at and published_at in the range */
  lastmod: number | null;
}

export interface ListingEntry {
  id: number;
  lang: Lang;
  slug: string;
  /** newest publishing time of its articles in that language, when it has any */
  latest: number | null;
}

/** Bound parameters per IN list: well under SQLite's and PostgreSQL's limits. */
const CHUNK = 1000;

export class SitemapReader {
  constructor(private readonly db: Db) {}

  private published(langs: readonly Lang[], now: number) {
    return this.db
      .selectFrom('articles as a')
      .where('a.lang', 'in', langs as Lang[])
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', now);
  }

  /** The first publishing time at or after `from` in one language (an index seek). */
  async firstPublishedFrom(lang: Lang, from: number, now: number): Promise<number | null> {
    const row = await this.db
      .selectFrom('articles')
      .where('lang', '=', lang)
      .where('status', '=', 'published')
      .where('published_at', '>=', from)
      .where('published_at', '<=', now)
      .orderBy('published_at', 'asc')
      .limit(1)
      .select('published_at')
      .executeTakeFirst();
    return row?.published_at != null ? Number(row.published_at) : null;
  }

  /** How many articles were published in [from, to), and when the newest change happened. */
  async rangeStats(langs: readonly Lang[], from: number, to: number, now: number): Promise<RangeStats> {
    const row = await this.published(langs, now)
      .where('a.published_at', '>=', from)
      .where('a.published_at', '<', to)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('a.updated_at').as('u'), eb.fn.max('a.published_at').as('p')])
      .executeTakeFirst();
    const count = Number(row?.n ?? 0);
    if (!count) return { count: 0, lastmod: null };
    return { count, lastmod: Math.max(Number(row!.u ?? 0), Number(row!.p ?? 0)) };
  }

  /** Articles published in [from, to), oldest first (stable for numbered parts). */
  async articlesBetween(langs: readonly Lang[], from: number, to: number, now: number, limit: number, offset = 0, newestFirst = false): Promise<SitemapArticle[]> {
    const dir = newestFirst ? 'desc' : 'asc';
    const rows = await this.published(langs, now)
      .leftJoin('images as i', 'i.id', 'a.cover_image_id')
      .where('a.published_at', '>=', from)
      .where('a.published_at', '<', to)
      .select(['a.id', 'a.story_id', 'a.lang', 'a.slug', 'a.headline', 'a.published_at', 'a.updated_at', 'i.file as cover_file'])
      .orderBy('a.published_at', dir)
      .orderBy('a.id', dir)
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      storyId: r.story_id,
      lang: r.lang as Lang,
      slug: r.slug,
      headline: r.headline,
      publishedAt: Number(r.published_at),
      updatedAt: Number(r.updated_at),
      coverFile: r.cover_file ?? null,
    }));
  }

  /** Every published language version of the given stories (the articles themselves included). */
  async storyVersions(storyIds: readonly number[], langs: readonly Lang[], now: number): Promise<SitemapTranslation[]> {
    const unique = [...new Set(storyIds)];
    const out: SitemapTranslation[] = [];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const rows = await this.published(langs, now)
        .where('a.story_id', 'in', unique.slice(i, i + CHUNK))
        .select(['a.id', 'a.story_id', 'a.lang', 'a.slug'])
        .execute();
      for (const r of rows) out.push({ id: r.id, storyId: r.story_id, lang: r.lang as Lang, slug: r.slug });
    }
    return out;
  }

  /** Every rubric in the given languages, with the newest publishing time in it (index seeks). */
  async rubrics(langs: readonly Lang[], now: number): Promise<ListingEntry[]> {
    const rows = await this.db
      .selectFrom('rubric_i18n as n')
      .innerJoin('rubrics as r', 'r.id', 'n.rubric_id')
      .where('n.lang', 'in', langs as Lang[])
      .select((eb) => [
        'n.rubric_id as id',
        'n.lang',
        'n.slug',
        eb
          .selectFrom('articles as a')
          .whereRef('a.rubric_id', '=', 'n.rubric_id')
          .whereRef('a.lang', '=', 'n.lang')
          .where('a.status', '=', 'published')
          .where('a.published_at', '<=', now)
          .select((e) => e.fn.max('a.published_at').as('t'))
          .as('latest'),
      ])
      .orderBy('r.position')
      .orderBy('r.id')
      .orderBy('n.lang')
      .execute();
    return rows.map((r) => ({ id: r.id, lang: r.lang as Lang, slug: r.slug, latest: r.latest != null ? Number(r.latest) : null }));
  }

  /** Tags that have at least one published article in the language, with its newest publishing time. */
  async tags(langs: readonly Lang[], now: number): Promise<ListingEntry[]> {
    const rows = await this.db
      .selectFrom('tag_i18n as t')
      .innerJoin('article_tags as at', 'at.tag_id', 't.tag_id')
      .innerJoin('articles as a', (j) => j.onRef('a.id', '=', 'at.article_id').onRef('a.lang', '=', 't.lang'))
      .where('t.lang', 'in', langs as Lang[])
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', now)
      .groupBy(['t.tag_id', 't.lang', 't.slug'])
      .select((eb) => ['t.tag_id as id', 't.lang', 't.slug', eb.fn.max('a.published_at').as('latest')])
      .orderBy('t.tag_id')
      .orderBy('t.lang')
      .execute();
    return rows.map((r) => ({ id: r.id, lang: r.lang as Lang, slug: r.slug, latest: r.latest != null ? Number(r.latest) : null }));
  }

  /** The newest publishing time per language (the home pages' lastmod). */
  async latestPublished(lang: Lang, now: number): Promise<number | null> {
    const row = await this.db
      .selectFrom('articles')
      .where('lang', '=', lang)
      .where('status', '=', 'published')
      .where('published_at', '<=', now)
      .orderBy('published_at', 'desc')
      .limit(1)
      .select('published_at')
      .executeTakeFirst();
    return row?.published_at != null ? Number(row.published_at) : null;
  }
}
