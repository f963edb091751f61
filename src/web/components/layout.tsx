import { KNOWN_LANGS, type Lang } from '../../domain/lang.js';
import { yearOf } from '../../i18n/format.js';
import { t } from '../../i18n/strings.js';
import { absolute, homePath } from '../urls.js';
import { Fragment, h, raw, type Child, type SafeHtml } from '../jsx.js';
import type { SiteContext } from '../context.js';
import { SiteHeader } from './header.js';
import { JsonLd, SocialMeta, type ArticleMeta, type JsonLdObject, type MetaImage } from './meta.js';

export interface PageMeta {
  title: string;
  description?: string;
  /** site path of the canonical URL */
  canonical?: string;
  /** hreflang alternates: language -> site path (only pages that really exist) */
  alternates?: Partial<Record<Lang, string>>;
  /** site path for hreflang="x-default" (the page for readers whose language the site lacks) */
  xDefault?: string;
  /** syndication feeds of this page (RSS, Atom, JSON Feed), rendered as <link rel="alternate"> */
  feeds?: Array<{ type: string; title: string; href: string }>;
  noindex?: boolean;
  ogType?: 'website' | 'article';
  /** the link-preview picture; the site's share picture when not given */
  image?: MetaImage | null;
  /** OpenGraph article:* properties (article pages) */
  article?: ArticleMeta;
  /** schema.org objects, each written as one JSON-LD block */
  jsonLd?: JsonLdObject[];
}

export function Layout(props: { ctx: SiteContext; meta: PageMeta; pageClass: string; children?: Child }): SafeHtml {
  const { ctx, meta } = props;
  const { config, s } = ctx;
  const fullTitle = meta.title === config.siteName ? config.siteName : `${meta.title} — ${config.siteName}`;
  const alternates = meta.alternates ?? {};
  return (
    <Fragment>
      {raw('<!DOCTYPE html>')}
      <html lang={ctx.lang} dir="ltr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{fullTitle}</title>
          {meta.description ? <meta name="description" content={meta.description} /> : null}
          {meta.noindex ? <meta name="robots" content="noindex" /> : null}
          {meta.canonical ? <link rel="canonical" href={absolute(config.baseUrl, meta.canonical)} /> : null}
          {KNOWN_LANGS.filter((l) => alternates[l]).map((l) => (
            <link rel="alternate" hreflang={l} href={absolute(config.baseUrl, alternates[l]!)} />
          ))}
          {(meta.feeds ?? []).map((f) => (
            <link rel="alternate" type={f.type} title={f.title} href={f.href.startsWith('/') ? absolute(config.baseUrl, f.href) : f.href} />
          ))}
          {meta.xDefault ? <link rel="alternate" hreflang="x-default" href={absolute(config.baseUrl, meta.xDefault)} /> : null}
          <SocialMeta
            ctx={ctx}
            title={meta.title}
            description={meta.description}
            canonical={meta.canonical}
            ogType={meta.ogType ?? 'website'}
            image={meta.image ?? { url: ctx.assets.shareImage.path, width: ctx.assets.shareImage.width, height: ctx.assets.shareImage.height, alt: config.siteName, mime: ctx.assets.shareImage.type }}
            otherLangs={KNOWN_LANGS.filter((l) => l !== ctx.lang && alternates[l])}
            article={meta.article}
          />
          <meta name="theme-color" content="#0b3d5c" />
          <link rel="icon" href={ctx.assets.icon.path} type="image/svg+xml" />
          <link rel="stylesheet" href={ctx.assets.css.path} />
          <script src={ctx.assets.js.path} defer></script>
          {(meta.jsonLd ?? []).map((data) => (
            <JsonLd data={data} />
          ))}
        </head>
        <body class={`page-${props.pageClass}`}>
          <a class="skip-link" href="#main">{s.skipToContent}</a>
          <SiteHeader ctx={ctx} />
          <main id="main" tabindex="-1">
            {props.children}
          </main>
          <SiteFooter ctx={ctx} />
        </body>
      </html>
    </Fragment>
  );
}

function SiteFooter({ ctx }: { ctx: SiteContext }): SafeHtml {
  const year = yearOf(ctx.config.siteTz, ctx.now);
  return (
    <footer class="site-footer">
      <div class="wrap footer-grid">
        <div>
          <p class="footer-brand">
            <a href={homePath(ctx.lang)}>{ctx.config.siteName}</a> — {ctx.s.agencyTagline}
          </p>
          <p>{ctx.s.footerAbout}</p>
        </div>
        <nav aria-label={ctx.s.mainMenu} class="footer-nav">
          <ul>
            {ctx.rubrics.map((r) => (
              <li>
                <a href={`/${ctx.lang}/rubric/${r.slug}/`}>{r.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div class="wrap footer-bottom">
        <p>{ctx.s.footerRights(year, ctx.config.siteName)}</p>
        <ul class="footer-langs">
          {ctx.config.langs.map((l) => (
            <li>
              <a href={homePath(l)} lang={l} hreflang={l}>
                {t(l).languageName}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
