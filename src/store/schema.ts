// Table types for Kysely. Times are epoch milliseconds (bigint) and flags 0/1 integers on both
// dialects, so rows look the same on SQLite and PostgreSQL (docs/decisions/002-one-schema-two-dialects.md).
import type { Generated } from 'kysely';

export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';

export interface StoriesTable {
  id: Generated<number>;
  created_at: number;
}

export interface ArticlesTable {
  id: Generated<number>;
  story_id: number;
  lang: string;
  slug: string;
  headline: string;
  lead: string;
  /** JSON of the document tree (src/domain/document) */
  body: string;
  dateline_place: string | null;
  source_name: string | null;
  source_url: string | null;
  rubric_id: number | null;
  cover_image_id: number | null;
  cover_caption: string | null;
  cover_alt: string | null;
  status: ArticleStatus;
  is_breaking: number;
  is_pinned: number;
  view_count: number;
  published_at: number | null;
  updated_at: number;
  created_at: number;
  /** index forms of the headline, from searchColumns() in src/domain/search (every writer fills them) */
  search_title: string;
  /** index forms of the lead and body */
  search_text: string;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  created_at: number;
}

export interface AuthorI18nTable {
  author_id: number;
  lang: string;
  name: string;
  bio: string | null;
}

export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface RubricsTable {
  id: Generated<number>;
  position: number;
  created_at: number;
}

export interface RubricI18nTable {
  rubric_id: number;
  lang: string;
  name: string;
  slug: string;
}

export interface TagsTable {
  id: Generated<number>;
  created_at: number;
}

export interface TagI18nTable {
  tag_id: number;
  lang: string;
  name: string;
  slug: string;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
  position: number;
}

export interface ImagesTable {
  id: Generated<number>;
  /** path of the original under the media folder, e.g. demo/cover-07.jpg */
  file: string;
  width: number;
  height: number;
  mime: string;
  credit: string | null;
  /** JSON: [{ width, height, file, mime }] smaller renditions for srcset */
  variants: string;
  created_at: number;
}

export interface CurrencyRatesTable {
  /** where the row came from: nbkr, nbkr-weekly, cbr, demo (src/services/rates/sources.ts) */
  source: string;
  /** the currency rates are quoted in: KGS (som) for NBKR and demo, RUB for CBR */
  base: string;
  /** the day the rate applies to, YYYY-MM-DD */
  date: string;
  code: string;
  /** units the source quotes `value` for (1, 10, 100) */
  nominal: number;
  /** the published value, base currency per `nominal` units */
  value: number;
  /** base currency per one unit: value / nominal */
  rate: number;
  /** the date of the published file the row came from (a weekly file covers several days) */
  file_date: string;
  /** when the value was first stored or last changed (epoch ms) */
  fetched_at: number;
}

/** Editors' corrections, never updated or deleted: the newest per (base, date, code) wins. */
export interface CurrencyRateCorrectionsTable {
  id: Generated<number>;
  base: string;
  date: string;
  code: string;
  /** base currency per one unit */
  rate: number;
  note: string | null;
  /** who made it (no user system yet: "cli", or what the caller passes) */
  corrected_by: string;
  corrected_at: number;
}

/** One row per source: what the fetcher needs for conditional requests, and what went wrong last. */
export interface RateFetchStateTable {
  source: string;
  etag: string | null;
  last_modified: string | null;
  last_attempt_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
}

export interface Database {
  stories: StoriesTable;
  articles: ArticlesTable;
  authors: AuthorsTable;
  author_i18n: AuthorI18nTable;
  article_authors: ArticleAuthorsTable;
  rubrics: RubricsTable;
  rubric_i18n: RubricI18nTable;
  tags: TagsTable;
  tag_i18n: TagI18nTable;
  article_tags: ArticleTagsTable;
  images: ImagesTable;
  currency_rates: CurrencyRatesTable;
  currency_rate_corrections: CurrencyRateCorrectionsTable;
  rate_fetch_state: RateFetchStateTable;
}
