// Document tree -> plain text, for meta descriptions, feeds and search indexing.
import type { BlockNode, DocNode, InlineNode } from './types.js';

function inlineText(nodes: InlineNode[] | undefined): string {
  if (!nodes) return '';
  return nodes.map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}

function blockText(node: BlockNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.content);
    case 'blockquote':
      return node.content.map((p) => inlineText(p.content)).join('\n') + (node.attrs?.attribution ? `\n— ${node.attrs.attribution}` : '');
    case 'bulletList':
    case 'orderedList':
      return node.content
        .map((item) => item.content.map((c) => (c.type === 'paragraph' ? inlineText(c.content) : blockText(c))).join('\n'))
        .join('\n');
    case 'image':
      return node.attrs.caption ?? '';
    case 'embed':
      return node.attrs.title ?? '';
    default:
      return '';
  }
}

export function renderDocText(doc: DocNode): string {
  return doc.content.map(blockText).filter(Boolean).join('\n\n');
}
