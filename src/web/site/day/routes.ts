import type { FastifyInstance } from 'fastify';
import { addDays, isoDay, isValidIsoDay } from '../../../i18n/format.js';
import { dayPath } from '../../urls.js';
import { publicCacheControl } from '../../cache/http.js';
import { sendHtml } from '../html.js';
import type { SiteServices } from '../services.js';
import { DayPage } from './page.js';

export function dayRoutes(app: FastifyInstance, svc: SiteServices): void {
  app.get<{ Params: { lang: string; day: string } }>('/:lang/news/:day/', async (req, reply) => {
    const { lang, day } = req.params;
    if (!svc.isEnabled(lang) || !isValidIsoDay(day)) return reply.callNotFound();
    const now = svc.now();
    const today = isoDay(svc.config.siteTz, now);
    if (day > today) return reply.callNotFound();
    const [ctx, feed, popular] = await Promise.all([
      svc.context(lang, now, Object.fromEntries(svc.config.langs.map((l) => [l, dayPath(l, day)]))),
      svc.dayFeed(lang, day, now),
      svc.popular(lang, now, 4),
    ]);
    const nextDay = day < today ? addDays(day, 1) : null;
    return sendHtml(reply, DayPage({ ctx, data: { feed, previousDay: addDays(day, -1), nextDay, popular } }), 200, {
      keys: [`day:${lang}:${day}`, `sidebar:${lang}`],
      cacheControl: publicCacheControl('list'),
    });
  });
}
