// The `<link rel="alternate">` entries a list page (home, rubric, tag) puts in its head.
import { feedPath } from '../urls.js';

export interface FeedLink {
  type: string;
  title: string;
  href: string;
}

/** RSS, Atom and JSON Feed of the list at `listPath`, titled after it. */
export function feedLinks(title: string, listPath: string): FeedLink[] {
  return [
    { type: 'application/rss+xml', title: `${title} (RSS)`, href: feedPath(listPath, 'feed.rss') },
    { type: 'application/atom+xml', title: `${title} (Atom)`, href: feedPath(listPath, 'feed.atom') },
    { type: 'application/feed+json', title: `${title} (JSON Feed)`, href: feedPath(listPath, 'feed.json') },
  ];
}
