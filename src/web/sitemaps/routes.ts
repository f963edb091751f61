// /robots.txt, the sitemap index (/sitemap.xml) and the sitemaps under /sitemaps/: one per month of
// articles (numbered parts past 50,000 URLs), the Google News sitemap (last 48 hours) and the
// sections (home, rubric and tag pages).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { etagOf, notModified } from '../http/conditional.js';
import { articlePath, type TranslationRef } from '../../domain/article.js';
import type { Lang } from '../../domain/lang.js';
import { SitemapReader, type ListingEntry, type SitemapArticle } from '../../store/sitemap.js';
import type { SiteServices } from '../site/services.js';
import { absolute, homePath, mediaPath, rubricPath, tagPath } from '../urls.js';
import { isValidMonth, monthOf, monthRange, monthsWithArticles } from './months.js';
import { renderIndex, renderUrlSet, type IndexEntry, type UrlEntry } from './render.js';
import { publicCacheControl } from '../cache/http.js';
import { markCacheable } from '../cache/install.js';

/** The sitemaps.org limit of URLs per file. */
export const MAX_URLS = 50_000;
/** Google News takes articles of the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 3600_000;
export const NEWS_MAX = 1000;

export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/sitemaps/news.xml';
export const SECTIONS_SITEMAP_PATH = '/sitemaps/sections.xml';
/** Part 1 is the bare month; parts 2… carry their number. */
export const monthSitemapPath = (month: string, part = 1) => `/sitemaps/articles-${month}${part > 1 ? `-${part}` : ''}.xml`;

const MONTH_FILE = /^articles-(\d{4}-\d{2})(?:-([1-9]\d{0,5}))?\.xml$/;
const XML_TYPE = 'application/xml; charset=utf-8';
const CACHE = 'public, max-age=300';

export interface SitemapOptions {
  /** URLs per file (tests lower it to see the parts) */
  maxUrls?: number;
}

/** Sends with an ETag, or 304 when the client already holds this body. */
function sendCached(req: FastifyRequest, reply: FastifyReply, type: string, body: string, cache = CACHE): FastifyReply {
  const etag = etagOf(body);
  reply.header('etag', etag).header('cache-control', cache);
  if (notModified(req, etag)) return reply.code(304).send();
  if (cache === CACHE) markCacheable(reply, ['sitemap'], publicCacheControl('sitemap'));
  return reply.code(200).header('content-type', type).send(body);
}

/** Only the store, config and clock of the site services are used (tests build a bare app with them). */
export type SitemapServices = Pick<SiteServices, 'store' | 'config' | 'now'>;

