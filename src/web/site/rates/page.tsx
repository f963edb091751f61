// The rates page: every currency of a date with its change, a date picker, a history chart with its
// data table, and a som ↔ currency converter. Everything works without JavaScript (GET forms).
import type { Lang } from '../../../domain/lang.js';
import { currencyName, formatAmount, formatSigned } from '../../../i18n/currencies.js';
import { formatLongDate } from '../../../i18n/format.js';
import type { HistoryPoint, RatesDay } from '../../../store/rates.js';
import { Layout } from '../../components/layout.js';
import { DayFeed } from '../../components/lists.js';
import { h, raw, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import type { DayFeedData } from '../services.js';
import { buildChart } from './chart.js';
import { CHART_PERIODS, ratesHref, ratesPath, type ChartPeriod, type Direction, type RatesState } from './urls.js';

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

const noon = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 12);
};

/** "14 February 2024" for a YYYY-MM-DD date (a calendar date: no time zone involved). */
export function dateLabel(lang: Lang, date: string): string {
  return formatLongDate(lang, 'UTC', noon(date));
}

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', ky: 'ky-KG', en: 'en-GB' };
function shortDate(lang: Lang, date: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(noon(date));
}

/** A per-unit rate: four decimals as the National Bank publishes them, six for tiny currencies. */
export function formatRate(lang: Lang, rate: number): string {
  return formatAmount(lang, rate, rate > 0 && rate < 0.01 ? 6 : 4);
}

