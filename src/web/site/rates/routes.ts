// /{lang}/rates/: the day's rates (?date=YYYY-MM-DD), a currency's chart (?code=USD&days=30|90|365)
// and the converter (?amount=1000&currency=USD&direction=to-som|from-som). Also registers the JSON API.
import type { FastifyInstance } from 'fastify';
import { addDays, isoDay, isValidIsoDay } from '../../../i18n/format.js';
import { parseAmount } from '../../../i18n/currencies.js';
import type { RatesDay } from '../../../store/rates.js';
import { ratesApiRoutes } from '../../api/rates.js';
import { publicCacheControl } from '../../cache/http.js';
import { sendHtml } from '../html.js';
import { HEADER_CURRENCIES, type SiteServices } from '../services.js';
import { RatesPage, type Conversion, type RatesNote, type RatesPageData, type RatesProblem } from './page.js';
import { CHART_PERIODS, EMPTY_STATE, ratesHref, type ChartPeriod, type RatesState } from './urls.js';

/** The converter refuses amounts above this (a billion): enough for any reader, safe for floats. */
export const MAX_AMOUNT = 1e9;

/** One value of a query parameter (the first when repeated), as a trimmed string. */
function one(v: unknown): string {
  if (Array.isArray(v)) v = v[0];
  return typeof v === 'string' ? v.trim() : '';
}

/** Reads the query into a state that is safe to echo back (unknown values become defaults). */
export function readState(qs: Record<string, unknown>): RatesState {
  const days = Number(one(qs.days));
  const code = one(qs.code).toUpperCase();
  const currency = one(qs.currency).toUpperCase();
  const direction = one(qs.direction);
  return {
    date: one(qs.date).slice(0, 40),
    // Echoed back escaped (JSX, URLSearchParams); an unknown code gets a message naming it.
    code: code.slice(0, 12),
    days: (CHART_PERIODS as readonly number[]).includes(days) ? (days as ChartPeriod) : EMPTY_STATE.days,
    amount: one(qs.amount).slice(0, 40),
    currency: /^[A-Z]{3}$/.test(currency) ? currency : '',
    direction: direction === 'from-som' ? 'from-som' : 'to-som',
  };
}

/** Converts with the day's per-unit rates; an error for input that is not a sensible amount. */
export function convert(day: RatesDay, st: RatesState): Conversion | null {
  if (!st.amount) return null;
  const amount = parseAmount(st.amount);
  if (amount === null || amount <= 0) return { ok: false, error: 'badAmount' };
  if (amount > MAX_AMOUNT) return { ok: false, error: 'tooLarge' };
  const row = day.rates.find((r) => r.code === st.currency);
  if (!row || !(row.rate > 0)) return { ok: false, error: 'unknownCurrency' };
  const result = st.direction === 'to-som' ? amount * row.rate : amount / row.rate;
  return { ok: true, amount, currency: row.code, direction: st.direction, rate: row.rate, result };
}

/** The header's currencies first, then the National Bank's daily ones, then the rest by code. */
export function inReadingOrder<T extends { code: string }>(rates: T[], first: string[]): T[] {
  const order = [...first, 'USD', 'EUR', 'RUB', 'KZT', 'CNY'];
  const rank = (code: string) => {
    const i = order.indexOf(code);
    return i === -1 ? order.length : i;
  };
  return [...rates].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}

export function ratesRoutes(app: FastifyInstance, svc: SiteServices): void {
  app.get<{ Params: { lang: string }; Querystring: Record<string, unknown> }>('/:lang/rates/', async (req, reply) => {
    const { lang } = req.params;
    if (!svc.isEnabled(lang)) return reply.callNotFound();
    const state = readState(req.query ?? {});
    const now = svc.now();
    const today = isoDay(svc.config.siteTz, now);
    const [range, feed] = await Promise.all([svc.rates.range(), svc.currentDayFeed(lang, now)]);
    // Tomorrow's rates are published the evening before: a stored future date may be chosen.
    const maxDate = range && range.last > today ? range.last : today;

    let problem: RatesProblem | null = null;
    let day: RatesDay | null = null;
    const notes: RatesNote[] = [];
    if (state.date && !isValidIsoDay(state.date)) problem = { kind: 'badDate', value: state.date };
    else if (state.date && state.date > maxDate) problem = { kind: 'future', date: state.date };
    else if (range) {
      day = await svc.rates.day(state.date || today);
      if (day) day = { ...day, rates: inReadingOrder(day.rates, svc.config.rateCurrencies ?? HEADER_CURRENCIES) };
      if (!day) problem = { kind: 'tooEarly', date: state.date || today };
      else if (state.date && day.date !== state.date) notes.push({ kind: 'fallback', requested: state.date });
    }

    let chart: RatesPageData['chart'] = null;
    let conversion: Conversion | null = null;
    if (day && !problem && day.rates.length) {
      const codes = day.rates.map((r) => r.code);
      const fallback = codes.includes('USD') ? 'USD' : codes[0];
      let code = fallback;
      if (state.code) {
        if (codes.includes(state.code) || range?.codes.includes(state.code)) code = state.code;
        else notes.push({ kind: 'unknownCode', code: state.code });
      }
      const points = await svc.rates.history(code, addDays(day.date, -(state.days - 1)), day.date);
      chart = { code, days: state.days, points };
      conversion = convert(day, state);
    }

    // The language switch keeps the date, the chart and the conversion.
    const links = Object.fromEntries(svc.config.langs.map((l) => [l, ratesHref(l, state)]));
    const ctx = await svc.context(lang, now, links);
    const data: RatesPageData = { state, range, maxDate, day, problem, notes, chart, conversion, feed };
    return sendHtml(reply, RatesPage({ ctx, data }), problem ? 404 : 200, { keys: ['rates', `sidebar:${lang}`], cacheControl: publicCacheControl('list') });
  });

  ratesApiRoutes(app, svc);
}
