// The shared item model of every feed format: articles from the store become channels and items with
// absolute URLs, rendered HTML, plain text, authors, categories and an image with its byte length.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { ImageRef } from '../../domain/article.js';
import { renderDocHtml } from '../../domain/document/render-html.js';
import { renderDocText } from '../../domain/document/render-text.js';
import type { Lang } from '../../domain/lang.js';
import { escapeHtml } from '../../domain/text/escape.js';
import { t } from '../../i18n/strings.js';
import type { FeedArticle } from '../../store/articles.js';
import { xmlSafe } from './xml.js';
import { articlePath, authorPath, feedPath, mediaPath, rubricPath, shortPath, tagPath, type FeedFile } from '../urls.js';

/** Items per feed. */
export const FEED_SIZE = 30;

export interface FeedPerson {
  name: string;
  url: string;
}

export interface FeedCategory {
  kind: 'rubric' | 'tag';
  /** slug */
  term: string;
  /** name shown to readers */
  label: string;
  /** the rubric or tag page */
  url: string;
}

export interface FeedImage {
  url: string;
  type: string;
  /** bytes of the file */
  length: number;
  width: number;
  height: number;
  alt: string | null;
  credit: string | null;
}

export interface FeedItem {
  /** stable id: the absolute short link `/{lang}/{id}/` (never changes with the slug) */
  id: string;
  /** the canonical article URL */
  url: string;
  title: string;
  /** the lead, plain text */
  summary: string;
  /** lead and body as HTML with absolute links; null when FEED_CONTENT=lead */
  contentHtml: string | null;
  /** the body as plain text (the full-text RSS carries it whatever FEED_CONTENT says) */
  fullText: string;
  publishedAt: number;
  updatedAt: number;
  authors: FeedPerson[];
  categories: FeedCategory[];
  image: FeedImage | null;
}

export interface FeedChannel {
  lang: Lang;
  title: string;
  description: string;
  siteName: string;
  /** the HTML page the feed mirrors */
  homeUrl: string;
  /** absolute URL of every format of this feed */
  urls: Record<FeedFile, string>;
  /** the newest change among the items (0 when there are none) */
  updatedAt: number;
  items: FeedItem[];
}

export interface ChannelSubject {
  lang: Lang;
  title: string;
  description: string;
  /** site path of the list page: `/ru/`, `/ru/rubric/economy/` */
  listPath: string;
}

/**
 * Byte lengths of media files, cached: a feed names the same covers request after request, and a
 * published rendition never changes under its name. Missing files are not cached (they may appear).
 */
export class MediaSizes {
  private readonly sizes = new Map<string, number>();
  constructor(
    private readonly mediaDir: string,
    private readonly maxEntries = 10_000,
  ) {}

  async size(file: string): Promise<number | null> {
    const cached = this.sizes.get(file);
    if (cached !== undefined) return cached;
    const root = path.resolve(this.mediaDir);
    const full = path.resolve(root, file);
    if (!full.startsWith(root + path.sep)) return null;
    try {
      const st = await stat(full);
      if (!st.isFile()) return null;
      if (this.sizes.size >= this.maxEntries) this.sizes.clear();
      this.sizes.set(file, st.size);
      return st.size;
    } catch {
      return null;
    }
  }
}

/** The JPEG the cover offers: the original when it is a JPEG, else its largest JPEG rendition. */
export function coverJpeg(cover: ImageRef): { file: string; width: number; height: number; mime: string } | null {
  if (cover.mime === 'image/jpeg') return { file: cover.file, width: cover.width, height: cover.height, mime: cover.mime };
  const jpegs = cover.variants.filter((v) => v.mime === 'image/jpeg').sort((a, b) => b.width - a.width);
  return jpegs[0] ?? null;
}

/** Site-relative `src` and `href` values (`/media/…`, `/ru/…`) made absolute. */
export function absolutizeHtml(html: string, baseUrl: string): string {
  const base = escapeHtml(baseUrl);
  return html.replace(/(\s(?:src|href))="\/(?!\/)/g, `$1="${base}/`);
}

function abs(config: Config, sitePath: string): string {
  // URL() percent-encodes anything a slug might carry that a URI may not.
  return new URL(sitePath, config.baseUrl + '/').href;
}

export async function buildChannel(config: Config, sizes: MediaSizes, subject: ChannelSubject, articles: FeedArticle[], now: number): Promise<FeedChannel> {
  const { lang } = subject;
  const s = t(lang);
  const labels = { credit: s.photo, watchVideo: s.watchVideo, openPost: s.openPost };
  const items = await Promise.all(
    articles.map(async (a): Promise<FeedItem> => {
      let image: FeedImage | null = null;
      const jpeg = a.cover ? coverJpeg(a.cover) : null;
      if (a.cover && jpeg) {
        const length = await sizes.size(jpeg.file);
        if (length != null) {
          image = { url: abs(config, mediaPath(jpeg.file)), type: jpeg.mime, length, width: jpeg.width, height: jpeg.height, alt: a.coverAlt, credit: a.cover.credit };
        }
      }
      const contentHtml =
        config.feedContent === 'full' ? `<p>${escapeHtml(a.lead)}</p>${absolutizeHtml(renderDocHtml(a.body, labels), config.baseUrl)}` : null;
      const categories: FeedCategory[] = [];
      if (a.rubric) categories.push({ kind: 'rubric', term: a.rubric.slug, label: a.rubric.name, url: abs(config, rubricPath(lang, a.rubric.slug)) });
      for (const tag of a.tags) categories.push({ kind: 'tag', term: tag.slug, label: tag.name, url: abs(config, tagPath(lang, tag.slug)) });
      return {
        id: abs(config, shortPath(a)),
        url: abs(config, articlePath(a)),
        // Control characters mean nothing to a reader and break XML: every format leaves them out.
        title: xmlSafe(a.headline),
        summary: xmlSafe(a.lead),
        contentHtml,
        fullText: xmlSafe(renderDocText(a.body)),
        publishedAt: a.publishedAt,
        // Never before publication, never in the future.
        updatedAt: Math.min(Math.max(a.updatedAt, a.publishedAt), now),
        authors: a.authors.map((au) => ({ name: au.name, url: abs(config, authorPath(lang, au.slug)) })),
        categories,
        image,
      };
    }),
  );
  return {
    lang,
    title: subject.title,
    description: subject.description,
    siteName: config.siteName,
    homeUrl: abs(config, subject.listPath),
    urls: {
      'feed.rss': abs(config, feedPath(subject.listPath, 'feed.rss')),
      'feed-full.rss': abs(config, feedPath(subject.listPath, 'feed-full.rss')),
      'feed.atom': abs(config, feedPath(subject.listPath, 'feed.atom')),
      'feed.json': abs(config, feedPath(subject.listPath, 'feed.json')),
    },
    updatedAt: items.reduce((max, i) => Math.max(max, i.updatedAt), 0),
    items,
  };
}
