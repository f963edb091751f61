// Sitemap documents: the index, URL sets with news, image and hreflang extensions.
import { XmlWriter } from './xml.js';
import { w3cDateTime } from './w3c.js';

export const NS = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  image: 'http://www.google.com/schemas/sitemap-image/1.1',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

export interface IndexEntry {
  loc: string;
  lastmod: number | null;
}

export interface UrlEntry {
  loc: string;
  lastmod: number | null;
  news?: { publicationName: string; language: string; publicationDate: number; title: string };
  images?: string[];
  /** hreflang -> absolute URL, this URL included; written only when there are at least two */
  alternates?: Array<{ hreflang: string; href: string }>;
}

const URI_SAFE = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

/** Percent-encodes what may not stand in a URI (spaces, non-ASCII), leaving existing escapes alone. */
export function toUri(url: string): string {
  let out = '';
  for (const ch of url) out += URI_SAFE.test(ch) ? ch : encodeURIComponent(ch);
  return out;
}

export function renderIndex(entries: IndexEntry[], tz: string): string {
  const w = new XmlWriter().open('sitemapindex', { xmlns: NS.sitemap });
  for (const e of entries) {
    w.open('sitemap').text('loc', toUri(e.loc));
    if (e.lastmod != null) w.text('lastmod', w3cDateTime(e.lastmod, tz));
    w.close();
  }
  return w.close().toString();
}

export function renderUrlSet(entries: UrlEntry[], tz: string, opts: { news?: boolean } = {}): string {
  const w = new XmlWriter().open('urlset', {
    xmlns: NS.sitemap,
    'xmlns:news': opts.news ? NS.news : null,
    'xmlns:image': NS.image,
    'xmlns:xhtml': NS.xhtml,
  });
  for (const e of entries) {
    w.open('url').text('loc', toUri(e.loc));
    if (e.lastmod != null) w.text('lastmod', w3cDateTime(e.lastmod, tz));
    if (e.news && opts.news) {
      w.open('news:news')
        .open('news:publication')
        .text('news:name', e.news.publicationName)
        .text('news:language', e.news.language)
        .close()
        .text('news:publication_date', w3cDateTime(e.news.publicationDate, tz))
        .text('news:title', e.news.title)
        .close();
    }
    for (const img of e.images ?? []) w.open('image:image').text('image:loc', toUri(img)).close();
    if (e.alternates && e.alternates.length > 1) {
      for (const a of e.alternates) w.empty('xhtml:link', { rel: 'alternate', hreflang: a.hreflang, href: toUri(a.href) });
    }
    w.close();
  }
  return w.close().toString();
}
