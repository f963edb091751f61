// The history chart of one currency with its data table and period switch.
import { currencyName, formatAmount } from '../../../i18n/currencies.js';
import { h, raw, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import { buildChart } from './chart.js';
import { CHART_PERIODS, ratesPath } from './urls.js';
import { dateLabel, formatRate, shortDate } from './format.js';
import { ChangeCell } from './change-cell.js';
import type { RatesPageData } from './page.js';

export function ChartSection({ ctx, data, chart }: { ctx: SiteContext; data: RatesPageData; chart: NonNullable<RatesPageData['chart']> }): SafeHtml {
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
