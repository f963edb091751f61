// Every public URL in one place, so pages, feeds and tests agree on them.
import type { Lang } from '../domain/lang.js';

export { articlePath, shortPath } from '../domain/article.js';

export const homePath = (lang: Lang) => `/${lang}/`;
export const rubricPath = (lang: Lang, slug: string) => `/${lang}/rubric/${encodeURIComponent(slug)}/`;
export const tagPath = (lang: Lang, slug: string) => `/${lang}/tag/${encodeURIComponent(slug)}/`;
export const authorPath = (lang: Lang, slug: string) => `/${lang}/author/${encodeURIComponent(slug)}/`;
export const dayPath = (lang: Lang, day: string) => `/${lang}/news/${day}/`;
export const printPath = (lang: Lang, id: number) => `/${lang}/${id}/print/`;
export const mediaPath = (file: string) => `/media/${file.split('/').map(encodeURIComponent).join('/')}`;

/** Adds `?page=N` for pages after the first; page 1 is the bare URL. */
export function withPage(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}

export function absolute(baseUrl: string, path: string): string {
  return baseUrl + path;
}

/** Syndication feeds of a list (language home, rubric, tag): RSS 2.0, full-text RSS, Atom, JSON Feed 1.1. */
export const FEED_FILES = ['feed.rss', 'feed-full.rss', 'feed.atom', 'feed.json'] as const;
export type FeedFile = (typeof FEED_FILES)[number];
/** `/ru/feed.rss`, `/ru/rubric/economy/feed.atom`: the list's path plus the feed's file name. */
export const feedPath = (listPath: string, file: FeedFile) => listPath + file;
