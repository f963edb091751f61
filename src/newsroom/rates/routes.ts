// The editors' rates page under /newsroom/rates/: the stored rates of a day (base KGS) with source
// and corrections, a form to correct one, and the history of corrections. A correction goes through
// the same path as `newsdesk rates set` (RatesWriter.correct: append-only, the newest wins), is
// audited as rates.correct, and shows on the public header, rates page and API at once.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addDays, isoDay, isValidIsoDay } from '../../i18n/format.js';
import { RatesReader, RatesWriter } from '../../store/rates.js';
import { audit } from '../audit/log.js';
import { guard } from '../auth/guard.js';
import type { NewsroomDeps } from '../deps.js';
import type { Flash } from '../ui/layout.js';
import { setFlash } from '../ui/flash.js';
import { sendPage } from '../ui/render.js';
import { correctionHistory } from './history.js';
import { dayLabel, RATES_URL, RatesCorrectionPage, rateInput, rateText, type RatesPageData } from './pages.js';
import { JUMP_FACTOR, latestCorrectable, parseCorrection, type CorrectionErrors, type CorrectionTyped } from './validate.js';

const BASE = 'KGS';
export const HISTORY_PER_PAGE = 30;

type Query = Record<string, string | undefined>;

export function ratesCorrectionRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const pre = { preHandler: guard('rates.correct') };
  const reader = new RatesReader(deps.store.db);
  const today = () => isoDay(deps.config.siteTz, deps.now());

  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    opts: { requested: string; form: CorrectionTyped; errors?: CorrectionErrors; jump?: string | null; status?: number; flash?: Flash | null; historyPage?: number },
  ) {
    const [day, range] = await Promise.all([reader.day(opts.requested, BASE), reader.range(BASE)]);
    const asked = opts.historyPage ?? 1;
    let history = await correctionHistory(deps.store.db, { base: BASE, limit: HISTORY_PER_PAGE, offset: (asked - 1) * HISTORY_PER_PAGE });
    const historyPages = Math.max(1, Math.ceil(history.total / HISTORY_PER_PAGE));
    const historyPage = Math.min(asked, historyPages);
    if (historyPage !== asked) history = await correctionHistory(deps.store.db, { base: BASE, limit: HISTORY_PER_PAGE, offset: (historyPage - 1) * HISTORY_PER_PAGE });
    return sendPage(req, reply, deps, { title: 'Exchange rates', section: 'rates', status: opts.status, flash: opts.flash }, (csrf) => {
      const data: RatesPageData = {
        requested: opts.requested,
        day,
        range,
        maxDate: latestCorrectable(today()),
        form: opts.form,
        errors: opts.errors ?? {},
        jump: opts.jump ?? null,
        history: history.items,
        historyPage,
        historyPages,
        historyTotal: history.total,
        tz: deps.config.siteTz,
        csrf,
      };
      return RatesCorrectionPage(data);
    });
  }

  app.get('/newsroom/rates/', pre, async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
    const q = req.query;
    const max = latestCorrectable(today());
    const requested = typeof q.date === 'string' && isValidIsoDay(q.date) && q.date <= max ? q.date : today();
    const badDate = typeof q.date === 'string' && q.date !== '' && requested !== q.date;
    const code = typeof q.code === 'string' && /^[A-Za-z]{3}$/.test(q.code) ? q.code.toUpperCase() : '';
    // "Correct" links fill the form with the currency, date and current value
    let rate = '';
    if (code) {
      const day = await reader.day(requested, BASE);
      const r = day?.date === requested ? day.rates.find((x) => x.code === code) : undefined;
      if (r) rate = rateInput(r.rate);
    }
    const hp = Number(q.hpage ?? '1');
    return render(req, reply, {
      requested,
      form: { code, date: code ? requested : '', rate, note: '', confirm: false },
      historyPage: Number.isInteger(hp) && hp >= 1 && hp <= 100_000 ? hp : 1,
      flash: badDate ? { kind: 'error', text: `“${q.date}” is not a date from the stored range; showing ${dayLabel(requested)}.` } : null,
    });
  });

  app.post('/newsroom/rates/', pre, async (req: FastifyRequest<{ Body: Record<string, unknown> }>, reply) => {
    const range = await reader.range(BASE);
    const parsed = parseCorrection(req.body, { latestAllowed: latestCorrectable(today()), first: range?.first ?? null });
    const { typed, code, date, rate, note } = parsed;
    const errors: CorrectionErrors = { ...parsed.errors };
    if (!errors.code && range && !range.codes.includes(code)) {
      errors.code = `No rates are stored for “${code}”. Pick one of the listed currencies (${range.codes.slice(0, 8).join(', ')}${range.codes.length > 8 ? ', …' : ''}).`;
    }

    const requested = !errors.date ? date : today();
    let current: { rate: number; corrected: boolean; source: string } | null = null;
    let jump: string | null = null;
    if (!errors.code && !errors.date) {
      const day = await reader.day(date, BASE);
      const onDate = day?.date === date ? day.rates.find((r) => r.code === code) : undefined;
      if (onDate) current = { rate: onDate.rate, corrected: onDate.corrected, source: onDate.source };
      if (!errors.rate) {
        if (current && Math.abs(current.rate - rate) < 1e-9) {
          errors.rate = `${rateText(rate)} is already the rate of ${code} on ${dayLabel(date)}${current.corrected ? ' (corrected)' : ''}; there is nothing to correct.`;
        } else {
          // the previous stored day's rate is the yardstick; without one, the value being replaced
          const before = await reader.latest([code], addDays(date, -1), BASE);
          const ref = before?.rates[0] ? { rate: before.rates[0].rate, label: `the rate of ${dayLabel(before.date)}` } : current ? { rate: current.rate, label: 'the stored value' } : null;
          if (ref && (rate > ref.rate * JUMP_FACTOR || rate < ref.rate / JUMP_FACTOR) && !typed.confirm) {
            const times = rate > ref.rate ? `more than ${JUMP_FACTOR} times` : `less than a ${JUMP_FACTOR === 10 ? 'tenth' : `1/${JUMP_FACTOR}`} of`;
            jump = `${rateText(rate)} som is ${times} ${ref.label} (${rateText(ref.rate)}). Check the decimal mark and that it is per one unit — or tick the box to save it anyway.`;
            errors.rate = 'Confirm this value below, or correct it.';
          }
        }
      }
    }

    if (Object.keys(errors).length) {
      const n = Object.keys(errors).length;
      return render(req, reply, {
        requested,
        form: typed,
        errors,
        jump,
        status: 400,
        flash: { kind: 'error', text: `The correction was not saved: ${n === 1 ? 'one field needs' : `${n} fields need`} attention.` },
      });
    }

    const staff = req.staff!;
    const by = `${staff.name} <${staff.email}>`;
    const at = deps.now();
    await deps.store.db.transaction().execute(async (trx) => {
      await new RatesWriter(trx).correct(BASE, date, code, rate, note, by, at);
      await audit(trx, {
        user: { id: staff.id, name: staff.name },
        action: 'rates.correct',
        target: `${code} ${date}`,
        details: { from: current?.rate ?? null, to: rate, note, base: BASE },
        ip: req.ip,
        at,
      });
    });
    await deps.changed({ kind: 'rates' });
    setFlash(reply, {
      kind: 'ok',
      text: `${code} on ${dayLabel(date)} corrected: ${current ? `${rateText(current.rate)} → ` : ''}${rateText(rate)} som. The site shows it now, marked as corrected.`,
    });
    return reply.redirect(`${RATES_URL}?date=${date}`, 303);
  });
}
