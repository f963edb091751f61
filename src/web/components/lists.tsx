import type { ArticleSummary, HeadlineRef } from '../../domain/article.js';
import { formatDayHeading, formatDayMonth, formatLongDate, formatTime, isoDay } from '../../i18n/format.js';
import { articlePath, dayPath, rubricPath, withPage } from '../urls.js';
import { h, type SafeHtml } from '../jsx.js';
import type { SiteContext } from '../context.js';
import type { DayFeedData } from '../site/services.js';
import { Picture } from './image.js';
import { eventIdOf, livePath } from '../../live/events.js';

/** Headlines longer than this are cut in narrow lists; the full text stays available. */
export const FEED_HEADLINE_MAX = 90;

export function cutHeadline(text: string, max = FEED_HEADLINE_MAX): string | null {
  if (text.length <= max) return null;
  const cut = text.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return (at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,.;:–—-]+$/, '') + '…';
}

/** A headline that may be cut: sighted readers see the cut, screen readers and tooltips the full text. */
export function FeedHeadline({ text }: { text: string }): SafeHtml {
  const cut = cutHeadline(text);
  if (!cut) return <span class="feed-headline">{text}</span>;
  return (
    <span class="feed-headline" title={text}>
      <span aria-hidden="true">{cut}</span>
      <span class="visually-hidden">{text}</span>
    </span>
  );
}

interface DayFeedProps {
  ctx: SiteContext;
  days: DayFeedData[];
  currentId?: number;
  limit?: number;
}

/**
 * The news feed: "14 February, Wednesday", then "14:35 headline" items, newest first, one group per
 * day, each with a link to that day's full archive.
 */
export function DayFeed(props: DayFeedProps): SafeHtml {
  // The feed beside pages is the same array for every page of a language until a change or a minute
  // has passed (src/web/site/services.ts): its markup is kept with it rather than rendered per page.
  const { days, currentId } = props;
  const marks = currentId !== undefined && days.some((d) => d.items.some((a) => a.id === currentId));
  const key = `${props.ctx.lang}|${props.limit ?? ''}|${marks ? currentId : ''}`;
  let rendered = renderedFeeds.get(days);
  if (!rendered) renderedFeeds.set(days, (rendered = new Map()));
  let html = rendered.get(key);
  if (!html) {
    html = renderDayFeed(props);
    // one entry per article of the feed at most (the one marked as current), plus the unmarked one
    if (rendered.size > 100) rendered.clear();
    rendered.set(key, html);
  }
  return html;
}

const renderedFeeds = new WeakMap<DayFeedData[], Map<string, SafeHtml>>();

function renderDayFeed(props: DayFeedProps): SafeHtml {
  const { ctx } = props;
  let budget = props.limit ?? Infinity;
  // The live feed island (src/web/client/live.ts) adds new headlines here; without JavaScript nothing changes.
  const newest = props.days[0]?.items[0];
  const live = ctx.config.liveMaxStreams > 0 ? { 'data-live': livePath(ctx.lang), 'data-live-last': newest ? eventIdOf(newest.publishedAt, newest.id) : undefined, 'data-live-new': ctx.s.liveNew, 'data-live-new-many': ctx.s.liveNewMany } : {};
  return (
    <section class="day-feed" aria-label={ctx.s.latestNews} {...live}>
      {props.days.map((d, i) => {
        const items = d.items.slice(0, Math.max(0, budget));
        budget -= items.length;
        if (i > 0 && items.length === 0) return null;
        return <DayFeedGroup ctx={ctx} day={d} items={items} currentId={props.currentId} />;
      })}
    </section>
  );
}

/** One day of the feed: its heading, its headlines and the link to its archive. */
export function DayFeedGroup(props: { ctx: SiteContext; day: { day: string; dayStart: number }; items: HeadlineRef[]; currentId?: number }): SafeHtml {
  const { ctx, day: d, items } = props;
  return (
    <div class="day-feed-group">
      <h2 class="day-feed-title">
        <time datetime={d.day}>{formatDayHeading(ctx.lang, ctx.config.siteTz, d.dayStart + 12 * 3600_000)}</time>
      </h2>
      {items.length === 0 ? (
        <p class="empty">{ctx.s.noNewsThisDay}</p>
      ) : (
        <ol class="feed-list">
          {items.map((a) => (
            <DayFeedItem ctx={ctx} a={a} currentId={props.currentId} />
          ))}
        </ol>
      )}
      <p class="feed-more">
        <a href={dayPath(ctx.lang, d.day)}>{ctx.s.allNewsOfDay} →</a>
      </p>
    </div>
  );
}

/** One "14:35 headline" item; the live feed renders new items with it, so markup and escaping match. */
export function DayFeedItem(props: { ctx: SiteContext; a: HeadlineRef; currentId?: number }): SafeHtml {
  const { ctx, a } = props;
  return (
    <li class={a.isBreaking ? 'feed-item is-breaking' : 'feed-item'} data-id={a.id}>
      <time class="feed-time" datetime={new Date(a.publishedAt).toISOString()}>
        {formatTime(ctx.lang, ctx.config.siteTz, a.publishedAt)}
      </time>
      <a href={articlePath(a)} aria-current={a.id === props.currentId ? 'page' : undefined}>
        <FeedHeadline text={a.headline} />
      </a>
    </li>
  );
}

