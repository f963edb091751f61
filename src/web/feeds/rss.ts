// RSS 2.0, with content:encoded for the article HTML, dc:creator for authors, media:content beside the
// enclosure, and a full-text variant (yandex:full-text, plain text of the body) for news aggregators.
import { rfc822 } from './dates.js';
import type { FeedChannel, FeedItem } from './model.js';
import { attrString, el } from './xml.js';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  yandex: 'http://news.yandex.ru',
};

export interface RssOptions {
  tz: string;
  /** add yandex:full-text (the body as plain text) to every item */
  fullText: boolean;
}

function item(i: FeedItem, opts: RssOptions): string {
  const parts = [
    el('title', i.title),
    el('link', i.url),
    el('guid', i.id, { isPermaLink: 'true' }),
    el('pubDate', rfc822(opts.tz, i.publishedAt)),
    el('description', i.summary),
  ];
  for (const a of i.authors) parts.push(el('dc:creator', a.name));
  for (const c of i.categories) parts.push(el('category', c.label, { domain: c.url }));
  if (i.image) {
    const img = i.image;
    parts.push(`<enclosure${attrString({ url: img.url, length: img.length, type: img.type })}/>`);
    const inner = (img.alt ? el('media:description', img.alt, { type: 'plain' }) : '') + (img.credit ? el('media:credit', img.credit) : '');
    parts.push(`<media:content${attrString({ url: img.url, type: img.type, medium: 'image', fileSize: img.length, width: img.width, height: img.height })}>${inner}</media:content>`);
  }
  if (i.contentHtml != null) parts.push(el('content:encoded', i.contentHtml));
  if (opts.fullText) parts.push(el('yandex:full-text', i.fullText || i.summary));
  return `<item>${parts.join('')}</item>\n`;
}

export function renderRss(ch: FeedChannel, opts: RssOptions): string {
  const self = opts.fullText ? ch.urls['feed-full.rss'] : ch.urls['feed.rss'];
  const ns = attrString({
    'xmlns:atom': NS.atom,
    'xmlns:content': NS.content,
    'xmlns:dc': NS.dc,
    'xmlns:media': NS.media,
    'xmlns:yandex': opts.fullText ? NS.yandex : null,
  });
  const head = [
    el('title', ch.title),
    el('link', ch.homeUrl),
    el('description', ch.description),
    el('language', ch.lang),
    `<atom:link${attrString({ href: self, rel: 'self', type: 'application/rss+xml' })}/>`,
    ch.updatedAt ? el('lastBuildDate', rfc822(opts.tz, ch.updatedAt)) : '',
    el('generator', ch.siteName),
    el('ttl', '5'),
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"${ns}>\n<channel>${head}\n${ch.items.map((i) => item(i, opts)).join('')}</channel>\n</rss>\n`;
}

