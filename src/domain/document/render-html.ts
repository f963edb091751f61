// Document tree -> HTML. The only path from a stored body to a page: every text is escaped, links and
// image sources are checked again here (defence in depth for rows written before validation existed).
import type { ImageRef, ImageRendition } from '../article.js';
import { escapeHtml } from '../text/escape.js';
import { isSafeHref, isSafeImageSrc } from './schema.js';
import type { BlockNode, DocNode, ImageNode, InlineNode, ListItemNode, Mark } from './types.js';

export interface RenderLabels {
  /** "Photo:" style prefix for credits */
  credit: string;
  watchVideo: string;
  openPost: string;
}

const DEFAULT_LABELS: RenderLabels = { credit: 'Photo', watchVideo: 'Watch the video', openPost: 'Open the post' };

/**
 * Finds the media-library image a body picture's src is the original or a rendition of (see
 * src/domain/media-files.ts); such pictures get AVIF/WebP/JPEG srcsets and their real width and height.
 */
export type BodyImageResolver = (src: string) => ImageRef | null;

/** the article body column, as for the cover picture (src/web/site/article/body.tsx) */
const BODY_IMAGE_SIZES = '(min-width: 64em) 44rem, 100vw';

const mediaUrl = (file: string) => `/media/${file.split('/').map(encodeURIComponent).join('/')}`;

function srcsetOf(variants: ImageRendition[], mime: string): string {
  return variants
    .filter((v) => v.mime === mime)
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaUrl(v.file)} ${v.width}w`)
    .join(', ');
}

function renderBodyImg(a: ImageNode['attrs'], lib: ImageRef | null): string {
  const src = escapeHtml(a.src);
  // publishing requires alt text on the picture or in the library; the library's fills an empty one
  const alt = escapeHtml(a.alt.trim() || lib?.alt || '');
  if (!lib) {
    const size = a.width && a.height ? ` width="${a.width}" height="${a.height}"` : '';
    return `<img src="${src}" alt="${alt}"${size} loading="lazy" decoding="async">`;
  }
  const size = ` width="${Number(lib.width)}" height="${Number(lib.height)}"`;
  // an animated GIF stays the original file: its renditions are stills of the first frame
  if (lib.mime === 'image/gif') return `<img src="${src}" alt="${alt}"${size} loading="lazy" decoding="async">`;
  const avif = srcsetOf(lib.variants, 'image/avif');
  const webp = srcsetOf(lib.variants, 'image/webp');
  const jpeg = srcsetOf(lib.variants, 'image/jpeg');
  const sizes = ` sizes="${BODY_IMAGE_SIZES}"`;
  const sources =
    (avif ? `<source type="image/avif" srcset="${escapeHtml(avif)}"${sizes}>` : '') +
    (webp ? `<source type="image/webp" srcset="${escapeHtml(webp)}"${sizes}>` : '');
  const img = `<img src="${src}"${jpeg ? ` srcset="${escapeHtml(jpeg)}"${sizes}` : ''} alt="${alt}"${size} loading="lazy" decoding="async">`;
  return sources ? `<picture>${sources}${img}</picture>` : img;
}

function renderMarks(text: string, marks: Mark[] | undefined): string {
  let html = escapeHtml(text);
  if (!marks) return html;
  // Link outermost so that bold/italic sit inside the anchor.
  for (const mark of marks) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
  }
  const link = marks.find((m): m is Extract<Mark, { type: 'link' }> => m.type === 'link');
  if (link && isSafeHref(link.attrs.href)) {
    const href = link.attrs.href.trim();
    const external = /^https?:/i.test(href);
    html = `<a href="${escapeHtml(href)}"${external ? ' rel="noopener nofollow"' : ''}>${html}</a>`;
  }
  return html;
}

function renderInline(nodes: InlineNode[] | undefined): string {
  if (!nodes) return '';
  let html = '';
  for (const node of nodes) html += node.type === 'text' ? renderMarks(node.text, node.marks) : '<br>';
  return html;
}

export function youtubeId(url: string): string | null {
  const m = /^https:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?(?:.*&)?v=|shorts\/|embed\/)|youtu\.be\/)([A-Za-z0-9_-]{6,20})/.exec(url);
  return m ? m[1] : null;
}

function renderListItem(item: ListItemNode, labels: RenderLabels): string {
  return `<li>${item.content.map((c) => (c.type === 'paragraph' ? renderInline(c.content) : renderBlock(c, labels))).join('')}</li>`;
}

function renderBlock(node: BlockNode, labels: RenderLabels, resolveImage?: BodyImageResolver): string {
  switch (node.type) {
    case 'paragraph':
      return node.content?.length ? `<p>${renderInline(node.content)}</p>` : '';
    case 'heading': {
      const level = node.attrs.level === 3 ? 3 : 2;
      return `<h${level}>${renderInline(node.content)}</h${level}>`;
    }
    case 'blockquote': {
      const body = node.content.map((p) => `<p>${renderInline(p.content)}</p>`).join('');
      const who = node.attrs?.attribution ? `<figcaption>— ${escapeHtml(node.attrs.attribution)}</figcaption>` : '';
      return `<figure class="quote"><blockquote>${body}</blockquote>${who}</figure>`;
    }
    case 'bulletList':
      return `<ul>${node.content.map((i) => renderListItem(i, labels)).join('')}</ul>`;
    case 'orderedList': {
      const start = node.attrs?.start && node.attrs.start !== 1 ? ` start="${node.attrs.start}"` : '';
      return `<ol${start}>${node.content.map((i) => renderListItem(i, labels)).join('')}</ol>`;
    }
    case 'image': {
      const a = node.attrs;
      if (!isSafeImageSrc(a.src)) return '';
      const img = renderBodyImg(a, resolveImage?.(a.src) ?? null);
      const caption = a.caption ? `<span class="caption">${escapeHtml(a.caption)}</span>` : '';
      const credit = a.credit ? `<span class="credit">${escapeHtml(labels.credit)}: ${escapeHtml(a.credit)}</span>` : '';
      const figcaption = caption || credit ? `<figcaption>${caption}${credit}</figcaption>` : '';
      return `<figure class="body-image">${img}${figcaption}</figure>`;
    }
    case 'embed': {
      const a = node.attrs;
      if (!/^https:\/\//i.test(a.url)) return '';
      const title = a.title ? escapeHtml(a.title) : escapeHtml(a.url);
      if (a.provider === 'youtube' && youtubeId(a.url)) {
        // No third-party frame on load: readers on slow networks and without consent get a plain link.
        return `<figure class="embed embed-video"><a href="${escapeHtml(a.url)}" rel="noopener nofollow"><span class="embed-icon" aria-hidden="true">▶</span><span class="embed-text"><span class="embed-label">${escapeHtml(labels.watchVideo)}</span> <span class="embed-title">${title}</span></span></a></figure>`;
      }
      return `<figure class="embed embed-post"><a href="${escapeHtml(a.url)}" rel="noopener nofollow"><span class="embed-icon" aria-hidden="true">↗</span><span class="embed-text"><span class="embed-label">${escapeHtml(labels.openPost)}</span> <span class="embed-title">${title}</span></span></a></figure>`;
    }
    default:
      return '';
  }
}

export function renderDocHtml(doc: DocNode, labels: RenderLabels = DEFAULT_LABELS, resolveImage?: BodyImageResolver): string {
  let html = '';
  for (const block of doc.content) html += renderBlock(block, labels, resolveImage);
  return html;
}
