// Print version: the article alone, no navigation, with its permanent link written out.
import type { ArticleFull } from '../../../domain/article.js';
import { Fragment, h, raw, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import { absolute, articlePath, shortPath } from '../../urls.js';
import { ArticleHeader, ArticleMain } from './body.js';
import { describe } from './page.js';

export function PrintPage({ ctx, a }: { ctx: SiteContext; a: ArticleFull }): SafeHtml {
  const { config, s } = ctx;
  return (
    <Fragment>
      {raw('<!DOCTYPE html>')}
      <html lang={a.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${a.headline} — ${config.siteName}`}</title>
          <meta name="description" content={describe(a)} />
          <meta name="robots" content="noindex" />
          <link rel="canonical" href={absolute(config.baseUrl, articlePath(a))} />
          <link rel="stylesheet" href={ctx.assets.css.path} />
        </head>
        <body class="page-print">
          <main class="print-sheet">
            <p class="print-brand">
              {config.siteName} — {s.agencyTagline}
            </p>
            <article class="article">
              <ArticleHeader ctx={ctx} a={a} links={false} />
              <ArticleMain ctx={ctx} a={a} />
            </article>
            <p class="print-footer">
              {s.printedFrom}: {absolute(config.baseUrl, shortPath(a))}
            </p>
          </main>
        </body>
      </html>
    </Fragment>
  );
}