export function direction(rate: number, previous: number | null): 'up' | 'down' | 'same' | 'none' {
  if (previous == null) return 'none';
  if (Math.abs(rate - previous) < 0.00005) return 'same';
  return rate > previous ? 'up' : 'down';
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

function ChangeCell({ ctx, rate, previous }: { ctx: SiteContext; rate: number; previous: number | null }): SafeHtml {
  const { s, lang } = ctx;
  const dir = direction(rate, previous);
  if (dir === 'none') return <td class="rates-change change-none">—</td>;
  const mark = dir === 'up' ? '▲' : dir === 'down' ? '▼' : '';
  const label = dir === 'up' ? s.rateUp : dir === 'down' ? s.rateDown : s.rateSame;
  return (
    <td class={`rates-change change-${dir}`}>
      {formatSigned(lang, rate - previous!, rate < 0.01 ? 6 : 4)}
      {mark ? (
        <span class="rate-dir" aria-hidden="true">
          {' '}
          {mark}
        </span>
      ) : null}
      <span class="visually-hidden"> ({label})</span>
    </td>
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

function ChartSection({ ctx, data, chart }: { ctx: SiteContext; data: RatesPageData; chart: NonNullable<RatesPageData['chart']> }): SafeHtml {
  const { s, lang } = ctx;
  const name = `${currencyName(lang, chart.code)} (${chart.code})`;
  const title = s.ratesChartTitle(name, chart.days);
  const pts = chart.points.map((p) => ({ date: p.date, value: p.rate }));
  let desc = s.ratesChartEmpty;
  if (pts.length) {
    const values = pts.map((p) => p.value);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const fmt = (v: number) => formatRate(lang, v);
    desc = s.ratesChartDesc({
      from: dateLabel(lang, pts[0].date),
      to: dateLabel(lang, pts[pts.length - 1].date),
      first: fmt(pts[0].value),
      last: fmt(pts[pts.length - 1].value),
      min: fmt(min),
      minDate: dateLabel(lang, pts[values.indexOf(min)].date),
      max: fmt(max),
      maxDate: dateLabel(lang, pts[values.indexOf(max)].date),
    });
  }
  const common = {
    title,
    desc,
    formatValue: (v: number, d: number) => formatAmount(lang, v, d),
    formatDate: (d: string) => shortDate(lang, d),
    formatMark: (v: number) => formatRate(lang, v),
    minLabel: s.ratesChartMin,
    maxLabel: s.ratesChartMax,
    emptyText: s.ratesChartEmpty,
  };
  // Two drawings of the same chart: the wide one for screens, a narrower one whose labels stay legible
  // on phones. CSS shows one of them; the hidden one is hidden from assistive technology too.
  const wide = buildChart(pts, { ...common, id: 'rates-chart-wide', width: 720, height: 320, className: 'rate-chart rate-chart-wide' });
  const narrow = buildChart(pts, { ...common, id: 'rates-chart-narrow', width: 340, height: 240, xTicks: 3, yTicks: 4, fontSize: 11, className: 'rate-chart rate-chart-narrow' });
  return (
    <section class="rates-history" id="rates-chart" aria-labelledby="rates-chart-heading">
      <h2 class="block-title" id="rates-chart-heading">
        {s.ratesChartHeading}
      </h2>
      <form class="rates-chart-form" action={`${ratesPath(lang)}#rates-chart`} method="get">
        {data.state.date ? <input type="hidden" name="date" value={data.state.date} /> : null}
        <div class="rates-field">
          <label for="chart-code">{s.ratesCurrency}</label>
          <select id="chart-code" name="code">
            {(data.day?.rates ?? []).map((r) => (
              <option value={r.code} selected={r.code === chart.code}>
                {`${r.code} — ${currencyName(lang, r.code)}`}
              </option>
            ))}
          </select>
        </div>
        <div class="rates-field">
          <label for="chart-days">{s.ratesPeriod}</label>
          <select id="chart-days" name="days">
            {CHART_PERIODS.map((n) => (
              <option value={String(n)} selected={n === chart.days}>
                {s.ratesDays(n)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{s.ratesShow}</button>
      </form>
      <figure class="rates-figure">
        {raw(wide)}
        {raw(narrow)}
      </figure>
      {pts.length ? (
        <details class="rates-data">
          <summary>{s.ratesChartTable}</summary>
          <div class="table-scroll">
            <table class="rates-table rates-history-table">
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.ratesColDate}</th>
                  <th scope="col" class="num">
                    {s.ratesColRate}
                  </th>
                  <th scope="col" class="num">
                    {s.ratesColChange}
                  </th>
                </tr>
              </thead>
              <tbody>
                {chart.points
                  .slice()
                  .reverse()
                  .map((p, i, all) => (
                    <tr>
                      <th scope="row">
                        <time datetime={p.date}>{dateLabel(lang, p.date)}</time>
                      </th>
                      <td class="num">
                        {formatRate(lang, p.rate)}
                        {p.corrected ? (
                          <span class="rate-corrected" title={s.ratesCorrected}>
                            <span aria-hidden="true">*</span>
                            <span class="visually-hidden"> ({s.ratesCorrected})</span>
                          </span>
                        ) : null}
                      </td>
                      <ChangeCell ctx={ctx} rate={p.rate} previous={all[i + 1]?.rate ?? null} />
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}

function Converter({ ctx, data, day }: { ctx: SiteContext; data: RatesPageData; day: RatesDay }): SafeHtml {
  const { s, lang } = ctx;
  const st = data.state;
  const c = data.conversion;
  const error = c && !c.ok ? c.error : null;
  const selected = st.currency && day.rates.some((r) => r.code === st.currency) ? st.currency : (day.rates.find((r) => r.code === 'USD') ?? day.rates[0])?.code;
  const errorText = error === 'badAmount' ? s.convBadAmount : error === 'tooLarge' ? s.convTooLarge : error === 'unknownCurrency' ? s.convUnknownCurrency : null;
  return (
    <section class="converter" id="converter" aria-labelledby="converter-title">
      <h2 class="block-title" id="converter-title">
        {s.convTitle}
      </h2>
      <form class="converter-form" action={`${ratesPath(lang)}#converter`} method="get">
        {st.date ? <input type="hidden" name="date" value={st.date} /> : null}
        {st.code ? <input type="hidden" name="code" value={st.code} /> : null}
        {st.days !== 30 ? <input type="hidden" name="days" value={String(st.days)} /> : null}
        <div class="rates-field">
          <label for="conv-amount">{s.convAmount}</label>
          <input
            type="text"
            id="conv-amount"
            name="amount"
            inputmode="decimal"
            autocomplete="off"
            value={st.amount}
            aria-invalid={error === 'badAmount' || error === 'tooLarge' ? 'true' : undefined}
            aria-describedby={errorText ? 'conv-error' : undefined}
          />
        </div>
        <div class="rates-field">
          <label for="conv-currency">{s.ratesCurrency}</label>
          <select id="conv-currency" name="currency">
            {day.rates.map((r) => (
              <option value={r.code} selected={r.code === selected}>
                {`${r.code} — ${currencyName(lang, r.code)}`}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="converter-direction">
          <legend>{s.convDirection}</legend>
          <label>
            <input type="radio" name="direction" value="to-som" checked={st.direction === 'to-som'} /> {s.convToSom}
          </label>
          <label>
            <input type="radio" name="direction" value="from-som" checked={st.direction === 'from-som'} /> {s.convFromSom}
          </label>
        </fieldset>
        <button type="submit">{s.convSubmit}</button>
      </form>
      <div class="converter-result" role="status">
        {errorText ? (
          <p class="converter-error" id="conv-error">
            {errorText}
          </p>
        ) : null}
        {c && c.ok ? <ConversionResult ctx={ctx} c={c} date={day.date} /> : null}
      </div>
    </section>
  );
}

function ConversionResult({ ctx, c, date }: { ctx: SiteContext; c: Extract<Conversion, { ok: true }>; date: string }): SafeHtml {
  const { s, lang } = ctx;
  const [fromAmount, fromUnit, toAmount, toUnit] = c.direction === 'to-som' ? [c.amount, c.currency, c.result, s.som] : [c.amount, s.som, c.result, c.currency];
  return (
    <div>
      <p class="converter-answer">
        <output for="conv-amount conv-currency">
          {`${formatAmount(lang, fromAmount, 2)}\u00a0${fromUnit} = `}
          <strong>{`${formatAmount(lang, toAmount, 2)}\u00a0${toUnit}`}</strong>
        </output>
      </p>
      <p class="converter-rate">
        {`1\u00a0${c.currency} = ${formatRate(lang, c.rate)}\u00a0${s.som}. `}
        {s.convAtRate(dateLabel(lang, date))}
      </p>
    </div>
  );
}
