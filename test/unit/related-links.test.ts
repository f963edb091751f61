// Which links in an article's body are links to other articles of this site (story threads).
import { describe, expect, it } from 'vitest';
import { articleIdOfHref, linkedArticleIds } from '../../src/domain/related/index.js';
import type { DocNode } from '../../src/domain/document/types.js';

const SITE = 'https://news.example.kg';

describe('article links', () => {
  it('reads article addresses: relative, absolute on this site, short form, with query or fragment', () => {
    expect(articleIdOfHref('/ru/123-vybory-v-parlament/', SITE)).toBe(123);
    expect(articleIdOfHref('/ky/45/', SITE)).toBe(45);
    expect(articleIdOfHref('/en/45', SITE)).toBe(45);
    expect(articleIdOfHref('https://news.example.kg/en/7-x/?utm=1#top', SITE)).toBe(7);
    expect(articleIdOfHref('http://www.news.example.kg/ru/8/', SITE)).toBe(8);
    expect(articleIdOfHref('//news.example.kg/ru/9-a/', SITE)).toBe(9);
  });

  it('ignores other sites, other pages of this site and anything that is not a web link', () => {
    for (const href of ['https://other.kg/ru/123-x/', '/ru/rubric/politics/', '/ru/news/2024-02-14/', '/ru/123/print/', 'mailto:a@b.kg', 'javascript:alert(1)', '/ru/0/', '/ru/abc/', '', 'ftp://news.example.kg/ru/1/']) {
      expect(articleIdOfHref(href, SITE), href).toBeNull();
    }
  });

  it('collects each linked article once, from paragraphs, lists and quotes', () => {
    const link = (href: string) => ({ type: 'text' as const, text: 'x', marks: [{ type: 'link' as const, attrs: { href } }] });
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Earlier: ' }, link('/ru/10-a/'), link('https://other.kg/ru/11/')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [link('/ru/12/'), link('/ru/10/')] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'q', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: `${SITE}/ky/13-b/` } }] }] }] },
      ],
    };
    expect(linkedArticleIds(doc, SITE)).toEqual([10, 12, 13]);
    expect(linkedArticleIds(null, SITE)).toEqual([]);
  });
});
