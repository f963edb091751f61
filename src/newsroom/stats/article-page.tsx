// /newsroom/articles/:id/stats/: one article's views per day since publication (at most a year), its
// all-time total, and the views of each language version of the story.
import { Fragment, h, type SafeHtml } from '../../web/jsx.js';
import { LANG_NAME, StatusBadge } from '../articles/pages/components.js';
import { DailyChart } from './chart-figure.js';
import { formatFull } from '../articles/pages/time.js';
import { formatCount, longDate } from './format.js';
import type { DayRange, DayValue } from './periods.js';
import type { ArticleHead, VersionViews } from './query.js';

export interface ArticleStatsProps {
  article: ArticleHead;
  /** null when there is nothing to draw yet (never published, no views) */
  chart: { range: DayRange; points: DayValue[]; capped: boolean } | null;
  /** the language versions (this article included) and the window of their "recent" figure */
  versions: VersionViews[];
  recentDays: number;
  tz: string;
}

function DailyTable(p: { points: DayValue[] }): SafeHtml {
  return (
    <details class="st-data">
      <summary>The figures as a table</summary>
      <div class="nr-table-wrap" tabindex="0" role="region" aria-label="Views per day, table">
        <table class="nr-table st-table" id="st-article-table">
          <caption class="nr-sr">Views per day, newest day first</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" class="nr-num">
                Views
              </th>
            </tr>
          </thead>
          <tbody>
            {p.points
              .slice()
              .reverse()
              .map((pt) => (
                <tr data-day={pt.day}>
                  <th scope="row">
                    <time datetime={pt.day}>{longDate(pt.day)}</time>
                  </th>
                  <td class="nr-num">{formatCount(pt.value)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function Versions(p: { versions: VersionViews[]; self: number; recentDays: number }): SafeHtml {
  const total = p.versions.reduce((s, v) => s + v.total, 0);
  const recent = p.versions.reduce((s, v) => s + v.recent, 0);
  return (
    <section class="nr-card st-section" aria-labelledby="st-versions">
      <h2 id="st-versions">Language versions of the story</h2>
      <div class="nr-table-wrap" tabindex="0" role="region" aria-label="Views per language version">
        <table class="nr-table st-versions-table">
          <caption class="nr-sr">Views of each language version of the story</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col" class="nr-num">
                Last {p.recentDays} days
              </th>
              <th scope="col" class="nr-num">
                All time
              </th>
            </tr>
          </thead>
          <tbody>
            {p.versions.map((v) => (
              <tr data-article={String(v.id)}>
                <th scope="row" class="st-story">
                  <span class="st-lang">{LANG_NAME[v.lang] ?? v.lang}</span>
                  {v.id === p.self ? (
                    <span>
                      {v.headline || `#${v.id}`} <span class="nr-muted">(this article)</span>
                    </span>
                  ) : (
                    <a href={`/newsroom/articles/${v.id}/stats/`}>{v.headline || `#${v.id}`}</a>
                  )}{' '}
                  {v.status === 'published' ? null : <StatusBadge status={v.status} />}
                </th>
                <td class="nr-num">{formatCount(v.recent)}</td>
                <td class="nr-num">{formatCount(v.total)}</td>
              </tr>
            ))}
          </tbody>
          {p.versions.length > 1 ? (
            <tfoot>
              <tr>
                <th scope="row">
                  All versions
                </th>
                <td class="nr-num">{formatCount(recent)}</td>
                <td class="nr-num">{formatCount(total)}</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </section>
  );
}

export function ArticleStatsPage(p: ArticleStatsProps): SafeHtml {
  const a = p.article;
  const name = a.headline || `#${a.id}`;
  const inChart = p.chart ? p.chart.points.reduce((s, pt) => s + pt.value, 0) : 0;
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Views: {name}</h1>
        <p class="nr-actions">
          <a href={`/newsroom/articles/${a.id}/`}>Back to the article</a>
          {a.publicPath ? <a href={a.publicPath}>On the site</a> : <StatusBadge status={a.status} />}
        </p>
      </div>
      <section class="nr-card st-section" aria-labelledby="st-article-daily">
        <h2 id="st-article-daily">Views per day</h2>
        <dl class="st-totals">
          <div>
            <dt>All time</dt>
            <dd>{formatCount(a.total)}</dd>
          </div>
          {p.chart ? (
            <div>
              <dt>{p.chart.points.length === 1 ? 'Today' : `Last ${p.chart.points.length} days`}</dt>
              <dd>{formatCount(inChart)}</dd>
            </div>
          ) : null}
          {a.publishedAt ? (
            <div>
              <dt>Published</dt>
              <dd class="st-when">{formatFull(p.tz, a.publishedAt)}</dd>
            </div>
          ) : null}
        </dl>
        {p.chart ? (
          <Fragment>
            <p class="st-span nr-muted">
              {longDate(p.chart.range.from)} – {longDate(p.chart.range.to)}
              {p.chart.capped ? ' (the last year; older days are not drawn)' : ''} · days in {p.tz}
            </p>
            <DailyChart id="st-article" title={`Views per day of “${name}”`} points={p.chart.points} />
            <DailyTable points={p.chart.points} />
          </Fragment>
        ) : (
          <p>{a.status === 'scheduled' ? 'This article is scheduled and has not been published yet: no views.' : 'This article has not been published: no views yet.'}</p>
        )}
      </section>
      <Versions versions={p.versions} self={a.id} recentDays={p.recentDays} />
    </Fragment>
  );
}
