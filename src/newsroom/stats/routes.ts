// The statistics pages: /newsroom/stats/ for editors and administrators, and one article's views at
// /newsroom/articles/:id/stats/ for anyone who may open the article in the newsroom.
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../../domain/lang.js';
import { isoDay } from '../../i18n/format.js';
import { h } from '../../web/jsx.js';
import { guard } from '../auth/guard.js';
import type { NewsroomDeps } from '../deps.js';
import { idParam, notFoundPage } from '../articles/pages/shared.js';
import { sendPage } from '../ui/render.js';
import { ArticleStatsPage } from './article-page.js';
import { articleStats } from './article-data.js';
import { CHART_PERIODS, fillDays, lastDays, oneOf, TOP_WINDOWS, type TopWindow } from './periods.js';
import { siteDailyViews, storyVersionViews, topStories } from './query.js';
import { SiteStatsPage } from './site-page.js';

/** The "recent" window of the language versions table and the side panel. */
export const RECENT_DAYS = 30;

export function statsRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const db = deps.store.db;
  const tz = deps.config.siteTz;
  const langs: Lang[] = [...deps.config.langs];

  app.get('/newsroom/stats/', { preHandler: guard('stats.view') }, async (req, reply) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const period = oneOf(q.days, CHART_PERIODS, CHART_PERIODS[0]);
    const window = oneOf(q.top, Object.keys(TOP_WINDOWS) as TopWindow[], 'today');
    const problems = [
      period === null ? `The chart shows ${CHART_PERIODS.join(', ')} days: “days” must be one of them.` : '',
      window === null ? `The top stories are for today, week or month: “top” must be one of them.` : '',
    ].filter(Boolean);
    const days = period ?? CHART_PERIODS[0];
    const win = window ?? 'today';
    const now = deps.now();
    const today = isoDay(tz, now);
    const range = lastDays(today, days);
    const topRange = lastDays(today, TOP_WINDOWS[win].days);
    const [daily, ...lists] = await Promise.all([siteDailyViews(db, langs, range), ...langs.map((l) => topStories(db, l, topRange, now))]);
    const sums = new Map<string, Map<string, number>>(langs.map((l) => [l, new Map()]));
    const all = new Map<string, number>();
    for (const r of daily) {
      sums.get(r.lang)?.set(r.day, r.views);
      all.set(r.day, (all.get(r.day) ?? 0) + r.views);
    }
    return sendPage(
      req,
      reply,
      deps,
      { title: 'Statistics', section: 'stats', status: problems.length ? 400 : 200, flash: problems.length ? { kind: 'error', text: `${problems.join(' ')} Showing the defaults instead.` } : undefined },
      () =>
        h(SiteStatsPage, {
          tz,
          today,
          period: days,
          range,
          total: fillDays(range, all),
          byLang: langs.map((lang) => ({ lang, points: fillDays(range, sums.get(lang)!) })),
          top: { window: win, range: topRange, lists: langs.map((lang, i) => ({ lang, rows: lists[i] })) },
        }),
    );
  });

  app.get('/newsroom/articles/:id/stats/', { preHandler: guard() }, async (req, reply) => {
    const id = idParam(req);
    const now = deps.now();
    const data = id === null ? null : await articleStats(db, tz, id, now);
    if (!data) return notFoundPage(req, reply, deps);
    const today = isoDay(tz, now);
    const versions = await storyVersionViews(db, data.article.storyId, lastDays(today, RECENT_DAYS), now);
    return sendPage(req, reply, deps, { title: `Views: ${data.article.headline || `#${data.article.id}`}`, section: 'articles' }, () =>
      h(ArticleStatsPage, { article: data.article, chart: data.chart, versions, recentDays: RECENT_DAYS, tz }),
    );
  });
}
