// TipTap's JSON -> our document tree (src/domain/document/types.ts), the exact shape the server's schema
// accepts. The editor is configured to produce only our node types already; this is the last filter:
// extra attributes (link target/rel/class, heading ids, list types) are dropped, unknown marks are
// dropped, unknown text blocks become paragraphs, unknown containers give up their children, and
// anything unsafe (javascript: links, images from elsewhere, http embeds) never gets through.
import type {
  BlockNode,
  BlockquoteNode,
  BulletListNode,
  DocNode,
  EmbedNode,
  HeadingNode,
  ImageNode,
  InlineNode,
  ListItemNode,
  Mark,
  OrderedListNode,
  ParagraphNode,
  TextNode,
} from '../../../domain/document/types.js';
import { isSafeHref, isSafeImageSrc, youtubeId } from './urls.js';

/** Any JSON node (TipTap's JSONContent, loosely). */
export interface AnyNode {
  type?: unknown;
  attrs?: Record<string, unknown> | null;
  content?: unknown;
  marks?: unknown;
  text?: unknown;
}

const MAX_TEXT = 20000;
const MARK_ORDER = ['bold', 'italic', 'link'] as const;

function nodes(v: unknown): AnyNode[] {
  return Array.isArray(v) ? v.filter((n): n is AnyNode => !!n && typeof n === 'object' && !Array.isArray(n)) : [];
}

function attr(n: AnyNode, key: string): unknown {
  return n.attrs && typeof n.attrs === 'object' ? n.attrs[key] : undefined;
}

/** A trimmed, length-limited string, or null when empty or not a string. */
function optText(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim().slice(0, max).trim();
  return s ? s : null;
}

function positiveInt(v: unknown): number | null {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 100000 ? n : null;
}

function normalizeMarks(v: unknown): Mark[] {
  const byType = new Map<string, Mark>();
  for (const m of nodes(v)) {
    if (m.type === 'bold' || m.type === 'italic') byType.set(m.type, { type: m.type });
    else if (m.type === 'link') {
      const href = attr(m, 'href');
      if (typeof href === 'string' && href.trim().length <= 2000 && isSafeHref(href)) byType.set('link', { type: 'link', attrs: { href: href.trim() } });
    }
  }
  return MARK_ORDER.flatMap((t) => (byType.has(t) ? [byType.get(t)!] : []));
}

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function textNode(text: string, marks: Mark[]): TextNode {
  return marks.length ? { type: 'text', text, marks } : { type: 'text', text };
}

/** Inline content: text (with our marks) and hard breaks; neighbours with equal marks are merged. */
export function normalizeInline(v: unknown): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (node: InlineNode) => {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) last.text += node.text;
    else out.push(node);
  };
  for (const n of nodes(v)) {
    if (n.type === 'hardBreak') push({ type: 'hardBreak' });
    else if (typeof n.text === 'string') {
      // text, or any unknown inline node that carries text (mentions, emoji): keep the words
      const text = n.text.replace(/\r\n?/g, '\n');
      if (text) push(textNode(text, normalizeMarks(n.marks)));
    } else if (n.content) {
      for (const inner of normalizeInline(n.content)) push(inner);
    }
  }
  // the server allows 20,000 characters per text node: split longer runs
  return out.flatMap((n) => {
    if (n.type !== 'text' || n.text.length <= MAX_TEXT) return [n];
    const parts: InlineNode[] = [];
    for (let i = 0; i < n.text.length; i += MAX_TEXT) parts.push(textNode(n.text.slice(i, i + MAX_TEXT), n.marks ?? []));
    return parts;
  });
}

function paragraph(content: InlineNode[]): ParagraphNode {
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function isEmptyParagraph(p: ParagraphNode): boolean {
  return !p.content || p.content.every((c) => c.type === 'hardBreak' || !c.text.trim());
}

/** Whether a node holds inline content (a paragraph-like block we can turn into a paragraph). */
function isTextBlock(n: AnyNode): boolean {
  const content = nodes(n.content);
  return content.length > 0 && content.every((c) => typeof c.text === 'string' || c.type === 'hardBreak' || c.type === 'text');
}

/** Paragraphs only (a quote's content): headings and other text blocks flatten to paragraphs. */
function paragraphsOf(v: unknown): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const n of nodes(v)) {
    if (n.type === 'paragraph' || n.type === 'heading' || isTextBlock(n)) out.push(paragraph(normalizeInline(n.content)));
    else if (n.content) out.push(...paragraphsOf(n.content));
  }
  return out;
}