export function sitemapRoutes(app: FastifyInstance, svc: SitemapServices, opts: SitemapOptions = {}): void {
  const maxUrls = opts.maxUrls ?? MAX_URLS;
  const { config } = svc;
  const reader = new SitemapReader(svc.store.db);
  const langs = config.langs;
  const tz = config.siteTz;
  const abs = (path: string) => absolute(config.baseUrl, path);

  app.get('/robots.txt', async (req, reply) => {
    const body = [
      'User-agent: *',
      'Disallow: /newsroom/',
      'Disallow: /api/v1/newsroom/',
      'Allow: /',
      '',
      `Sitemap: ${abs(SITEMAP_INDEX_PATH)}`,
      `Sitemap: ${abs(NEWS_SITEMAP_PATH)}`,
      '',
    ].join('\n');
    return sendCached(req, reply, 'text/plain; charset=utf-8', body, 'public, max-age=3600');
  });

  app.get(SITEMAP_INDEX_PATH, async (req, reply) => {
    const now = svc.now();
    const [months, news, latest] = await Promise.all([
      monthsWithArticles(reader, langs, tz, now),
      reader.rangeStats(langs, now - NEWS_WINDOW_MS, now + 1, now),
      Promise.all(langs.map((l) => reader.latestPublished(l, now))),
    ]);
    const newest = latest.filter((t): t is number => t != null);
    const entries: IndexEntry[] = [
      { loc: abs(SECTIONS_SITEMAP_PATH), lastmod: newest.length ? Math.max(...newest) : null },
      { loc: abs(NEWS_SITEMAP_PATH), lastmod: news.lastmod },
    ];
    for (const m of [...months].reverse()) {
      const parts = Math.ceil(m.count / maxUrls);
      for (let part = 1; part <= parts; part++) entries.push({ loc: abs(monthSitemapPath(m.month, part)), lastmod: m.lastmod });
    }
    return sendCached(req, reply, XML_TYPE, renderIndex(entries, tz));
  });

  /** URL entries for articles, with cover images and hreflang alternates from their published translations. */
  async function articleEntries(items: SitemapArticle[], now: number, news: boolean): Promise<UrlEntry[]> {
    const versions = await reader.storyVersions(
      items.map((a) => a.storyId),
      langs,
      now,
    );
    const byStory = new Map<number, Array<Pick<TranslationRef, 'id' | 'lang' | 'slug'>>>();
    for (const v of versions) {
      const list = byStory.get(v.storyId) ?? [];
      list.push(v);
      byStory.set(v.storyId, list);
    }
    const order = (l: Lang) => langs.indexOf(l);
    return items.map((a) => {
      const story = (byStory.get(a.storyId) ?? []).filter((v) => v.id !== a.id);
      const alternates = [a, ...story].sort((x, y) => order(x.lang) - order(y.lang)).map((v) => ({ hreflang: v.lang, href: abs(articlePath(v)) }));
      return {
        loc: abs(articlePath(a)),
        lastmod: Math.max(a.updatedAt, a.publishedAt),
        news: news ? { publicationName: config.siteName, language: a.lang, publicationDate: a.publishedAt, title: a.headline } : undefined,
        images: a.coverFile ? [abs(mediaPath(a.coverFile))] : [],
        alternates,
      };
    });
  }

  async function newsSitemap(now: number): Promise<string> {
    const items = await reader.articlesBetween(langs, now - NEWS_WINDOW_MS, now + 1, now, NEWS_MAX, 0, true);
    return renderUrlSet(await articleEntries(items, now, true), tz, { news: true });
  }

  async function monthSitemap(month: string, part: number, now: number): Promise<string | null> {
    if (!isValidMonth(month) || month > monthOf(tz, now)) return null;
    const { start, end } = monthRange(tz, month);
    const stats = await reader.rangeStats(langs, start, end, now);
    if (stats.count === 0 || part > Math.ceil(stats.count / maxUrls)) return null;
    const items = await reader.articlesBetween(langs, start, end, now, maxUrls, (part - 1) * maxUrls);
    if (!items.length) return null;
    return renderUrlSet(await articleEntries(items, now, false), tz);
  }

  async function sectionsSitemap(now: number): Promise<string> {
    const [latest, rubrics, tags] = await Promise.all([
      Promise.all(langs.map((l) => reader.latestPublished(l, now))),
      reader.rubrics(langs, now),
      reader.tags(langs, now),
    ]);
    const homes = langs.map((l) => ({ hreflang: l, href: abs(homePath(l)) }));
    const entries: UrlEntry[] = langs.map((l, i) => ({ loc: abs(homePath(l)), lastmod: latest[i], alternates: homes }));
    const listing = (list: ListingEntry[], path: (lang: Lang, slug: string) => string): UrlEntry[] => {
      const byId = new Map<number, ListingEntry[]>();
      for (const e of list) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
      return list.map((e) => ({
        loc: abs(path(e.lang, e.slug)),
        lastmod: e.latest,
        alternates: byId
          .get(e.id)!
          .sort((x, y) => langs.indexOf(x.lang) - langs.indexOf(y.lang))
          .map((v) => ({ hreflang: v.lang, href: abs(path(v.lang, v.slug)) })),
      }));
    };
    entries.push(...listing(rubrics, rubricPath));
    // Tags past the per-file limit (not expected for years) are left out, least recently used first.
    const room = Math.max(0, maxUrls - entries.length);
    const tagsKept = tags.length > room ? [...tags].sort((x, y) => (y.latest ?? 0) - (x.latest ?? 0)).slice(0, room) : tags;
    entries.push(...listing(tagsKept, tagPath));
    return renderUrlSet(entries, tz);
  }

  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (req, reply) => {
    const { file } = req.params;
    const now = svc.now();
    let body: string | null = null;
    if (file === 'news.xml') body = await newsSitemap(now);
    else if (file === 'sections.xml') body = await sectionsSitemap(now);
    else {
      const m = MONTH_FILE.exec(file);
      // "-1" is not a part name: the first part is the bare month.
      if (m && m[2] !== '1') body = await monthSitemap(m[1], m[2] ? Number(m[2]) : 1, now);
    }
    if (body == null) return reply.callNotFound();
    return sendCached(req, reply, XML_TYPE, body);
  });
}
