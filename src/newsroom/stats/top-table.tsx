// A language's most read stories of a window: rank, headline (the newsroom page), a link to the public
// page while it is live, and the views within the window.
import { h, type SafeHtml } from '../../web/jsx.js';
import { StatusBadge } from '../articles/pages/components.js';
import { formatCount } from './format.js';
import type { TopRow } from './query.js';

export function TopTable(p: { rows: TopRow[]; caption: string }): SafeHtml {
  if (!p.rows.length) return <p class="nr-muted st-none">No views in this window.</p>;
  return (
    <table class="nr-table st-top-table">
      <caption class="nr-sr">{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col" class="nr-num">
            #
          </th>
          <th scope="col">Story</th>
          <th scope="col" class="nr-num">
            Views
          </th>
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r, i) => (
          <tr data-article={String(r.id)}>
            <td class="nr-num">{i + 1}</td>
            <td class="st-story">
              <a href={`/newsroom/articles/${r.id}/`}>{r.headline || `#${r.id}`}</a>
              <span class="st-links">
                <a href={`/newsroom/articles/${r.id}/stats/`} aria-label={`Views over time: ${r.headline || `#${r.id}`}`}>
                  over time
                </a>
                {r.publicPath ? (
                  <a href={r.publicPath} aria-label={`On the site: ${r.headline || `#${r.id}`}`}>
                    on the site
                  </a>
                ) : (
                  <StatusBadge status={r.status} />
                )}
              </span>
            </td>
            <td class="nr-num">{formatCount(r.views)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
