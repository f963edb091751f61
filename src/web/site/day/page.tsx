// Day archive: every story of one calendar day (site time), with the previous and next day.
import { Layout } from '../../components/layout.js';
import { PopularList } from '../../components/lists.js';
import { formatLongDate, formatTime, formatWeekday } from '../../../i18n/format.js';
import { articlePath, dayPath, rubricPath } from '../../urls.js';
import { h, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import type { ArticleSummary } from '../../../domain/article.js';
import type { DayFeedData } from '../services.js';

export interface DayData {
  feed: DayFeedData<ArticleSummary>;
  previousDay: string;
  nextDay: string | null;
  popular: ArticleSummary[];
}

export function DayPage({ ctx, data }: { ctx: SiteContext; data: DayData }): SafeHtml {
  const { s, lang, config } = ctx;
  const noon = data.feed.dayStart + 12 * 3600_000;
  const heading = `${formatLongDate(lang, config.siteTz, noon)}, ${formatWeekday(lang, config.siteTz, noon)}`;
  const alternates = Object.fromEntries(config.langs.map((l) => [l, dayPath(l, data.feed.day)]));
  return (
    <Layout
      ctx={ctx}
      pageClass="day"
      meta={{ title: s.newsOfDay(heading), description: `${s.allNewsOfDay}: ${heading}`, canonical: dayPath(lang, data.feed.day), alternates }}
    >
      <div class="wrap with-sidebar">
        <div class="content">
          <h1 class="page-title">
            <time datetime={data.feed.day}>{heading}</time>
          </h1>
          <DayNav ctx={ctx} data={data} />
          {data.feed.items.length === 0 ? (
            <p class="empty">{s.noNewsThisDay}</p>
          ) : (
            <ol class="day-list">
              {data.feed.items.map((a) => (
                <li class={a.isBreaking ? 'is-breaking' : undefined}>
                  <time datetime={new Date(a.publishedAt).toISOString()}>{formatTime(lang, config.siteTz, a.publishedAt)}</time>
                  <div>
                    <a href={articlePath(a)} class="day-headline">
                      {a.headline}
                    </a>
                    {a.rubric ? (
                      <a href={rubricPath(lang, a.rubric.slug)} class="day-rubric">
                        {a.rubric.name}
                      </a>
                    ) : null}
                  </div>
                </li>
              ))}
            </ol>
          )}
          {data.feed.items.length > 12 ? <DayNav ctx={ctx} data={data} /> : null}
        </div>
        <aside class="sidebar">{data.popular.length ? <PopularList ctx={ctx} items={data.popular} /> : null}</aside>
      </div>
    </Layout>
  );
}

function DayNav({ ctx, data }: { ctx: SiteContext; data: DayData }): SafeHtml {
  return (
    <nav class="day-nav" aria-label={ctx.s.allNewsOfDay}>
      <a href={dayPath(ctx.lang, data.previousDay)} rel="prev">
        ← {ctx.s.previousDay}
      </a>
      {data.nextDay ? (
        <a href={dayPath(ctx.lang, data.nextDay)} rel="next">
          {ctx.s.nextDay} →
        </a>
      ) : null}
    </nav>
  );
}
