// schema.org objects for JSON-LD (see meta.tsx for how they are written into the page). Every URL in
// them is absolute, from config.baseUrl.
import type { SiteContext } from '../context.js';
import { absolute, homePath } from '../urls.js';
import { absoluteUrl, type JsonLdObject, type MetaImage } from './meta.js';

const CONTEXT = 'https://schema.org';

/** Google shows at most this many characters of an article headline from structured data. */
export const MAX_LD_HEADLINE = 110;

/** Shortens text to `max` characters at a word boundary, with an ellipsis when it was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return (atWord.length >= max / 2 ? atWord : cut).replace(/[\s,.;:–—-]+$/, '') + '…';
}

export function organizationId(ctx: SiteContext): string {
  return absolute(ctx.config.baseUrl, '/#organization');
}

export function imageObject(ctx: SiteContext, image: Pick<MetaImage, 'url' | 'width' | 'height'>): JsonLdObject {
  return { '@type': 'ImageObject', url: absoluteUrl(ctx.config.baseUrl, image.url), width: image.width, height: image.height };
}

/** The agency itself: the publisher of every article. */
export function organization(ctx: SiteContext): JsonLdObject {
  const { config, assets } = ctx;
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(ctx),
    name: config.siteName,
    url: absolute(config.baseUrl, homePath(config.defaultLang)),
    logo: imageObject(ctx, { url: assets.logo.path, width: assets.logo.width, height: assets.logo.height }),
  };
}

export function withContext(data: JsonLdObject): JsonLdObject {
  return { '@context': CONTEXT, ...data };
}

/** The site in the page's language (home pages). */
export function website(ctx: SiteContext): JsonLdObject {
  const { config, lang } = ctx;
  const url = absolute(config.baseUrl, homePath(lang));
  return withContext({
    '@type': 'WebSite',
    '@id': `${url}#website`,
    url,
    name: config.siteName,
    description: ctx.s.footerAbout,
    inLanguage: lang,
    publisher: { '@id': organizationId(ctx) },
  });
}

/** A trail of links from the home page; the last item is the page itself. */
export function breadcrumbs(ctx: SiteContext, items: Array<{ name: string; path: string }>): JsonLdObject {
  return withContext({
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absolute(ctx.config.baseUrl, item.path),
    })),
  });
}
