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
  /** the day the rate applies to, YYYY-MM-DD */
  date: string;
  code: string;
  /** som per one unit of the currency */
  rate: number;
  source: string;
  updated_at: number;
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
}
