// JSON API of the stored exchange rates (som per unit of currency):
//   GET /api/v1/rates?date=YYYY-MM-DD            the day's rates (the latest date on or before `date`)
//   GET /api/v1/rates/history?code=USD&from=&to=  one currency's rates, oldest first (default: 30 days)
// Bad input answers 400 { error }, a date or currency with nothing stored 404 { error }, a valid range
// without stored rates 200 with an empty list. Answers are cached by browsers and CDNs for 5 minutes.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { addDays, isoDay, isValidIsoDay } from '../../i18n/format.js';
import type { SiteServices } from '../site/services.js';

/** The longest history one request may ask for: three years, a leap day included. */
export const MAX_HISTORY_DAYS = 3 * 365 + 1;
export const DEFAULT_HISTORY_DAYS = 30;

const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be given once, as text`) });

const isoDate = (name: string) =>
  text(name)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date written as YYYY-MM-DD`)
    .refine(isValidIsoDay, `${name} is not a real calendar date`);

const dayQuery = z.object({ date: isoDate('date').optional() });

const historyQuery = z.object({
  code: text('code')
    .regex(/^[A-Za-z]{3}$/, 'code must be a three-letter ISO 4217 currency code such as USD')
    .transform((c) => c.toUpperCase()),
  from: isoDate('from').optional(),
  to: isoDate('to').optional(),
});

/** The first problem of a failed parse, as one sentence for the `error` field. */
function message(error: z.ZodError): string {
  return error.issues.map((i) => (i.message.startsWith(String(i.path[0] ?? '')) ? i.message : `${i.path.join('.') || 'query'}: ${i.message}`)).join('; ');
}

function ok(reply: FastifyReply, body: unknown): FastifyReply {
  return reply.code(200).header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*').send(body);
}

function fail(reply: FastifyReply, status: 400 | 404 | 500, error: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').header('access-control-allow-origin', '*').send({ error });
}

const round = (n: number) => Number(n.toFixed(6));

export function ratesApiRoutes(app: FastifyInstance, svc: SiteServices): void {
  app.register(
    async (api) => {
      api.setNotFoundHandler((req, reply) => fail(reply, 404, `no such API address: ${req.url.split('?')[0]}`));
      api.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
        const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? 400 : 500;
        if (status === 500) req.log.error({ err, url: req.url }, 'API request failed');
        return fail(reply, status, status === 500 ? 'the rates could not be read; try again later' : err.message);
      });

      api.get('/v1/rates', async (req, reply) => {
        const q = dayQuery.safeParse(req.query ?? {});
        if (!q.success) return fail(reply, 400, message(q.error));
        const today = isoDay(svc.config.siteTz, svc.now());
        const range = await svc.rates.range();
        if (!range) return fail(reply, 404, 'no rates are stored yet');
        const requested = q.data.date ?? today;
        const maxDate = range.last > today ? range.last : today;
        if (requested > maxDate) return fail(reply, 404, `no rates are published for ${requested} yet; the latest are for ${range.last}`);
        const day = await svc.rates.day(requested);
        if (!day) return fail(reply, 404, `no rates are stored for ${requested} or earlier; the history starts on ${range.first}`);
        return ok(reply, {
          date: day.date,
          requestedDate: requested,
          previousDate: day.previousDate,
          base: 'KGS',
          rates: day.rates.map((r) => ({
            code: r.code,
            rate: r.rate,
            nominal: r.nominal,
            previous: r.previous,
            change: r.previous == null ? null : round(r.rate - r.previous),
            corrected: r.corrected,
            source: r.source,
          })),
        });
      });

      api.get('/v1/rates/history', async (req, reply) => {
        const q = historyQuery.safeParse(req.query ?? {});
        if (!q.success) return fail(reply, 400, message(q.error));
        const { code } = q.data;
        const today = isoDay(svc.config.siteTz, svc.now());
        const to = q.data.to ?? today;
        const from = q.data.from ?? addDays(to, -(DEFAULT_HISTORY_DAYS - 1));
        if (from > to) return fail(reply, 400, `from (${from}) must not be after to (${to})`);
        if (addDays(from, MAX_HISTORY_DAYS) <= to) return fail(reply, 400, `the span from ${from} to ${to} is longer than 3 years; ask for ${MAX_HISTORY_DAYS} days or fewer`);
        const range = await svc.rates.range();
        if (!range || !range.codes.includes(code)) return fail(reply, 404, `no rates are stored for ${code}`);
        const points = await svc.rates.history(code, from, to);
        return ok(reply, { code, base: 'KGS', from, to, points: points.map((p) => ({ date: p.date, rate: p.rate, corrected: p.corrected })) });
      });
    },
    { prefix: '/api' },
  );
}