/** "14:35" for today's stories, "13 February, 22:58" for older ones. */
export function formatWhen(ctx: SiteContext, ms: number): string {
  const tz = ctx.config.siteTz;
  const time = formatTime(ctx.lang, tz, ms);
  return isoDay(tz, ms) === isoDay(tz, ctx.now) ? time : `${formatDayMonth(ctx.lang, tz, ms)}, ${time}`;
}

/** Time (and rubric, and a breaking badge) under a headline. */
function CardMeta(props: { ctx: SiteContext; a: ArticleSummary; when: string; showRubric?: boolean; badge?: boolean }): SafeHtml {
  const { ctx, a } = props;
  return (
    <p class="card-meta">
      {props.badge && a.isBreaking ? <span class="badge">{ctx.s.breaking}</span> : null}
      <time datetime={new Date(a.publishedAt).toISOString()}>{props.when}</time>
      {props.showRubric && a.rubric ? (
        <span>
          {' · '}
          <a href={rubricPath(ctx.lang, a.rubric.slug)}>{a.rubric.name}</a>
        </span>
      ) : null}
    </p>
  );
}

/** A story card: picture, rubric, headline, time and lead. */
export function StoryCard(props: { ctx: SiteContext; a: ArticleSummary; size?: 'large' | 'medium' | 'small'; showLead?: boolean; eager?: boolean; headingLevel?: 2 | 3 }): SafeHtml {
  const { ctx, a } = props;
  const size = props.size ?? 'medium';
  const sizes = size === 'large' ? '(min-width: 64em) 44rem, 100vw' : size === 'medium' ? '(min-width: 64em) 14rem, (min-width: 40em) 30vw, 40vw' : '6rem';
  const H = `h${props.headingLevel ?? 3}`;
  return (
    <article class={`card card-${size}${a.isBreaking ? ' is-breaking' : ''}`}>
      {a.cover ? <Picture image={a.cover} alt={a.coverAlt ?? ''} sizes={sizes} eager={props.eager} className="card-image" /> : null}
      <div class="card-body">
        {h(H, { class: 'card-title' }, <a href={articlePath(a)}>{a.headline}</a>)}
        <CardMeta ctx={ctx} a={a} when={formatWhen(ctx, a.publishedAt)} showRubric badge />
        {props.showLead ? <p class="card-lead">{a.lead}</p> : null}
      </div>
    </article>
  );
}

/** Listing of stories with date and time (rubric, tag and author pages). */
export function StoryList(props: { ctx: SiteContext; items: ArticleSummary[]; showRubric?: boolean }): SafeHtml {
  const { ctx } = props;
  const tz = ctx.config.siteTz;
  return (
    <ul class="story-list">
      {props.items.map((a) => (
        <li>
          <article class="story-row">
            {a.cover ? <Picture image={a.cover} alt={a.coverAlt ?? ''} sizes="(min-width: 40em) 12rem, 30vw" className="story-row-image" /> : null}
            <div>
              <h2 class="story-row-title">
                <a href={articlePath(a)}>{a.headline}</a>
              </h2>
              <CardMeta ctx={ctx} a={a} when={`${formatLongDate(ctx.lang, tz, a.publishedAt)}, ${formatTime(ctx.lang, tz, a.publishedAt)}`} showRubric={props.showRubric} />
              <p class="card-lead">{a.lead}</p>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** Most read: numbered, with pictures. */
export function PopularList(props: { ctx: SiteContext; items: ArticleSummary[]; headingLevel?: 2 | 3 }): SafeHtml {
  const H = `h${props.headingLevel ?? 2}`;
  return (
    <section class="popular" aria-labelledby="popular-title">
      {h(H, { id: 'popular-title', class: 'block-title' }, props.ctx.s.popular)}
      <ol class="popular-list">
        {props.items.map((a) => (
          <li>
            <a href={articlePath(a)} class={a.cover ? 'popular-link has-image' : 'popular-link'}>
              {a.cover ? <Picture image={a.cover} alt="" sizes="6rem" className="popular-image" /> : null}
              <span class="popular-headline">{a.headline}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Pagination(props: { ctx: SiteContext; basePath: string; page: number; pages: number; hrefOf?: (page: number) => string }): SafeHtml | null {
  const { ctx, page, pages } = props;
  const href = props.hrefOf ?? ((n: number) => withPage(props.basePath, n));
  if (pages <= 1) return null;
  const around = [1, page - 2, page - 1, page, page + 1, page + 2, pages].filter((n, i, all) => n >= 1 && n <= pages && all.indexOf(n) === i).sort((a, b) => a - b);
  const items: Array<number | 'gap'> = [];
  for (const n of around) {
    const last = items[items.length - 1];
    if (typeof last === 'number' && n - last > 1) items.push('gap');
    items.push(n);
  }
  return (
    <nav class="pagination" aria-label={ctx.s.pagination}>
      <p class="visually-hidden">{ctx.s.pageOf(page, pages)}</p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              ← {ctx.s.previousPage}
            </a>
          </li>
        ) : null}
        {items.map((n) =>
          n === 'gap' ? (
            <li class="gap" aria-hidden="true">…</li>
          ) : n === page ? (
            <li>
              <a href={href(n)} aria-current="page" aria-label={ctx.s.page(n)}>
                {n}
              </a>
            </li>
          ) : (
            <li>
              <a href={href(n)} aria-label={ctx.s.page(n)}>
                {n}
              </a>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {ctx.s.nextPage} →
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
