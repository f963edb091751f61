// Table types for Kysely. Times are epoch milliseconds (bigint) and flags 0/1 integers on both
// dialects, so rows look the same on SQLite and PostgreSQL (docs/decisions/002-one-schema-two-dialects.md).
import type { Generated } from 'kysely';

export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished' | 'trashed';
export type Role = 'administrator' | 'editor' | 'author' | 'translator';

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
  /** raised by every save; a save based on an older version is refused (optimistic locking) */
  version: Generated<number>;
  created_by: number | null;
  updated_by: number | null;
  trashed_at: number | null;
  status_before_trash: ArticleStatus | null;
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
  /** The article's language and, while it is published, its publishing time: kept by triggers (migration 009). */
  lang: Generated<string | null>;
  listed_at: Generated<number | null>;
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
  /** The article's language and, while it is published, its publishing time: kept by triggers (migration 009). */
  lang: Generated<string | null>;
  listed_at: Generated<number | null>;
}

/** Published articles per rubric, tag or author and language ("page N of M"), kept by triggers (migration 009). */
export interface ListingCountsTable {
  list: 'rubric' | 'tag' | 'author';
  key_id: number;
  lang: string;
  n: number;
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
  /** required before an article using the image can be published */
  alt: string | null;
  caption: string | null;
  original_name: string | null;
  size_bytes: number | null;
  uploaded_by: number | null;
}

export interface UsersTable {
  id: Generated<number>;
  /** stored lower-case */
  email: string;
  name: string;
  role: Role;
  author_id: number | null;
  /** argon2id; null until the user follows their setup link */
  password_hash: string | null;
  disabled: number;
  created_at: number;
  updated_at: number;
}

export type OneTimeLinkKind = 'setup' | 'invite' | 'reset';

export interface OneTimeLinksTable {
  id: Generated<number>;
  kind: OneTimeLinkKind;
  /** null for 'setup' (the first administrator does not exist yet) */
  user_id: number | null;
  token_hash: string;
  expires_at: number;
  used_at: number | null;
  created_at: number;
}

export interface SessionsTable {
  /** sha256 of the cookie's token */
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  key: string;
  at: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  user_id: number | null;
  user_name: string | null;
  action: string;
  article_id: number | null;
  target: string | null;
  /** JSON */
  details: string | null;
  ip: string | null;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  headline: string;
  lead: string;
  body: string;
  /** JSON: RevisionMeta (src/newsroom/articles) */
  meta: string;
  user_id: number | null;
  user_name: string | null;
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

export interface ArticleViewsHourlyTable {
  article_id: number;
  /** epoch ms of the UTC hour's start */
  hour: number;
  lang: string;
  views: number;
}

export interface ArticleViewsDailyTable {
  article_id: number;
  /** 'YYYY-MM-DD' in the site's time zone */
  day: string;
  lang: string;
  views: number;
}

export interface RelatedArticlesTable {
  article_id: number;
  related_id: number;
  position: number;
  score: number;
  computed_at: number;
}

export interface RelatedOverridesTable {
  article_id: number;
  related_id: number;
  kind: 'pinned' | 'removed';
  position: number;
  created_by: number | null;
  created_at: number;
}

export interface ArticleLinksTable {
  article_id: number;
  target_story_id: number;
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
  listing_counts: ListingCountsTable;
  images: ImagesTable;
  currency_rates: CurrencyRatesTable;
  currency_rate_corrections: CurrencyRateCorrectionsTable;
  rate_fetch_state: RateFetchStateTable;
  users: UsersTable;
  one_time_links: OneTimeLinksTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  article_revisions: ArticleRevisionsTable;
  article_views_hourly: ArticleViewsHourlyTable;
  article_views_daily: ArticleViewsDailyTable;
  related_articles: RelatedArticlesTable;
  related_overrides: RelatedOverridesTable;
  article_links: ArticleLinksTable;
}
