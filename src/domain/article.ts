// What pages and feeds know about articles, independent of storage.
import type { DocNode } from './document/types.js';
import type { Lang } from './lang.js';

export interface ImageRendition {
  width: number;
  height: number;
  file: string;
  mime: string;
}

export interface ImageRef {
  id: number;
  file: string;
  width: number;
  height: number;
  mime: string;
  credit: string | null;
  variants: ImageRendition[];
  /** the library's alt text (body pictures whose own alt is empty fall back to it) */
  alt?: string | null;
}

export interface RubricRef {
  id: number;
  name: string;
  slug: string;
}

export interface TagRef {
  id: number;
  name: string;
  slug: string;
}

export interface AuthorRef {
  id: number;
  slug: string;
  name: string;
}

/** What a headline link needs: the feed and related lists. */
export interface HeadlineRef {
  id: number;
  storyId: number;
  lang: Lang;
  slug: string;
  headline: string;
  publishedAt: number;
  isBreaking: boolean;
}

export interface ArticleSummary extends HeadlineRef {
  lead: string;
  updatedAt: number;
  isPinned: boolean;
  viewCount: number;
  rubric: RubricRef | null;
  cover: ImageRef | null;
  coverAlt: string | null;
}

export interface TranslationRef {
  id: number;
  lang: Lang;
  slug: string;
  headline: string;
}

export interface ArticleFull extends ArticleSummary {
  body: DocNode;
  datelinePlace: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  coverCaption: string | null;
  authors: AuthorRef[];
  tags: TagRef[];
  translations: TranslationRef[];
  /** media-library images the body shows (for srcset, width and height), loaded with the article */
  bodyImages?: ImageRef[];
}

export function articlePath(a: { lang: string; id: number; slug: string }): string {
  return `/${a.lang}/${a.id}-${a.slug}/`;
}

export function shortPath(a: { lang: string; id: number }): string {
  return `/${a.lang}/${a.id}/`;
}
