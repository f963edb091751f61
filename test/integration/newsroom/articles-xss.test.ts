// Script injection: whatever a user types into any field of an article, or puts into the body, is
// refused or shows up inert on the public article page (and in the newsroom API, as plain data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../support/app.js';
import { createStaff, type TestStaff } from '../../support/newsroom.js';
import { call, createVia, headline } from './articles-support.js';

let t: TestApp;
let editor: TestStaff;

beforeAll(async () => {
  t = await testApp();
  editor = await createStaff(t, 'editor');
});
afterAll(() => t.close());

const SCRIPT = '</script><script>alert("x1")</script>';
const IMG = '"><img src=x onerror=alert("x2")>';
const SVG = "<svg onload=alert('x3')>";
const ATTR = '" onmouseover="alert(4)" x="';

function para(...content: unknown[]) {
  return { type: 'paragraph', content };
}

/** Everything a reader's browser could run from the payloads above. */
function expectInert(html: string) {
  expect(html).not.toContain('<script>alert');
  expect(html).not.toMatch(/<img[^>]*onerror=/i);
  expect(html).not.toMatch(/<svg[^>]*onload=/i);
  expect(html).not.toMatch(/\sonmouseover="alert/i);
  expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
  expect(html).not.toContain('alert("x1")</script>');
}

describe('text fields', () => {
  it('keeps markup typed into every text field as text, escaped everywhere on the public page', async () => {
    const a = await createVia(t, editor, {
      headline: `Заголовок ${SCRIPT} ${headline()}`,
      lead: `Лид ${IMG}`,
      slug: '',
      tags: [`тег ${SVG}`.slice(0, 60)],
      sourceName: `Источник ${ATTR}`,
      sourceUrl: 'https://example.org/?q="><script>alert(5)</script>',
      datelinePlace: `Бишкек ${SVG}`,
      coverImageId: (await t.store.db.selectFrom('images').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id,
      coverCaption: `Подпись ${IMG}`,
      coverAlt: `Описание ${ATTR}`,
      body: { type: 'doc', content: [para({ type: 'text', text: `Текст ${SCRIPT} ${IMG}` }), { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: SVG }] }, { type: 'blockquote', attrs: { attribution: ATTR }, content: [para({ type: 'text', text: 'Цитата' })] }] },
    });
    expect(a.slug).toMatch(/^zagolovok-script-script-alert-x1-script/);
    const pub = await call(t, editor, 'POST', `/articles/${a.id}/publish`);
    expect(pub.statusCode).toBe(200);
    const res = await t.app.inject({ url: pub.json().publicPath });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expectInert(html);
    // The text is there, as text.
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert');
    expect(html).toContain('&lt;img src=x onerror=alert');
    // The API gives it back as data.
    expect(pub.json().headline).toContain(SCRIPT);
    // And so do the feeds and the home page.
    for (const url of ['/ru/', '/ru/feed.rss', '/ru/news/2024-02-14/']) {
      const page = await t.app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).toContain('&lt;/script&gt;&lt;script&gt;alert');
      expectInert(page.body);
    }
    // JSON Feed: titles are plain text by definition; the HTML it carries is escaped.
    const feed = (await t.app.inject({ url: '/ru/feed.json' })).json();
    const item = feed.items.find((i: any) => i.id.endsWith(`/${a.id}/`) || String(i.url).includes(`/${a.id}-`));
    expect(item.title).toContain(SCRIPT);
    expectInert(item.content_html ?? '');
  });

  it('refuses javascript:, data: and other non-web source addresses', async () => {
    for (const sourceUrl of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/', 'ftp://example.org/']) {
      const res = await call(t, editor, 'POST', '/articles/', { lang: 'ru', headline: 'Source', sourceUrl });
      expect(res.statusCode, sourceUrl).toBe(400);
      expect(res.json().fields.sourceUrl).toMatch(/http/);
    }
  });

  it('drops control characters (PostgreSQL refuses NUL) instead of failing', async () => {
    const a = await createVia(t, editor, { headline: 'Nul\u0000 byte\u0007 here', lead: 'Lead\u0000' });
    expect(a.headline).toBe('Nul byte here');
    expect(a.lead).toBe('Lead');
  });
});

describe('the body', () => {
  const refused: Array<[string, unknown]> = [
    ['a javascript: link', para({ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] })],
    ['a mixed-case javascript: link', para({ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: ' JavaScript:alert(1)' } }] })],
    ['a data: link', para({ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' } }] })],
    ['a data: image', { type: 'image', attrs: { src: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', alt: 'x' } }],
    ['a javascript: image', { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'x' } }],
    ['an http (not https) image elsewhere', { type: 'image', attrs: { src: 'http://evil.example/x.png', alt: 'x' } }],
    ['an image with an onerror attribute', { type: 'image', attrs: { src: '/media/demo/cover-01.jpg', alt: 'x', onerror: 'alert(1)' } }],
    ['a paragraph with a style attribute', { type: 'paragraph', attrs: { style: 'background:url(javascript:alert(1))' }, content: [{ type: 'text', text: 'x' }] }],
    ['a raw HTML node', { type: 'html', content: '<script>alert(1)</script>' }],
    ['an iframe node', { type: 'iframe', attrs: { src: 'https://evil.example/' } }],
    ['a javascript: embed', { type: 'embed', attrs: { provider: 'youtube', url: 'javascript:alert(1)' } }],
    ['an unknown mark', para({ type: 'text', text: 'x', marks: [{ type: 'script' }] })],
  ];

  it.each(refused)('refuses %s with a message on the body field, and saves nothing', async (_name, node) => {
    const a = await createVia(t, editor);
    const res = await call(t, editor, 'PUT', `/articles/${a.id}`, { version: a.version, headline: a.headline, body: { type: 'doc', content: [node] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.body).toMatch(/not allowed/);
    const now = (await call(t, editor, 'GET', `/articles/${a.id}`)).json();
    expect(now.version).toBe(1);
    expect(now.body).toEqual(a.body);
  });

  it('renders extra attributes a client may send on a link (target, onclick) inert', async () => {
    const body = { type: 'doc', content: [para({ type: 'text', text: 'source', marks: [{ type: 'link', attrs: { href: 'https://example.org/', target: '_blank', onclick: 'alert(1)' } }] })] };
    const a = await createVia(t, editor, { body });
    const live = (await call(t, editor, 'POST', `/articles/${a.id}/publish`)).json();
    const html = (await t.app.inject({ url: live.publicPath })).body;
    expect(html).toContain('<a href="https://example.org/" rel="noopener nofollow">source</a>');
    expect(html).not.toContain('onclick');
  });

  it('refuses a body that is not a document at all', async () => {
    for (const body of ['<p>html</p>', 42, [], { type: 'doc' }, { type: 'doc', content: 'x' }]) {
      const res = await call(t, editor, 'POST', '/articles/', { lang: 'ru', headline: 'x', body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().fields.body).toBeTruthy();
    }
  });
});
