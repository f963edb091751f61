// Atom 1.0 (RFC 4287): the lead as summary, the article HTML as content, authors with their pages,
// rubric and tags as categories, the cover as an enclosure link and media:content.
import { rfc3339 } from './dates.js';
import type { FeedChannel, FeedItem } from './model.js';
import { attrString, el } from './xml.js';

function link(attrs: Record<string, string | number | null | undefined>): string {
  return `<link${attrString(attrs)}/>`;
}

function entry(i: FeedItem, tz: string): string {
  const parts = [
    el('id', i.id),
    el('title', i.title, { type: 'text' }),
    link({ rel: 'alternate', type: 'text/html', href: i.url }),
    el('published', rfc3339(tz, i.publishedAt)),
    el('updated', rfc3339(tz, i.updatedAt)),
  ];
  for (const a of i.authors) parts.push(`<author>${el('name', a.name)}${el('uri', a.url)}</author>`);
  for (const c of i.categories) parts.push(`<category${attrString({ term: c.term, label: c.label, scheme: c.url })}/>`);
  parts.push(el('summary', i.summary, { type: 'text' }));
  if (i.contentHtml != null) parts.push(el('content', i.contentHtml, { type: 'html' }));
  if (i.image) {
    const img = i.image;
    parts.push(link({ rel: 'enclosure', type: img.type, length: img.length, href: img.url }));
    const inner = (img.alt ? el('media:description', img.alt, { type: 'plain' }) : '') + (img.credit ? el('media:credit', img.credit) : '');
    parts.push(`<media:content${attrString({ url: img.url, type: img.type, medium: 'image', fileSize: img.length, width: img.width, height: img.height })}>${inner}</media:content>`);
  }
  return `<entry>${parts.join('')}</entry>\n`;
}

export function renderAtom(ch: FeedChannel, tz: string): string {
  const head = [
    el('id', ch.urls['feed.atom']),
    el('title', ch.title, { type: 'text' }),
    el('subtitle', ch.description, { type: 'text' }),
    el('updated', rfc3339(tz, ch.updatedAt)),
    link({ rel: 'self', type: 'application/atom+xml', href: ch.urls['feed.atom'] }),
    link({ rel: 'alternate', type: 'text/html', href: ch.homeUrl }),
    // Entries without authors fall back to the feed's author, as RFC 4287 requires one.
    `<author>${el('name', ch.siteName)}${el('uri', ch.homeUrl)}</author>`,
    el('generator', ch.siteName),
  ].join('');
  const ns = attrString({ xmlns: 'http://www.w3.org/2005/Atom', 'xmlns:media': 'http://search.yahoo.com/mrss/', 'xml:lang': ch.lang });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<feed${ns}>${head}\n${ch.items.map((i) => entry(i, tz)).join('')}</feed>\n`;
}
