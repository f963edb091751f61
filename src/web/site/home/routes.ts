import type { FastifyInstance } from 'fastify';
import type { ArticleSummary } from '../../../domain/article.js';
import { homePath } from '../../urls.js';
import { publicCacheControl } from '../../cache/http.js';
import { sendHtml } from '../html.js';
import type { SiteServices } from '../services.js';
import { HomePage } from './page.js';

const DAY_MS = 86_400_000;

export function homeRoutes(app: FastifyInstance, svc: SiteServices): void {
  app.get('/', async (_req, reply) => reply.redirect(homePath(svc.config.defaultLang), 302));

  app.get<{ Params: { lang: string } }>('/:lang/', async (req, reply) => {
    const { lang } = req.params;
    if (!svc.isEnabled(lang)) return reply.callNotFound();
    const now = svc.now();
    const [ctx, top, breaking, latest, popular, feed] = await Promise.all([
      svc.context(lang, now, Object.fromEntries(svc.config.langs.map((l) => [l, homePath(l)]))),
      svc.articles.pinned(lang, now),
      svc.articles.breaking(lang, now, now - DAY_MS),
      svc.articles.latest(lang, now, 13),
      svc.popular(lang, now, 8),
      svc.currentDayFeed(lang, now),
    ]);
    const shown = new Set<number>();
    const topStory = top ?? latest[0] ?? null;
    if (topStory) shown.add(topStory.id);
    const latestCards = latest.filter((a) => !shown.has(a.id)).slice(0, 12);
    latestCards.forEach((a) => shown.add(a.id));
    // Rubric blocks: the four newest not already on the page, for rubrics that have any.
    const blocks = await Promise.all(ctx.rubrics.map(async (rubric) => ({ rubric, items: await svc.articles.latestInRubric(lang, rubric.id, now, 8) })));
    const rubricBlocks = blocks
      .map(({ rubric, items }) => ({ rubric, items: items.filter((a: ArticleSummary) => !shown.has(a.id)).slice(0, 4) }))
      .filter((b) => b.items.length > 0);
    return sendHtml(reply, HomePage({ ctx, data: { top: topStory, breaking, latest: latestCards, rubricBlocks, popular, feed } }), 200, {
      keys: [`home:${lang}`, `sidebar:${lang}`],
      cacheControl: publicCacheControl('list'),
    });
  });
}
