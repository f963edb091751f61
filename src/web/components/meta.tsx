// What a page says about itself to search engines and social networks: OpenGraph and Twitter card
// tags, and schema.org data as JSON-LD.
import type { Lang } from '../../domain/lang.js';
import { absolute } from '../urls.js';
import { Fragment, h, raw, type SafeHtml } from '../jsx.js';
import type { SiteContext } from '../context.js';

/** OpenGraph locales (language_TERRITORY) of the site's languages. */
export const OG_LOCALES: Record<Lang, string> = { ru: 'ru_RU', ky: 'ky_KG', en: 'en_GB' };

/** A picture for link previews and structured data. */
export interface MetaImage {
  /** site path or absolute URL */
  url: string;
  width: number;
  height: number;
  alt: string;
  mime?: string;
}

/** The OpenGraph `article:*` properties. */
export interface ArticleMeta {
  publishedTime: number;
  modifiedTime: number;
  section: string | null;
  tags: string[];
  /** site paths of the authors' pages */
  authors: string[];
}

export type JsonLdObject = { [key: string]: unknown };

/**
 * JSON for a `<script type="application/ld+json">` block. `<` (and `>`, `&`, U+2028/2029) become
 * \u escapes, so no string in it can close the script element or open a comment (`</script>`,
 * `<!--`), and the JSON still parses to the same value.
 */
export function jsonLdText(data: JsonLdObject): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

export function JsonLd({ data }: { data: JsonLdObject }): SafeHtml {
  return <script type="application/ld+json">{raw(jsonLdText(data))}</script>;
}

export function SocialMeta(props: {
  ctx: SiteContext;
  title: string;
  description?: string;
  canonical?: string;
  ogType: 'website' | 'article';
  image: MetaImage;
  /** languages this page also exists in (for og:locale:alternate) */
  otherLangs: Lang[];
  article?: ArticleMeta;
}): SafeHtml {
  const { ctx, image, article } = props;
  const base = ctx.config.baseUrl;
  const imageUrl = absoluteUrl(base, image.url);
  const iso = (ms: number) => new Date(ms).toISOString();
  return (
    <Fragment>
      <meta property="og:site_name" content={ctx.config.siteName} />
      <meta property="og:title" content={props.title} />
      {props.description ? <meta property="og:description" content={props.description} /> : null}
      <meta property="og:type" content={props.ogType} />
      {props.canonical ? <meta property="og:url" content={absolute(base, props.canonical)} /> : null}
      <meta property="og:locale" content={OG_LOCALES[ctx.lang]} />
      {props.otherLangs.map((l) => (
        <meta property="og:locale:alternate" content={OG_LOCALES[l]} />
      ))}
      <meta property="og:image" content={imageUrl} />
      {image.mime ? <meta property="og:image:type" content={image.mime} /> : null}
      <meta property="og:image:width" content={String(image.width)} />
      <meta property="og:image:height" content={String(image.height)} />
      <meta property="og:image:alt" content={image.alt} />
      {article ? (
        <Fragment>
          <meta property="article:published_time" content={iso(article.publishedTime)} />
          <meta property="article:modified_time" content={iso(article.modifiedTime)} />
          {article.section ? <meta property="article:section" content={article.section} /> : null}
          {article.tags.map((tag) => (
            <meta property="article:tag" content={tag} />
          ))}
          {article.authors.map((path) => (
            <meta property="article:author" content={absolute(base, path)} />
          ))}
        </Fragment>
      ) : null}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={props.title} />
      {props.description ? <meta name="twitter:description" content={props.description} /> : null}
      <meta name="twitter:image" content={imageUrl} />
      <meta name="twitter:image:alt" content={image.alt} />
    </Fragment>
  );
}

export function absoluteUrl(baseUrl: string, pathOrUrl: string): string {
  return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : absolute(baseUrl, pathOrUrl);
}
