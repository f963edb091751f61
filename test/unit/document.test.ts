import { describe, expect, it } from 'vitest';
import { renderDocHtml } from '../../src/domain/document/render-html.js';
import { renderDocText } from '../../src/domain/document/render-text.js';
import { validateDoc } from '../../src/domain/document/schema.js';
import type { DocNode } from '../../src/domain/document/types.js';

const doc: DocNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Plain and ' }, { type: 'text', text: 'bold', marks: [{ type: 'bold' }] }, { type: 'text', text: ' and ' }, { type: 'text', text: 'a link', marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } }] }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subheading' }] },
    { type: 'blockquote', attrs: { attribution: 'the minister' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A quote' }] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
    { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first' }] }] }] },
    { type: 'image', attrs: { src: '/media/demo/cover-01-960.jpg', alt: 'Mountains', caption: 'The ridge', credit: 'Newsdesk', width: 960, height: 540 } },
    { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=abcdefghijk', title: 'A video' } },
  ],
};

describe('document renderer', () => {
  it('renders every node type to HTML', () => {
    const html = renderDocHtml(doc);
    expect(html).toContain('<p>Plain and <strong>bold</strong> and <a href="https://example.org/a?b=1&amp;c=2" rel="noopener nofollow">a link</a></p>');
    expect(html).toContain('<h2>Subheading</h2>');
    expect(html).toContain('<blockquote><p>A quote</p></blockquote><figcaption>— the minister</figcaption>');
    expect(html).toContain('<ul><li>one</li></ul>');
    expect(html).toContain('<ol><li>first</li></ol>');
    expect(html).toMatch(/<img src="\/media\/demo\/cover-01-960.jpg" alt="Mountains" width="960" height="540"/);
    expect(html).toContain('<figcaption><span class="caption">The ridge</span><span class="credit">Photo: Newsdesk</span></figcaption>');
    expect(html).toContain('href="https://www.youtube.com/watch?v=abcdefghijk"');
    expect(html).not.toContain('<iframe');
  });

  it('escapes text and never lets script through', () => {
    const evil: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'image', attrs: { src: 'javascript:alert(1)', alt: '"><script>' } },
        { type: 'blockquote', attrs: { attribution: '<img src=x onerror=alert(1)>' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }] },
      ],
    };
    const html = renderDocHtml(evil);
    expect(html).not.toMatch(/<script|javascript:|<img src=x/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<p>click</p>');
  });

  it('gives plain text for descriptions and search', () => {
    const text = renderDocText(doc);
    expect(text).toContain('Plain and bold and a link');
    expect(text).toContain('A quote\n— the minister');
    expect(text).not.toContain('<');
  });
});

describe('document validation', () => {
  it('accepts the node types we render', () => {
    expect(validateDoc(doc)).toMatchObject({ ok: true });
  });

  it('refuses unknown nodes, script links and foreign image sources with a clear reason', () => {
    const bad = (content: unknown[]) => validateDoc({ type: 'doc', content });
    const r1 = bad([{ type: 'script', text: 'x' }]);
    expect(r1.ok).toBe(false);
    const r2 = bad([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }]);
    expect(r2).toMatchObject({ ok: false });
    expect(JSON.stringify(r2)).toContain('links may only use http, https or mailto');
    const r3 = bad([{ type: 'image', attrs: { src: 'http://tracker.example/x.gif', alt: '' } }]);
    expect(JSON.stringify(r3)).toContain('images must come from the media library');
    expect(validateDoc('not a doc').ok).toBe(false);
  });
});
