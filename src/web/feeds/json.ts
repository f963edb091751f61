// JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
import { rfc3339 } from './dates.js';
import type { FeedChannel } from './model.js';

export function renderJsonFeed(ch: FeedChannel, tz: string): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: ch.title,
    home_page_url: ch.homeUrl,
    feed_url: ch.urls['feed.json'],
    description: ch.description,
    language: ch.lang,
    authors: [{ name: ch.siteName, url: ch.homeUrl }],
    items: ch.items.map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      summary: i.summary,
      ...(i.contentHtml != null ? { content_html: i.contentHtml } : { content_text: i.summary }),
      date_published: rfc3339(tz, i.publishedAt),
      date_modified: rfc3339(tz, i.updatedAt),
      ...(i.authors.length ? { authors: i.authors.map((a) => ({ name: a.name, url: a.url })) } : {}),
      ...(i.categories.length ? { tags: [...new Set(i.categories.map((c) => c.label))] } : {}),
      ...(i.image
        ? { image: i.image.url, attachments: [{ url: i.image.url, mime_type: i.image.type, size_in_bytes: i.image.length, ...(i.image.alt ? { title: i.image.alt } : {}) }] }
        : {}),
      language: ch.lang,
    })),
  };
  return JSON.stringify(feed);
}