function listItem(n: AnyNode): ListItemNode {
  const content: ListItemNode['content'] = [];
  for (const c of nodes(n.content)) {
    if (c.type === 'bulletList' || c.type === 'orderedList') {
      const list = normalizeList(c);
      if (list) content.push(list);
    } else if (c.type === 'paragraph' || c.type === 'heading' || isTextBlock(c)) content.push(paragraph(normalizeInline(c.content)));
    else if (c.content) content.push(...paragraphsOf(c.content));
  }
  return { type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] };
}

function normalizeList(n: AnyNode): BulletListNode | OrderedListNode | null {
  const items = nodes(n.content).map((c) => (c.type === 'listItem' ? listItem(c) : listItem({ content: [c] })));
  if (!items.length) return null;
  if (n.type === 'orderedList') {
    const start = attr(n, 'start');
    return typeof start === 'number' && Number.isInteger(start) && start >= 0 && start !== 1 ? { type: 'orderedList', attrs: { start }, content: items } : { type: 'orderedList', content: items };
  }
  return { type: 'bulletList', content: items };
}

function normalizeImage(n: AnyNode): ImageNode | null {
  const src = attr(n, 'src');
  if (typeof src !== 'string' || src.length > 2000 || !isSafeImageSrc(src)) return null;
  const alt = attr(n, 'alt');
  const attrs: ImageNode['attrs'] = { src, alt: typeof alt === 'string' ? alt.replace(/\s+/g, ' ').trim().slice(0, 500) : '' };
  const caption = optText(attr(n, 'caption'), 1000);
  const credit = optText(attr(n, 'credit'), 300);
  const width = positiveInt(attr(n, 'width'));
  const height = positiveInt(attr(n, 'height'));
  if (caption) attrs.caption = caption;
  if (credit) attrs.credit = credit;
  if (width && height) {
    attrs.width = width;
    attrs.height = height;
  }
  return { type: 'image', attrs };
}

function normalizeEmbed(n: AnyNode): EmbedNode | null {
  const url = attr(n, 'url');
  if (typeof url !== 'string' || url.length > 2000 || !/^https:\/\/[^\s]+$/i.test(url.trim())) return null;
  const clean = url.trim();
  // the address decides: a YouTube video is shown as one, anything else as a link card
  const provider = youtubeId(clean) ? 'youtube' : 'post';
  const attrs: EmbedNode['attrs'] = { provider, url: clean };
  const title = optText(attr(n, 'title'), 300);
  if (title) attrs.title = title;
  return { type: 'embed', attrs };
}

function normalizeBlock(n: AnyNode): BlockNode[] {
  switch (n.type) {
    case 'paragraph':
      return [paragraph(normalizeInline(n.content))];
    case 'heading': {
      const level = Number(attr(n, 'level'));
      const h: HeadingNode = { type: 'heading', attrs: { level: level >= 3 ? 3 : 2 }, content: normalizeInline(n.content) };
      if (!h.content!.length) return [];
      return [h];
    }
    case 'blockquote': {
      const content = paragraphsOf(n.content).filter((p) => !isEmptyParagraph(p));
      if (!content.length) return [];
      const attribution = optText(attr(n, 'attribution'), 300);
      const q: BlockquoteNode = attribution ? { type: 'blockquote', attrs: { attribution }, content } : { type: 'blockquote', content };
      return [q];
    }
    case 'bulletList':
    case 'orderedList': {
      const list = normalizeList(n);
      return list ? [list] : [];
    }
    case 'listItem':
      return normalizeBlock({ type: 'bulletList', content: [n] });
    case 'image': {
      const img = normalizeImage(n);
      return img ? [img] : [];
    }
    case 'embed': {
      const e = normalizeEmbed(n);
      return e ? [e] : [];
    }
    default:
      // code blocks and other unknown text blocks keep their words as a paragraph; unknown
      // containers (tables, details, …) give up their blocks; atoms (rules, …) are dropped
      if (isTextBlock(n)) return [paragraph(normalizeInline(n.content))];
      return nodes(n.content).flatMap(normalizeBlock);
  }
}

/**
 * TipTap JSON (or anything) -> a DocNode the server's schema accepts. Empty paragraphs at the top level
 * are dropped (the site shows nothing for them).
 */
export function normalizeDoc(input: unknown): DocNode {
  const root = input && typeof input === 'object' && !Array.isArray(input) ? (input as AnyNode) : {};
  const content = nodes(root.content)
    .flatMap(normalizeBlock)
    .filter((b) => b.type !== 'paragraph' || !isEmptyParagraph(b));
  return { type: 'doc', content: content.slice(0, 2000) };
}
