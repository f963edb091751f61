// The article page's metadata: link-preview picture, OpenGraph article properties, and the
// NewsArticle and BreadcrumbList structured data.
import type { ArticleFull, ImageRef } from '../../../domain/article.js';
import { renderDocText } from '../../../domain/document/render-text.js';
import type { PageMeta } from '../../components/layout.js';
import type { JsonLdObject, MetaImage } from '../../components/meta.js';
import { breadcrumbs, clip, imageObject, MAX_LD_HEADLINE, organization, withContext } from '../../components/structured-data.js';
import type { SiteContext } from '../../context.js';
import { absolute, articlePath, authorPath, homePath, mediaPath, rubricPath } from '../../urls.js';

/** Social networks and Google want pictures at least this wide. */
const PREVIEW_WIDTH = 1200;
const PREVIEW_TYPES = new Set(['image/jpeg', 'image/png']);

/** The description: the lead (or the start of the text), at most 200 characters. */
export function describe(a: ArticleFull): string {
  const text = a.lead || renderDocText(a.body);
  return text.length > 200 ? text.slice(0, 197).replace(/\s+\S*$/, '') + '…' : text;
}

/**
 * The cover rendition for link previews and structured data: the smallest JPEG or PNG at least
 * 1200 pixels wide, else the widest one (the original counts as a rendition).
 */
export function previewImage(cover: ImageRef, alt: string): MetaImage {
  const all = [{ file: cover.file, width: cover.width, height: cover.height, mime: cover.mime }, ...cover.variants];
  const usable = all.filter((r) => PREVIEW_TYPES.has(r.mime)).sort((x, y) => x.width - y.width);
  const pick = usable.find((r) => r.width >= PREVIEW_WIDTH) ?? usable[usable.length - 1] ?? all[0];
  return { url: mediaPath(pick.file), width: pick.width, height: pick.height, alt, mime: pick.mime };
}

export function articleMeta(ctx: SiteContext, a: ArticleFull): PageMeta {
  const { config, s } = ctx;
  const canonical = articlePath(a);
  const url = absolute(config.baseUrl, canonical);
  const description = describe(a);
  const modified = Math.max(a.updatedAt, a.publishedAt);
  const alternates = { [a.lang]: canonical, ...Object.fromEntries(a.translations.map((tr) => [tr.lang, articlePath(tr)])) };
  const cover = a.cover ? previewImage(a.cover, a.coverAlt || a.headline) : null;
  const publisher = organization(ctx);
  const image = cover ?? {
    url: ctx.assets.shareImage.path,
    width: ctx.assets.shareImage.width,
    height: ctx.assets.shareImage.height,
  };

  const article: JsonLdObject = withContext({
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: clip(a.headline, MAX_LD_HEADLINE),
    description,
    image: [imageObject(ctx, image)],
    datePublished: new Date(a.publishedAt).toISOString(),
    dateModified: new Date(modified).toISOString(),
    author: a.authors.length
      ? a.authors.map((au) => ({ '@type': 'Person', name: au.name, url: absolute(config.baseUrl, authorPath(a.lang, au.slug)) }))
      : [{ '@type': 'NewsMediaOrganization', '@id': publisher['@id'], name: config.siteName, url: publisher.url }],
    publisher,
    inLanguage: a.lang,
    ...(a.rubric ? { articleSection: a.rubric.name } : {}),
    ...(a.tags.length ? { keywords: a.tags.map((tg) => tg.name) } : {}),
    isAccessibleForFree: true,
  });

  const trail = [{ name: s.home, path: homePath(a.lang) }];
  if (a.rubric) trail.push({ name: a.rubric.name, path: rubricPath(a.lang, a.rubric.slug) });
  trail.push({ name: a.headline, path: canonical });

  return {
    title: a.headline,
    description,
    canonical,
    alternates,
    ogType: 'article',
    image: cover,
    article: {
      publishedTime: a.publishedAt,
      modifiedTime: modified,
      section: a.rubric?.name ?? null,
      tags: a.tags.map((tg) => tg.name),
      authors: a.authors.map((au) => authorPath(a.lang, au.slug)),
    },
    jsonLd: [article, breadcrumbs(ctx, trail)],
  };
}
