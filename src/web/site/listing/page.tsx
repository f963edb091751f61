// Rubric, tag and author pages: a titled, paginated list of stories.
import type { ArticleSummary } from '../../../domain/article.js';
import type { Lang } from '../../../domain/lang.js';
import { Layout } from '../../components/layout.js';
import type { FeedLink } from '../../feeds/links.js';
import { DayFeed, Pagination, StoryList } from '../../components/lists.js';
import { withPage } from '../../urls.js';
import { h, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import type { DayFeedData } from '../services.js';

export interface ListingData {
  kind: 'rubric' | 'tag' | 'author';
  title: string;
  /** path of page 1 */
  basePath: string;
  /** the same listing in other languages */
  alternates: Partial<Record<Lang, string>>;
  items: ArticleSummary[];
  page: number;
  pages: number;
  feed: DayFeedData[];
  /** RSS, Atom and JSON Feed of this list (rubrics and tags) */
  feeds?: FeedLink[];
}

export function ListingPage({ ctx, data }: { ctx: SiteContext; data: ListingData }): SafeHtml {
  const title = data.page > 1 ? `${data.title} — ${ctx.s.page(data.page)}` : data.title;
  return (
    <Layout
      ctx={ctx}
      pageClass={`listing listing-${data.kind}`}
      meta={{ title, canonical: withPage(data.basePath, data.page), alternates: data.page === 1 ? data.alternates : undefined, feeds: data.feeds }}
    >
      <div class="wrap with-sidebar">
        <div class="content">
          <h1 class="page-title">{data.title}</h1>
          {data.page > 1 ? <p class="page-subtitle">{ctx.s.pageOf(data.page, data.pages)}</p> : null}
          <StoryList ctx={ctx} items={data.items} showRubric={data.kind !== 'rubric'} />
          <Pagination ctx={ctx} basePath={data.basePath} page={data.page} pages={data.pages} />
        </div>
        <aside class="sidebar">
          <DayFeed ctx={ctx} days={data.feed} limit={25} />
        </aside>
      </div>
    </Layout>
  );
}
