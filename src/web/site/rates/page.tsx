// The rates page: every currency of a date with its change, a date picker, a history chart with its
// data table, and a som ↔ currency converter. Everything works without JavaScript (GET forms).
import { currencyName, formatAmount } from '../../../i18n/currencies.js';
import type { HistoryPoint, RatesDay } from '../../../store/rates.js';
import { Layout } from '../../components/layout.js';
import { DayFeed } from '../../components/lists.js';
import { h, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import type { DayFeedData } from '../services.js';
import { ChangeCell } from './change-cell.js';
import { ChartSection } from './chart-section.js';
import { Converter } from './converter.js';
import { dateLabel, formatRate } from './format.js';
import { ratesHref, ratesPath, type ChartPeriod, type Direction, type RatesState } from './urls.js';

export type Conversion =
  | { ok: true; amount: number; currency: string; direction: Direction; rate: number; result: number }
  | { ok: false; error: 'badAmount' | 'tooLarge' | 'unknownCurrency' };

/** Why the page has no rates to show (answered with 404). */
export type RatesProblem = { kind: 'badDate'; value: string } | { kind: 'future'; date: string } | { kind: 'tooEarly'; date: string };

export type RatesNote = { kind: 'fallback'; requested: string } | { kind: 'unknownCode'; code: string };

export interface RatesPageData {
  state: RatesState;
  /** the stored span (null before any rates were stored) */
  range: { first: string; last: string; codes: string[] } | null;
  /** the latest date the picker offers */
  maxDate: string;
  day: RatesDay | null;
  problem: RatesProblem | null;
  notes: RatesNote[];
  chart: { code: string; days: ChartPeriod; points: HistoryPoint[] } | null;
  conversion: Conversion | null;
  feed: DayFeedData[];
}

export function RatesPage({ ctx, data }: { ctx: SiteContext; data: RatesPageData }): SafeHtml {
  const { s, lang, config } = ctx;
  const day = data.day;
  const explicit = data.state.date;
  const canonical = ratesHref(lang, { date: explicit });
  const alternates = Object.fromEntries(config.langs.map((l) => [l, ratesHref(l, { date: explicit })]));
  const heading = data.problem ? s.ratesNotFoundTitle : day ? s.ratesPageTitle(dateLabel(lang, day.date)) : s.ratesPage;
  const meta = data.problem
    ? { title: heading, noindex: true }
    : { title: heading, description: s.ratesPageDescription, canonical, alternates, noindex: Boolean(data.state.amount || data.state.code || data.notes.length) };
  return (
    <Layout ctx={ctx} pageClass="rates" meta={meta}>
      <div class="wrap with-sidebar">
        <div class="content">
          <h1 class="page-title">{heading}</h1>
          <DateForm ctx={ctx} data={data} />
          {data.problem ? <Problem ctx={ctx} data={data} problem={data.problem} /> : null}
          {data.notes.length ? (
            <div class="rates-notes" role="status">
              {data.notes.map((n) => (
                <p class="rates-note">
                  {n.kind === 'fallback' ? s.ratesFallback(dateLabel(lang, n.requested), dateLabel(lang, day!.date)) : s.ratesUnknownCode(n.code, data.chart?.code ?? '')}
                </p>
              ))}
            </div>
          ) : null}
          {!data.problem && !day ? <p class="empty">{s.ratesUnavailable}</p> : null}
          {day && !data.problem ? <RatesTable ctx={ctx} data={data} day={day} /> : null}
          {day && !data.problem && data.chart ? <ChartSection ctx={ctx} data={data} chart={data.chart} /> : null}
        </div>
        <aside class="sidebar">
          {day && !data.problem ? <Converter ctx={ctx} data={data} day={day} /> : null}
          {data.feed.length ? <DayFeed ctx={ctx} days={data.feed} limit={12} /> : null}
        </aside>
      </div>
    </Layout>
  );
}

function Problem({ ctx, data, problem }: { ctx: SiteContext; data: RatesPageData; problem: RatesProblem }): SafeHtml {
  const { s, lang } = ctx;
  const text =
    problem.kind === 'badDate'
      ? s.ratesBadDate(problem.value)
      : problem.kind === 'future'
        ? s.ratesFutureDate(dateLabel(lang, problem.date), dateLabel(lang, data.range?.last ?? problem.date))
        : s.ratesTooEarly(dateLabel(lang, problem.date), dateLabel(lang, data.range?.first ?? problem.date));
  return (
    <div class="rates-problem" role="alert">
      <p>{text}</p>
      <p>
        <a href={ratesPath(lang)} class="button">
          {s.ratesLatest}
        </a>
      </p>
    </div>
  );
}

/** The date picker: a plain GET form; browsers without a calendar accept YYYY-MM-DD typed in. */
function DateForm({ ctx, data }: { ctx: SiteContext; data: RatesPageData }): SafeHtml {
  const { s, lang } = ctx;
  const value = data.day && !data.problem ? data.day.date : data.state.date && /^\d{4}-\d{2}-\d{2}$/.test(data.state.date) ? data.state.date : '';
  return (
    <form class="rates-date-form" action={ratesPath(lang)} method="get">
      <label for="rates-date">{s.ratesDate}</label>
      <input type="date" id="rates-date" name="date" value={value} min={data.range?.first} max={data.maxDate} aria-describedby={data.range ? 'rates-span' : undefined} />
      {data.state.code ? <input type="hidden" name="code" value={data.state.code} /> : null}
      {data.state.days !== 30 ? <input type="hidden" name="days" value={String(data.state.days)} /> : null}
      <button type="submit">{s.ratesShow}</button>
      {data.range ? (
        <p class="rates-span" id="rates-span">
          {s.ratesAvailable(dateLabel(lang, data.range.first), dateLabel(lang, data.range.last))}
        </p>
      ) : null}
    </form>
  );
}

function RatesTable({ ctx, data, day }: { ctx: SiteContext; data: RatesPageData; day: RatesDay }): SafeHtml {
  const { s, lang } = ctx;
  const corrected = day.rates.some((r) => r.corrected);
  const demo = day.rates.length > 0 && day.rates.every((r) => r.source === 'demo');
  return (
    <section class="rates-day" aria-labelledby="rates-table-caption">
      <div class="table-scroll">
        <table class="rates-table">
          <caption id="rates-table-caption">{s.ratesTableCaption(dateLabel(lang, day.date), day.previousDate ? dateLabel(lang, day.previousDate) : null)}</caption>
          <thead>
            <tr>
              <th scope="col">{s.ratesColCode}</th>
              <th scope="col">{s.ratesColCurrency}</th>
              <th scope="col" class="num">
                {s.ratesColRate}
              </th>
              <th scope="col" class="num">
                {s.ratesColChange}
              </th>
            </tr>
          </thead>
          <tbody>
            {day.rates.map((r) => (
              <tr class={data.chart?.code === r.code ? 'is-charted' : undefined}>
                <th scope="row" class="rates-code">
                  <a href={ratesHref(lang, { ...data.state, code: r.code, amount: '' }, '#rates-chart')}>
                    {r.code}
                    <span class="visually-hidden"> — {s.ratesShowChart}</span>
                  </a>
                </th>
                <td class="rates-name">{currencyName(lang, r.code)}</td>
                <td class="num rates-rate">
                  <data value={String(r.rate)}>{formatRate(lang, r.rate)}</data>
                  {r.corrected ? (
                    <span class="rate-corrected" title={s.ratesCorrected}>
                      <span aria-hidden="true">*</span>
                      <span class="visually-hidden"> ({s.ratesCorrected})</span>
                    </span>
                  ) : null}
                  {r.nominal > 1 ? <span class="rates-nominal">{s.ratesNominal(r.nominal, formatAmount(lang, r.rate * r.nominal, 4))}</span> : null}
                </td>
                <ChangeCell ctx={ctx} rate={r.rate} previous={r.previous} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {corrected ? (
        <p class="rates-footnote">
          <span aria-hidden="true">* </span>
          {s.ratesCorrected}
        </p>
      ) : null}
      <p class="rates-footnote">{demo ? `${s.ratesSource} ${s.ratesDemo}` : s.ratesSource}</p>
    </section>
  );
}

export { dateLabel, direction, formatRate } from './format.js';
