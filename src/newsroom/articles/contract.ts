// The contract between the article service (service/), the newsroom pages (pages/), the JSON API
// (../api/articles.ts) and the editor island (../client/editor*). Change it only together with them.
import type { DocNode } from '../../domain/document/types.js';
import type { Lang } from '../../domain/lang.js';
import type { ArticleStatus } from '../../store/schema.js';

/** What an editor form or API call sends for an article. Every field is validated on the server (zod). */
export interface ArticleInput {
  headline: string;
  lead: string;
  body: DocNode;
  /** empty: generated from the headline by transliteration */
  slug: string;
  rubricId: number | null;
  /** tag names in the article's language; unknown names create tags */
  tags: string[];
  /** bylines (authors.id), in order; empty: on create the signed-in user's own byline, on save the current bylines */
  authorIds: number[];
  sourceName: string | null;
  sourceUrl: string | null;
  datelinePlace: string | null;
  coverImageId: number | null;
  coverCaption: string | null;
  coverAlt: string | null;
  /** only users with 'article.feature' may change these two; others' values are ignored */
  isBreaking: boolean;
  isPinned: boolean;
  /** the publish time an editor set (epoch ms) or null for "when published" */
  publishAt: number | null;
}

/** An article as the newsroom sees it (any status). */
export interface NewsroomArticle extends ArticleInput {
  id: number;
  storyId: number;
  lang: Lang;
  status: ArticleStatus;
  version: number;
  publishedAt: number | null;
  createdAt: number;
  updatedAt: number;
  createdBy: number | null;
  createdByName: string | null;
  updatedByName: string | null;
  trashedAt: number | null;
  /** the other languages of the same story */
  translations: Array<{ id: number; lang: Lang; status: ArticleStatus; headline: string }>;
  /** the public URL path when the article is live */
  publicPath: string | null;
}

/** A row in the newsroom list. */
export interface ArticleListItem {
  id: number;
  storyId: number;
  lang: Lang;
  headline: string;
  status: ArticleStatus;
  rubricName: string | null;
  authorNames: string[];
  createdByName: string | null;
  publishedAt: number | null;
  updatedAt: number;
  isBreaking: boolean;
  isPinned: boolean;
  /** every language the story exists in, with the article id and status there */
  languages: Array<{ lang: Lang; id: number; status: ArticleStatus }>;
  /** when it went to the trash (trashed articles only) */
  trashedAt?: number | null;
  /** when the trash empties itself of it: trashedAt + 30 days (trashed articles only) */
  purgeAt?: number | null;
}

export interface ArticleListFilter {
  status?: ArticleStatus | 'all-but-trash';
  lang?: Lang;
  rubricId?: number;
  /** authors.id of a byline */
  authorId?: number;
  /** created by this user (users.id): "my articles" */
  createdBy?: number;
  /** updated or published on this day (YYYY-MM-DD in the site's time zone) */
  day?: string;
  /** words of the headline */
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface ArticleListPage {
  items: ArticleListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RevisionSummary {
  id: number;
  version: number;
  userName: string | null;
  createdAt: number;
  headline: string;
  /** 'create' | 'translate' | 'save' | 'autosave' | 'restore' */
  kind: string;
  /** an autosave of a published article that was not put online (kind 'autosave') */
  pending?: boolean;
  /** kind 'restore': the revision whose content was brought back */
  restoredFrom?: number | null;
}

/** A word-level diff: runs of equal, inserted and deleted text, per field. */
export interface RevisionDiff {
  from: RevisionSummary;
  to: RevisionSummary;
  fields: Array<{ field: 'headline' | 'lead' | 'body' | 'meta'; parts: Array<{ op: 'equal' | 'insert' | 'delete'; text: string }> }>;
}

/** Outcome of a save: saved, or refused because someone saved a newer version first. */
export type SaveResult =
  | {
      ok: true;
      article: NewsroomArticle;
      /** an autosave of a published article: kept as a revision only, readers still see the saved text */
      autosaveOnly?: boolean;
    }
  | { ok: false; conflict: true; current: NewsroomArticle; message: string };

/** Why an action is refused, shown to the user as is. HTTP status: 400 invalid, 403 role, 404, 409 state/conflict. */
export class ArticleActionError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409,
    /** per-field messages for forms, e.g. { headline: 'Required.' } */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A story that lacks a translation into `lang`: the queue translators work from. */
export interface TranslationQueueItem {
  storyId: number;
  /** the best original to translate from (published, newest) */
  source: { id: number; lang: Lang; headline: string; publishedAt: number | null; status: ArticleStatus };
  lang: Lang;
  /** a version in `lang` that is in the trash: restore it rather than start another (null: none) */
  trashedId: number | null;
}

export interface TranslationQueuePage {
  items: TranslationQueueItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** The JSON the API and the editor island exchange. */
export interface ArticleJson extends NewsroomArticle {}
