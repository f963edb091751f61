// The article itself (headline to tags), shared by the article page and its print version.
import type { ArticleFull } from '../../../domain/article.js';
import { renderDocHtml } from '../../../domain/document/render-html.js';
import { bodyImageResolver } from '../../../domain/media-files.js';
import { formatDateline } from '../../../i18n/format.js';
import { Picture } from '../../components/image.js';
import { h, raw, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import { authorPath, rubricPath, tagPath } from '../../urls.js';

export function ArticleHeader({ ctx, a, links = true }: { ctx: SiteContext; a: ArticleFull; links?: boolean }): SafeHtml {
  const { s, lang, config } = ctx;
  const dateline = formatDateline(lang, config.siteTz, a.publishedAt, a.datelinePlace, s.by, []);
  return (
    <header class="article-header">
      {a.rubric ? (
        <p class="article-rubric">{links ? <a href={rubricPath(lang, a.rubric.slug)}>{a.rubric.name}</a> : a.rubric.name}</p>
      ) : null}
      {a.isBreaking ? <p class="badge badge-breaking">{s.breaking}</p> : null}
      <h1 class="article-headline">{a.headline}</h1>
      <p class="dateline">
        <time datetime={new Date(a.publishedAt).toISOString()}>{dateline}</time>
        {a.authors.length ? (
          <span>
            {' – '}
            {s.by}{' '}
            {a.authors.map((au, i) => (
              <span>
                {i > 0 ? ', ' : ''}
                {links ? (
                  <a href={authorPath(lang, au.slug)} rel="author">
                    {au.name}
                  </a>
                ) : (
                  au.name
                )}
              </span>
            ))}
          </span>
        ) : null}
      </p>
    </header>
  );
}

export function ArticleMain({ ctx, a }: { ctx: SiteContext; a: ArticleFull }): SafeHtml {
  const { s } = ctx;
  const images = a.bodyImages?.length ? bodyImageResolver(a.bodyImages) : undefined;
  const body = renderDocHtml(a.body, { credit: s.photo, watchVideo: s.watchVideo, openPost: s.openPost }, images);
  return (
    <div class="article-main">
      <p class="lead">{a.lead}</p>
      {a.cover ? (
        <figure class="cover">
          <Picture image={a.cover} alt={a.coverAlt ?? ''} sizes="(min-width: 64em) 44rem, 100vw" eager />
          {a.coverCaption || a.cover.credit ? (
            <figcaption>
              {a.coverCaption ? <span class="caption">{a.coverCaption}</span> : null}
              {a.cover.credit ? (
                <span class="credit">
                  {s.photo}: {a.cover.credit}
                </span>
              ) : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <div class="article-body">{raw(body)}</div>
      {a.sourceName ? (
        <p class="source">
          {s.source}: {a.sourceUrl ? <a href={a.sourceUrl} rel="noopener nofollow">{a.sourceName}</a> : a.sourceName}
        </p>
      ) : null}
    </div>
  );
}

export function ArticleTags({ ctx, a }: { ctx: SiteContext; a: ArticleFull }): SafeHtml | null {
  if (!a.tags.length) return null;
  return (
    <nav class="tags" aria-label={ctx.s.tags}>
      <h2 class="visually-hidden">{ctx.s.tags}</h2>
      <ul>
        {a.tags.map((tg) => (
          <li>
            <a href={tagPath(ctx.lang, tg.slug)} rel="tag">
              #{tg.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
