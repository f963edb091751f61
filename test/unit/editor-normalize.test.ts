// The editor's last filter: TipTap JSON -> the document tree the server accepts.
import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { validateDoc } from '../../src/domain/document/schema.js';
import type { DocNode } from '../../src/domain/document/types.js';
import { editorExtensions } from '../../src/newsroom/client/editor/extensions.js';
import { normalizeDoc } from '../../src/newsroom/client/editor/normalize.js';

function accepted(doc: DocNode): DocNode {
  const v = validateDoc(doc);
  expect(v.ok ? [] : v.errors).toEqual([]);
  return doc;
}

const t = (text: string, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });

/** Every node type and mark of our model, as our editor's getJSON() gives it (with TipTap's extra attributes). */
const tiptapJson = {
  type: 'doc',
  content: [
    p(t('Plain, '), t('bold', [{ type: 'bold' }]), t(' and '), t('italic', [{ type: 'italic' }]), t(' and '), t('a link', [{ type: 'link', attrs: { href: 'https://example.org/a?b=1', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } }])),
    { type: 'heading', attrs: { level: 2, id: 'x' }, content: [t('Second level')] },
    { type: 'heading', attrs: { level: 3 }, content: [t('Third level')] },
    p(t('line one'), { type: 'hardBreak' }, t('line two')),
    { type: 'blockquote', attrs: { attribution: '  the minister  ' }, content: [p(t('A quote'))] },
    { type: 'blockquote', attrs: { attribution: null }, content: [p(t('Unattributed'))] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('one')), { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [p(t('nested'))] }] }] }] },
    { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [p(t('third'))] }] },
    { type: 'image', attrs: { src: '/media/2024/02/photo-960.jpg', alt: 'A ridge', caption: 'The ridge at dawn', credit: 'Newsdesk', width: 960, height: 540, title: 'ignored' } },
    { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=abcdefghijk', title: 'A video' } },
    { type: 'embed', attrs: { provider: 'post', url: 'https://t.me/channel/123', title: null } },
    { type: 'paragraph' },
  ],
};

