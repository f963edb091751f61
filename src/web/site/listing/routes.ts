import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ArticleSummary } from '../../../domain/article.js';
import type { Lang } from '../../../domain/lang.js';
import type { Page } from '../../../store/articles.js';
import { slugRedirect } from '../../../store/taxonomy-admin.js';
import { feedLinks, type FeedLink } from '../../feeds/links.js';
import { authorPath, rubricPath, tagPath, withPage } from '../../urls.js';
import { publicCacheControl } from '../../cache/http.js';
import { parsePage, sendHtml } from '../html.js';
import type { SiteServices } from '../services.js';
import { ListingPage, type ListingData } from './page.js';

export const PAGE_SIZE = 20;

interface Subject {
  title: string;
  basePath: string;
  alternates: Partial<Record<Lang, string>>;
  /** the list's syndication feeds, for the page head */
  feeds?: FeedLink[];
  /** the page-cache slot of this list: rubric:7, tag:3, author:5 */
  cacheKey: string;
  load(limit: number, offset: number, now: number): Promise<Page<ArticleSummary>>;
}

export function listingRoutes(app: FastifyInstance, svc: SiteServices): void {
  async function serve(reply: FastifyReply, kind: ListingData['kind'], lang: Lang, rawPage: unknown, subject: Subject | null) {
    if (!subject) return reply.callNotFound();
    const page = parsePage(rawPage);
    if (page === null) return reply.callNotFound();
    if (page === 'redirect-to-first') return reply.redirect(subject.basePath, 301);
    const now = svc.now();
    const result = await subject.load(PAGE_SIZE, (page - 1) * PAGE_SIZE, now);
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    if (page > pages) return reply.callNotFound();
    const [ctx, feed] = await Promise.all([svc.context(lang, now, subject.alternates), svc.currentDayFeed(lang, now)]);
    const data: ListingData = { kind, title: subject.title, basePath: subject.basePath, alternates: subject.alternates, items: result.items, page, pages, feed, feeds: subject.feeds };
    return sendHtml(reply, ListingPage({ ctx, data }), 200, { keys: [subject.cacheKey, `sidebar:${lang}`], cacheControl: publicCacheControl('list') });
  }

  type Req = { Params: { lang: string; slug: string }; Querystring: { page?: string } };

  app.get<Req>('/:lang/rubric/:slug/', async (req, reply) => {
    const { lang, slug } = req.params;
    if (!svc.isEnabled(lang)) return reply.callNotFound();
    const rubric = await svc.taxonomy.rubricBySlug(lang, slug);
    // a renamed rubric's old address leads to the new one (slug_redirects, written by the newsroom)
    const moved = rubric ? null : await slugRedirect(svc.store.db, 'rubric', lang, slug);
    if (moved) return reply.redirect(withPage(rubricPath(lang, moved), Number(req.query.page) || 1), 301);
    const subject: Subject | null = rubric && {
      title: rubric.name,
      basePath: rubricPath(lang, rubric.slug),
      alternates: Object.fromEntries(svc.config.langs.filter((l) => rubric.slugs[l]).map((l) => [l, rubricPath(l, rubric.slugs[l]!)])),
      feeds: feedLinks(`${rubric.name} — ${svc.config.siteName}`, rubricPath(lang, rubric.slug)),
      cacheKey: `rubric:${rubric.id}`,
      load: (limit, offset, now) => svc.articles.byRubric(lang, rubric.id, now, limit, offset),
    };
    return serve(reply, 'rubric', lang, req.query.page, subject);
  });

  app.get<Req>('/:lang/tag/:slug/', async (req, reply) => {
    const { lang, slug } = req.params;
    if (!svc.isEnabled(lang)) return reply.callNotFound();
    const tag = await svc.taxonomy.tagBySlug(lang, slug);
    const moved = tag ? null : await slugRedirect(svc.store.db, 'tag', lang, slug);
    if (moved) return reply.redirect(withPage(tagPath(lang, moved), Number(req.query.page) || 1), 301);
    const subject: Subject | null = tag && {
      title: `#${tag.name}`,
      basePath: tagPath(lang, tag.slug),
      alternates: Object.fromEntries(svc.config.langs.filter((l) => tag.slugs[l]).map((l) => [l, tagPath(l, tag.slugs[l]!)])),
      feeds: feedLinks(`#${tag.name} — ${svc.config.siteName}`, tagPath(lang, tag.slug)),
      cacheKey: `tag:${tag.id}`,
      load: (limit, offset, now) => svc.articles.byTag(lang, tag.id, now, limit, offset),
    };
    return serve(reply, 'tag', lang, req.query.page, subject);
  });

  app.get<Req>('/:lang/author/:slug/', async (req, reply) => {
    const { lang, slug } = req.params;
    if (!svc.isEnabled(lang)) return reply.callNotFound();
    const author = await svc.taxonomy.authorBySlug(lang, slug);
    const subject: Subject | null = author && {
      title: author.name,
      basePath: authorPath(lang, author.slug),
      alternates: Object.fromEntries(svc.config.langs.map((l) => [l, authorPath(l, author.slug)])),
      cacheKey: `author:${author.id}`,
      load: (limit, offset, now) => svc.articles.byAuthor(lang, author.id, now, limit, offset),
    };
    return serve(reply, 'author', lang, req.query.page, subject);
  });
}
