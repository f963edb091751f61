// The article body: a typed document tree in the ProseMirror/TipTap JSON shape, so the newsroom editor
// can load and save it as is. Rendered only by our own renderer (render-html.ts, render-text.ts).

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}
export interface HardBreakNode {
  type: 'hardBreak';
}
export type InlineNode = TextNode | HardBreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}
export interface HeadingNode {
  type: 'heading';
  attrs: { level: 2 | 3 };
  content?: InlineNode[];
}
export interface BlockquoteNode {
  type: 'blockquote';
  /** who said it, shown under the quote */
  attrs?: { attribution?: string | null };
  content: ParagraphNode[];
}
export interface ListItemNode {
  type: 'listItem';
  content: Array<ParagraphNode | BulletListNode | OrderedListNode>;
}
export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}
export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start?: number };
  content: ListItemNode[];
}
export interface ImageNode {
  type: 'image';
  attrs: {
    /** a site path under /media/ or an https URL */
    src: string;
    alt: string;
    caption?: string | null;
    credit?: string | null;
    width?: number | null;
    height?: number | null;
  };
}
export interface EmbedNode {
  type: 'embed';
  attrs: { provider: 'youtube' | 'post'; url: string; title?: string | null };
}

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BlockquoteNode
  | BulletListNode
  | OrderedListNode
  | ImageNode
  | EmbedNode;

export interface DocNode {
  type: 'doc';
  content: BlockNode[];
}
