// The "Views" box of the article edit page's side panel: the all-time total, the last week, and the
// way to the article's own statistics page.
import { h, type SafeHtml } from '../../web/jsx.js';
import { formatCount } from './format.js';

export interface ViewsSummary {
  total: number;
  /** views in the last `days` days, today included */
  recent: number;
  days: number;
}

export function ViewsBox(p: { articleId: number; summary: ViewsSummary }): SafeHtml {
  return (
    <section class="nr-card nr-side-box" aria-labelledby="side-views">
      <h2 id="side-views">Views</h2>
      <dl class="nr-facts">
        <dt>All time</dt>
        <dd data-views-total>{formatCount(p.summary.total)}</dd>
        <dt>Last {p.summary.days} days</dt>
        <dd data-views-recent>{formatCount(p.summary.recent)}</dd>
      </dl>
      <p>
        <a href={`/newsroom/articles/${p.articleId}/stats/`}>Views over time</a>
      </p>
    </section>
  );
}
