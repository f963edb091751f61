import type { FastifyInstance } from 'fastify';
import type { Lang } from '../../../domain/lang.js';
import { articlePath, printPath } from '../../urls.js';
import { publicCacheControl } from '../../cache/http.js';
import { sendHtml } from '../html.js';
import type { SiteServices } from '../services.js';
import { ArticlePage } from './page.js';
import { PrintPage } from './print.js';

const REF = /^(\d{1,15})(?:-([^/]*))?$/;

export function articleRoutes(app: FastifyInstance, svc: SiteServices): void {
  /** Finds a published article by id; null (-> 404) for unknown, unpublished or future ones. */
  async function find(idText: string) {
    const id = Number(idText);
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const now = svc.now();
    const loc = await svc.articles.locate(id);
    if (!loc || loc.status !== 'published' || loc.publishedAt == null || loc.publishedAt > now) return null;
    return { loc, now };
  }

  app.get<{ Params: { lang: string; ref: string } }>('/:lang/:ref/', async (req, reply) => {
    const { lang, ref } = req.params;
    const m = REF.exec(ref);
    if (!svc.isEnabled(lang) || !m) return reply.callNotFound();
    const found = await find(m[1]);
    if (!found) return reply.callNotFound();
    const { loc, now } = found;
    // The short link, a wrong slug or the wrong language prefix all lead to the one canonical address.
    if (loc.lang !== lang || m[2] !== loc.slug) return reply.redirect(articlePath(loc), 301);
    const article = await svc.articles.full(loc.id, loc.lang, now);
    if (!article) return reply.callNotFound();
    const [related, popular, feed] = await Promise.all([
      svc.related.forPage(article, now),
      svc.popular(loc.lang, now, 5),
      svc.currentDayFeed(loc.lang, now),
    ]);
    const links: Partial<Record<Lang, string>> = { [article.lang]: articlePath(article) };
    for (const tr of article.translations) links[tr.lang] = articlePath(tr);
    const ctx = await svc.context(loc.lang, now, links);
    const page = ArticlePage({ ctx, data: { article, related, popular: popular.filter((p) => p.id !== article.id).slice(0, 4), feed } });
    return sendHtml(reply, page, 200, {
      keys: [`story:${article.storyId}`, `sidebar:${article.lang}`],
      cacheControl: publicCacheControl('article', article.publishedAt, now),
    });
  });

  app.get<{ Params: { lang: string; id: string } }>('/:lang/:id/print/', async (req, reply) => {
    const { lang, id } = req.params;
    const m = REF.exec(id);
    if (!svc.isEnabled(lang) || !m) return reply.callNotFound();
    const found = await find(m[1]);
    if (!found) return reply.callNotFound();
    const { loc, now } = found;
    if (loc.lang !== lang || m[2] !== undefined) return reply.redirect(printPath(loc.lang, loc.id), 301);
    const article = await svc.articles.full(loc.id, loc.lang, now);
    if (!article) return reply.callNotFound();
    const ctx = await svc.context(loc.lang, now);
    return sendHtml(reply, PrintPage({ ctx, a: article }), 200, {
      keys: [`story:${article.storyId}`],
      cacheControl: publicCacheControl('article', article.publishedAt, now),
    });
  });
}

