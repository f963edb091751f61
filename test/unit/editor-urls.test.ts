// The editor's address checks agree with the server's document schema, and explain what they refuse.
import { describe, expect, it } from 'vitest';
import { youtubeId as serverYoutubeId } from '../../src/domain/document/render-html.js';
import { isSafeHref as serverHref, isSafeImageSrc as serverImage } from '../../src/domain/document/schema.js';
import { checkEmbedUrl, checkHref, isSafeHref, isSafeImageSrc, youtubeId } from '../../src/newsroom/client/editor/urls.js';

const HREFS = ['https://example.org', 'http://example.org/a?b=1#c', 'mailto:desk@example.org', 'MAILTO:x@y.z', 'javascript:alert(1)', ' https://x.y ', 'https://', 'data:text/html,x', 'https://a b', '/path', 'ftp://x', 'HTTPS://EXAMPLE.ORG'];
const SRCS = ['/media/a.jpg', '/media/2024/02/x-960.webp', '/media/../x', '/media/a b.jpg', 'https://cdn.example.org/a.jpg', 'http://cdn.example.org/a.jpg', 'data:image/png;base64,AA', 'https://x/"onerror=', '//x/a.jpg'];
const VIDEOS = ['https://www.youtube.com/watch?v=abcdefghijk', 'https://youtu.be/abcdefghijk', 'https://m.youtube.com/watch?feature=x&v=abcdefghijk', 'https://www.youtube.com/shorts/abcdefghijk', 'https://www.youtube.com/channel/x', 'http://youtu.be/abcdefghijk', 'https://vimeo.com/1'];

describe('editor address checks', () => {
  it('agree with the server schema', () => {
    for (const h of HREFS) expect(isSafeHref(h), h).toBe(serverHref(h));
    for (const s of SRCS) expect(isSafeImageSrc(s), s).toBe(serverImage(s));
    for (const v of VIDEOS) expect(youtubeId(v), v).toBe(serverYoutubeId(v));
  });

  it('accept http, https and mailto links, completing bare addresses', () => {
    expect(checkHref('https://example.org/a')).toEqual({ ok: true, href: 'https://example.org/a' });
    expect(checkHref('  http://example.org ')).toEqual({ ok: true, href: 'http://example.org' });
    expect(checkHref('mailto:desk@example.org')).toEqual({ ok: true, href: 'mailto:desk@example.org' });
    expect(checkHref('example.org/news?id=1')).toEqual({ ok: true, href: 'https://example.org/news?id=1' });
    expect(checkHref('www.example.org')).toEqual({ ok: true, href: 'https://www.example.org' });
    expect(checkHref('example.org:8080/x')).toEqual({ ok: true, href: 'https://example.org:8080/x' });
    expect(checkHref('desk@example.org')).toEqual({ ok: true, href: 'mailto:desk@example.org' });
  });

  it.each([
    ['javascript:alert(1)', /only use http, https or mailto.*javascript:/],
    ['JavaScript:alert(1)', /javascript:/],
    ['data:text/html,<b>x</b>', /data:/],
    ['vbscript:x', /vbscript:/],
    ['ftp://example.org', /ftp:/],
    ['java.script:alert(1)', /full address/],
    ['https://', /incomplete/],
    ['', /Enter the link address/],
    ['https://exa mple.org', /spaces/],
    ['just words', /spaces/],
    ['/relative', /full address/],
  ])('refuse %j with a message', (input, message) => {
    const r = checkHref(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('classify embeds: YouTube videos, other https pages as posts, refuse the rest', () => {
    expect(checkEmbedUrl('https://www.youtube.com/watch?v=abcdefghijk')).toEqual({ ok: true, provider: 'youtube', url: 'https://www.youtube.com/watch?v=abcdefghijk' });
    expect(checkEmbedUrl('youtu.be/abcdefghijk')).toEqual({ ok: true, provider: 'youtube', url: 'https://youtu.be/abcdefghijk' });
    expect(checkEmbedUrl('https://www.youtube.com/@channel')).toEqual({ ok: true, provider: 'post', url: 'https://www.youtube.com/@channel' });
    expect(checkEmbedUrl('https://t.me/news/123')).toEqual({ ok: true, provider: 'post', url: 'https://t.me/news/123' });
    expect(checkEmbedUrl('http://t.me/news/123')).toMatchObject({ ok: false, message: expect.stringMatching(/https/) });
    expect(checkEmbedUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(checkEmbedUrl('')).toMatchObject({ ok: false });
  });
});