describe('normalizeDoc', () => {
  it('maps every node type and mark to our model and the server accepts it', () => {
    const doc = accepted(normalizeDoc(tiptapJson));
    expect(doc).toEqual({
      type: 'doc',
      content: [
        p(t('Plain, '), t('bold', [{ type: 'bold' }]), t(' and '), t('italic', [{ type: 'italic' }]), t(' and '), t('a link', [{ type: 'link', attrs: { href: 'https://example.org/a?b=1' } }])),
        { type: 'heading', attrs: { level: 2 }, content: [t('Second level')] },
        { type: 'heading', attrs: { level: 3 }, content: [t('Third level')] },
        p(t('line one'), { type: 'hardBreak' }, t('line two')),
        { type: 'blockquote', attrs: { attribution: 'the minister' }, content: [p(t('A quote'))] },
        { type: 'blockquote', content: [p(t('Unattributed'))] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('one')), { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('nested'))] }] }] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(t('third'))] }] },
        { type: 'image', attrs: { src: '/media/2024/02/photo-960.jpg', alt: 'A ridge', caption: 'The ridge at dawn', credit: 'Newsdesk', width: 960, height: 540 } },
        { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=abcdefghijk', title: 'A video' } },
        { type: 'embed', attrs: { provider: 'post', url: 'https://t.me/channel/123' } },
      ],
    });
  });

  it('keeps bold, italic and a link together on one text, in a fixed order, without duplicates', () => {
    const doc = accepted(normalizeDoc({ type: 'doc', content: [p(t('all', [{ type: 'link', attrs: { href: 'mailto:desk@example.org' } }, { type: 'italic' }, { type: 'bold' }, { type: 'bold' }]))] }));
    expect(doc.content[0]).toEqual(p(t('all', [{ type: 'bold' }, { type: 'italic' }, { type: 'link', attrs: { href: 'mailto:desk@example.org' } }])));
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'ftp://example.org/file', '//evil.example/x', '/relative/path', 'https://exa mple.org'])(
    'drops a link to %j but keeps its text',
    (href) => {
      const doc = accepted(normalizeDoc({ type: 'doc', content: [p(t('click '), t('here', [{ type: 'link', attrs: { href } }, { type: 'bold' }]))] }));
      expect(doc.content[0]).toEqual(p(t('click '), t('here', [{ type: 'bold' }])));
      expect(JSON.stringify(doc)).not.toMatch(/javascript|data:|vbscript|ftp:|evil/i);
    },
  );

  it('drops marks we do not support and merges the text they split', () => {
    const doc = accepted(
      normalizeDoc({ type: 'doc', content: [p(t('a '), t('code', [{ type: 'code' }]), t(' b', [{ type: 'strike' }, { type: 'underline' }]), t(' c', [{ type: 'textStyle', attrs: { color: 'red' } }]))] }),
    );
    expect(doc.content).toEqual([p(t('a code b c'))]);
  });

  it('strips unknown attributes from every node', () => {
    const doc = accepted(
      normalizeDoc({
        type: 'doc',
        attrs: { x: 1 },
        content: [
          { type: 'paragraph', attrs: { textAlign: 'center', class: 'x' }, content: [t('x')] },
          { type: 'heading', attrs: { level: 2, textAlign: 'left', id: 'h' }, content: [t('h')] },
          { type: 'bulletList', attrs: { class: 'x' }, content: [{ type: 'listItem', attrs: { checked: true }, content: [p(t('i'))] }] },
          { type: 'image', attrs: { src: 'https://cdn.example.org/a.jpg', alt: 'x', onerror: 'alert(1)', style: 'x', width: -3, height: 'big' } },
          { type: 'embed', attrs: { provider: 'iframe', url: 'https://example.org/post', html: '<iframe>' } },
        ],
      }),
    );
    expect(doc.content).toEqual([
      p(t('x')),
      { type: 'heading', attrs: { level: 2 }, content: [t('h')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('i'))] }] },
      { type: 'image', attrs: { src: 'https://cdn.example.org/a.jpg', alt: 'x' } },
      { type: 'embed', attrs: { provider: 'post', url: 'https://example.org/post' } },
    ]);
  });

  it('turns unknown text blocks into paragraphs, unwraps unknown containers and drops unknown atoms', () => {
    const doc = accepted(
      normalizeDoc({
        type: 'doc',
        content: [
          { type: 'codeBlock', attrs: { language: 'js' }, content: [t('let x = 1')] },
          { type: 'horizontalRule' },
          { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('cell'))] }] }] },
          { type: 'heading', attrs: { level: 1 }, content: [t('Top')] },
          { type: 'heading', attrs: { level: 5 }, content: [t('Deep')] },
          p(t('hi '), { type: 'mention', attrs: { id: 1 } }, { type: 'emoji', text: '🙂' }),
          { type: 'iframe', attrs: { src: 'https://evil.example' } },
          { type: 'script', text: 'alert(1)' },
        ],
      }),
    );
    expect(doc.content).toEqual([
      p(t('let x = 1')),
      p(t('cell')),
      { type: 'heading', attrs: { level: 2 }, content: [t('Top')] },
      { type: 'heading', attrs: { level: 3 }, content: [t('Deep')] },
      p(t('hi 🙂')),
    ]);
  });

  it('refuses images from elsewhere and embeds without https', () => {
    const doc = accepted(
      normalizeDoc({
        type: 'doc',
        content: [
          { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'x' } },
          { type: 'image', attrs: { src: 'http://example.org/a.jpg', alt: 'x' } },
          { type: 'image', attrs: { src: 'data:image/png;base64,AAAA', alt: 'x' } },
          { type: 'image', attrs: { src: '/media/../etc/passwd"', alt: 'x' } },
          { type: 'image', attrs: { alt: 'no src' } },
          { type: 'embed', attrs: { provider: 'youtube', url: 'http://www.youtube.com/watch?v=abcdefghijk' } },
          { type: 'embed', attrs: { provider: 'post', url: 'javascript:alert(1)' } },
          { type: 'embed', attrs: { provider: 'youtube', url: 'https://example.org/not-a-video' } },
        ],
      }),
    );
    expect(doc.content).toEqual([{ type: 'embed', attrs: { provider: 'post', url: 'https://example.org/not-a-video' } }]);
  });

  it('keeps quotes to paragraphs and list items to paragraphs and lists', () => {
    const doc = accepted(
      normalizeDoc({
        type: 'doc',
        content: [
          { type: 'blockquote', content: [{ type: 'heading', attrs: { level: 2 }, content: [t('said')] }, { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('item'))] }] }, { type: 'image', attrs: { src: '/media/a.jpg', alt: '' } }] },
          { type: 'blockquote', attrs: { attribution: 'nobody' }, content: [{ type: 'paragraph' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [p(t('q'))] }, { type: 'image', attrs: { src: '/media/a.jpg', alt: '' } }] }, { type: 'listItem', content: [] }] },
          { type: 'orderedList', content: [] },
        ],
      }),
    );
    expect(doc.content).toEqual([
      { type: 'blockquote', content: [p(t('said')), p(t('item'))] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('q'))] }, { type: 'listItem', content: [{ type: 'paragraph' }] }] },
    ]);
  });

  it('drops empty paragraphs and headings at the top level, keeps text with spaces as typed', () => {
    const doc = accepted(normalizeDoc({ type: 'doc', content: [{ type: 'paragraph' }, p(t('  ')), { type: 'heading', attrs: { level: 2 } }, p(t(' two  spaces ')), p({ type: 'hardBreak' })] }));
    expect(doc.content).toEqual([p(t(' two  spaces '))]);
  });

  it('splits text longer than the server allows per text node', () => {
    const long = 'x'.repeat(45000);
    const doc = accepted(normalizeDoc({ type: 'doc', content: [p(t(long, [{ type: 'bold' }]))] }));
    const content = (doc.content[0] as { content: Array<{ text: string }> }).content;
    expect(content.map((c) => c.text.length)).toEqual([20000, 20000, 5000]);
    expect(content.map((c) => c.text).join('')).toBe(long);
  });

  it('limits attribute lengths to what the server allows', () => {
    const doc = accepted(
      normalizeDoc({
        type: 'doc',
        content: [
          { type: 'blockquote', attrs: { attribution: 'a'.repeat(400) }, content: [p(t('q'))] },
          { type: 'image', attrs: { src: '/media/a.jpg', alt: 'b'.repeat(600), caption: 'c'.repeat(1200), credit: 'd'.repeat(400) } },
          { type: 'embed', attrs: { url: 'https://example.org/', title: 'e'.repeat(400) } },
        ],
      }),
    );
    expect(doc.content.length).toBe(3);
  });

  it('survives garbage', () => {
    for (const input of [null, undefined, 42, 'doc', [], { type: 'doc' }, { type: 'doc', content: 'x' }, { type: 'doc', content: [null, 1, 'p', [], { type: 'paragraph', content: [null, { type: 'text', text: 5 }] }] }]) {
      expect(accepted(normalizeDoc(input)).type).toBe('doc');
    }
  });

  it('is what the editor schema holds: every document of our model loads into TipTap and comes back unchanged', () => {
    const schema = getSchema(editorExtensions());
    const ours = normalizeDoc(tiptapJson);
    const node = PMNode.fromJSON(schema, ours);
    node.check();
    expect(normalizeDoc(node.toJSON())).toEqual(ours);
  });

  it('the editor schema refuses pictures and quotes inside list items and anything but paragraphs in quotes', () => {
    const schema = getSchema(editorExtensions());
    expect(() => PMNode.fromJSON(schema, { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('x')), { type: 'image', attrs: { src: '/media/a.jpg' } }] }] }] }).check()).toThrow();
    expect(() => PMNode.fromJSON(schema, { type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'heading', attrs: { level: 2 }, content: [t('x')] }] }] }).check()).toThrow();
    expect(() => PMNode.fromJSON(schema, { type: 'doc', content: [{ type: 'codeBlock', content: [t('x')] }] })).toThrow();
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link']);
    expect(Object.keys(schema.nodes).sort()).toEqual(['blockquote', 'bulletList', 'doc', 'embed', 'hardBreak', 'heading', 'image', 'listItem', 'orderedList', 'paragraph', 'text']);
  });
});
