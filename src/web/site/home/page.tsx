import type { ArticleSummary, RubricRef } from '../../../domain/article.js';
import { Layout } from '../../components/layout.js';
import { feedLinks } from '../../feeds/links.js';
import { organization, website, withContext } from '../../components/structured-data.js';
import { DayFeed, PopularList, StoryCard } from '../../components/lists.js';
import { articlePath, homePath, rubricPath } from '../../urls.js';
import { h, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import type { DayFeedData } from '../services.js';

export interface HomeData {
  top: ArticleSummary | null;
  breaking: ArticleSummary[];
  latest: ArticleSummary[];
  rubricBlocks: Array<{ rubric: RubricRef; items: ArticleSummary[] }>;
  popular: ArticleSummary[];
  feed: DayFeedData[];
}

export function HomePage({ ctx, data }: { ctx: SiteContext; data: HomeData }): SafeHtml {
  const { s, config, lang } = ctx;
  const alternates = Object.fromEntries(config.langs.map((l) => [l, homePath(l)]));
  return (
    <Layout
      ctx={ctx}
      pageClass="home"
      meta={{
        title: config.siteName,
        description: s.footerAbout,
        canonical: homePath(lang),
        alternates,
        feeds: feedLinks(`${config.siteName} — ${s.latestNews}`, homePath(lang)),
        xDefault: homePath(config.defaultLang),
        jsonLd: [website(ctx), withContext(organization(ctx))],
      }}
    >
      <h1 class="visually-hidden">
        {config.siteName} — {s.latestNews}
      </h1>
      {data.breaking.length ? (
        <section class="breaking-banner" aria-label={s.breaking}>
          <div class="wrap">
            {data.breaking.map((b) => (
              <p>
                <span class="badge badge-breaking">{s.breaking}</span> <a href={articlePath(b)}>{b.headline}</a>
              </p>
            ))}
          </div>
        </section>
      ) : null}
      <div class="wrap with-sidebar">
        <div class="content">
          {data.top ? (
            <section class="top-story" aria-labelledby="top-story-title">
              <h2 id="top-story-title" class="visually-hidden">
                {s.topStory}
              </h2>
              <StoryCard ctx={ctx} a={data.top} size="large" showLead eager headingLevel={3} />
            </section>
          ) : null}
          <section class="latest" aria-labelledby="latest-title">
            <h2 id="latest-title" class="block-title">
              {s.latestNews}
            </h2>
            <div class="card-grid">
              {data.latest.map((a) => (
                <StoryCard ctx={ctx} a={a} />
              ))}
            </div>
          </section>
          {data.rubricBlocks.map(({ rubric, items }) => (
            <section class="rubric-block" aria-labelledby={`rubric-${rubric.id}`}>
              <h2 id={`rubric-${rubric.id}`} class="block-title">
                <a href={rubricPath(lang, rubric.slug)}>{rubric.name}</a>
              </h2>
              <div class="rubric-block-grid">
                {items.map((a, i) => (
                  <StoryCard ctx={ctx} a={a} size={i === 0 ? 'medium' : 'small'} showLead={i === 0} />
                ))}
              </div>
              <p class="more-link">
                <a href={rubricPath(lang, rubric.slug)}>{s.moreInRubric(rubric.name)} →</a>
              </p>
            </section>
          ))}
        </div>
        <aside class="sidebar">
          <DayFeed ctx={ctx} days={data.feed} limit={40} />
          {data.popular.length ? <PopularList ctx={ctx} items={data.popular} /> : null}
        </aside>
      </div>
    </Layout>
  );
}
