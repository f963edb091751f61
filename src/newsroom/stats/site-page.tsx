// /newsroom/stats/: the site's views per day (all languages, then each language on a shared scale,
// then the same figures as a table) and the top stories of a window per language.
import type { Lang } from '../../domain/lang.js';
import { Fragment, h, type SafeHtml } from '../../web/jsx.js';
import { LANG_NAME } from '../articles/pages/components.js';
import { DailyChart, SmallChart } from './chart-figure.js';
import { formatCount, longDate } from './format.js';
import { CHART_PERIODS, TOP_WINDOWS, type ChartPeriod, type DayRange, type DayValue, type TopWindow } from './periods.js';
import type { TopRow } from './query.js';
import { TopTable } from './top-table.js';

export interface SiteStatsProps {
  tz: string;
  today: string;
  period: ChartPeriod;
  range: DayRange;
  /** all languages together, one value per day */
  total: DayValue[];
  byLang: Array<{ lang: Lang; points: DayValue[] }>;
  top: { window: TopWindow; range: DayRange; lists: Array<{ lang: Lang; rows: TopRow[] }> };
}

export function statsHref(period: ChartPeriod, top: TopWindow, anchor: string): string {
  const q = new URLSearchParams();
  if (period !== CHART_PERIODS[0]) q.set('days', String(period));
  if (top !== 'today') q.set('top', top);
  const s = q.toString();
  return `/newsroom/stats/${s ? `?${s}` : ''}#${anchor}`;
}

/** Links that switch one setting of the page, the current one marked. */
function Tabs(p: { label: string; items: Array<{ href: string; text: string; current: boolean }> }): SafeHtml {
  return (
    <nav class="st-tabs" aria-label={p.label}>
      <ul>
        {p.items.map((i) => (
          <li>
            <a href={i.href} aria-current={i.current ? 'page' : undefined}>
              {i.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const sum = (points: DayValue[]) => points.reduce((s, p) => s + p.value, 0);

function DailyTable(p: SiteStatsProps): SafeHtml {
  const rows = p.total.map((t, i) => ({ day: t.day, total: t.value, langs: p.byLang.map((l) => l.points[i].value) })).reverse();
  return (
    <details class="st-data">
      <summary>The figures as a table</summary>
      <div class="nr-table-wrap" tabindex="0" role="region" aria-label="Views per day, table">
        <table class="nr-table st-table" id="st-daily-table">
          <caption class="nr-sr">Views per day and language, newest day first</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {p.byLang.map((l) => (
                <th scope="col" class="nr-num">
                  {LANG_NAME[l.lang]}
                </th>
              ))}
              <th scope="col" class="nr-num">
                All languages
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr data-day={r.day}>
                <th scope="row">
                  <time datetime={r.day}>{longDate(r.day)}</time>
                </th>
                {r.langs.map((v) => (
                  <td class="nr-num">{formatCount(v)}</td>
                ))}
                <td class="nr-num">{formatCount(r.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {p.byLang.map((l) => (
                <td class="nr-num">{formatCount(sum(l.points))}</td>
              ))}
              <td class="nr-num">{formatCount(sum(p.total))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}

export function SiteStatsPage(p: SiteStatsProps): SafeHtml {
  const scaleMax = Math.max(0, ...p.byLang.flatMap((l) => l.points.map((pt) => pt.value)));
  const total = sum(p.total);
  const span = `${longDate(p.range.from)} – ${longDate(p.range.to)}`;
  const topSpan = p.top.range.from === p.top.range.to ? longDate(p.top.range.to) : `${longDate(p.top.range.from)} – ${longDate(p.top.range.to)}`;
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Statistics</h1>
        <p class="nr-muted">Views counted on the public site · days in {p.tz} · today is {longDate(p.today)}</p>
      </div>

      <section class="nr-card st-section" id="daily" aria-labelledby="st-daily-heading">
        <div class="st-head">
          <h2 id="st-daily-heading">Views per day</h2>
          <Tabs
            label="Period of the chart"
            items={CHART_PERIODS.map((n) => ({ href: statsHref(n, p.top.window, 'daily'), text: `${n} days`, current: n === p.period }))}
          />
        </div>
        <dl class="st-totals">
          <div>
            <dt>All languages</dt>
            <dd>{formatCount(total)}</dd>
          </div>
          {p.byLang.map((l) => (
            <div>
              <dt>{LANG_NAME[l.lang]}</dt>
              <dd>{formatCount(sum(l.points))}</dd>
            </div>
          ))}
        </dl>
        <p class="st-span nr-muted">{span}</p>
        <DailyChart id="st-site" title={`Views per day on the whole site, last ${p.period} days`} points={p.total} />
        <h3>By language</h3>
        <div class="st-smalls">
          {p.byLang.map((l) => (
            <SmallChart id={`st-lang-${l.lang}`} heading={LANG_NAME[l.lang]} title={`Views per day in ${LANG_NAME[l.lang]}, last ${p.period} days`} points={l.points} scaleMax={scaleMax} />
          ))}
        </div>
        <DailyTable {...p} />
      </section>

      <section class="nr-card st-section" id="top" aria-labelledby="st-top-heading">
        <div class="st-head">
          <h2 id="st-top-heading">Top stories</h2>
          <Tabs
            label="Window of the top stories"
            items={(Object.keys(TOP_WINDOWS) as TopWindow[]).map((w) => ({ href: statsHref(p.period, w, 'top'), text: TOP_WINDOWS[w].label, current: w === p.top.window }))}
          />
        </div>
        <p class="st-span nr-muted">
          {TOP_WINDOWS[p.top.window].label}: {topSpan}
        </p>
        <div class="st-tops">
          {p.top.lists.map((l) => (
            <section class="st-top" aria-labelledby={`st-top-${l.lang}`}>
              <h3 id={`st-top-${l.lang}`}>{LANG_NAME[l.lang]}</h3>
              <TopTable rows={l.rows} caption={`Most read in ${LANG_NAME[l.lang]}, ${TOP_WINDOWS[p.top.window].label.toLowerCase()}`} />
            </section>
          ))}
        </div>
      </section>
    </Fragment>
  );
}
