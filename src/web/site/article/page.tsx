import type { ArticleFull, ArticleSummary, HeadlineRef } from '../../../domain/article.js';
import { formatInteger } from '../../../i18n/format.js';
import { Layout } from '../../components/layout.js';
import { DayFeed, PopularList } from '../../components/lists.js';
import { printPath, shortPath, absolute, articlePath } from '../../urls.js';
import { h, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import type { DayFeedData } from '../services.js';
import { ArticleHeader, ArticleMain, ArticleTags } from './body.js';
import { articleMeta } from './meta.js';

export { describe } from './meta.js';

export interface ArticlePageData {
  article: ArticleFull;
  related: HeadlineRef[];
  popular: ArticleSummary[];
  feed: DayFeedData[];
}

export function ArticlePage({ ctx, data }: { ctx: SiteContext; data: ArticlePageData }): SafeHtml {
  const { article: a } = data;
  const { s } = ctx;
  const permalink = absolute(ctx.config.baseUrl, shortPath(a));
  return (
    <Layout ctx={ctx} pageClass="article" meta={articleMeta(ctx, a)}>
      <div class="wrap with-sidebar">
        <div class="content">
          <article class="article" lang={a.lang} data-article-id={a.id}>
            <ArticleHeader ctx={ctx} a={a} />
            <ArticleMain ctx={ctx} a={a} />
            <ArticleTags ctx={ctx} a={a} />
            <footer class="article-tools">
              <p class="permalink">
                <span class="tool-label">{s.permalink}:</span>{' '}
                <a href={shortPath(a)} class="permalink-url" data-permalink>
                  {permalink}
                </a>{' '}
                <button type="button" class="copy-button" data-copy={permalink} data-copied-label={s.copied} hidden>
                  {s.copy}
                </button>
                <span class="visually-hidden" role="status" data-copy-status></span>
              </p>
              <p class="views">
                <span class="tool-label">{s.views}:</span> <span data-views>{formatInteger(ctx.lang, a.viewCount)}</span>
                {/* Counts the view without JavaScript; with it, src/web/client/views.ts sends the beacon. */}
                <noscript>
                  <img src={`/api/v1/views/${a.id}.gif`} alt="" width="1" height="1" />
                </noscript>
              </p>
              <p class="print-link">
                <a href={printPath(a.lang, a.id)} rel="alternate nofollow">
                  <svg class="icon" aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">
                    <path d="M4 1h8v4H4zM2 6h12a1 1 0 0 1 1 1v5h-3v3H4v-3H1V7a1 1 0 0 1 1-1zm3 5v3h6v-3z" fill="currentColor" />
                  </svg>{' '}
                  {s.print}
                </a>
              </p>
            </footer>
          </article>
          {data.related.length ? (
            <section class="related" aria-labelledby="related-title">
              <h2 id="related-title" class="block-title">
                {s.related}
              </h2>
              <ul class="related-list">
                {data.related.map((r) => (
                  <li>
                    <a href={articlePath(r)}>{r.headline}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {data.popular.length ? <PopularList ctx={ctx} items={data.popular} /> : null}
        </div>
        <aside class="sidebar">
          <DayFeed ctx={ctx} days={data.feed} currentId={a.id} limit={40} />
        </aside>
      </div>
    </Layout>
  );
}
