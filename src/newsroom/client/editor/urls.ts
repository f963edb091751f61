// Address checks for the editor: links, image sources and embeds. The same rules as the server's
// document schema (src/domain/document/schema.ts, which the bundle does not import: it would pull zod
// into the page); test/unit/editor-urls.test.ts checks that both agree.

/** Links: http, https and mailto only (the server's isSafeHref). */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(href.trim());
}

/** Image sources: our media under /media/ or an https address (the server's isSafeImageSrc). */
export function isSafeImageSrc(src: string): boolean {
  return /^\/media\/[A-Za-z0-9._\-/]+$/.test(src) || /^https:\/\/[^\s"'<>]+$/i.test(src);
}

export type HrefCheck = { ok: true; href: string } | { ok: false; message: string };

/**
 * What the user typed into the link field -> a link address, or why not. A bare address
 * ("example.org/page", "www.example.org") becomes https://…, a bare e-mail address mailto:…;
 * any other scheme (javascript:, data:, ftp:, …) is refused.
 */
export function checkHref(input: string): HrefCheck {
  const s = input.trim();
  if (!s) return { ok: false, message: 'Enter the link address.' };
  if (/\s/.test(s)) return { ok: false, message: 'A link address cannot contain spaces.' };
  if (s.length > 2000) return { ok: false, message: 'That address is too long (2,000 characters at most).' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s);
  if (scheme && !/^[a-z0-9-]+\.[a-z]/i.test(s)) {
    const name = scheme[1].toLowerCase();
    if (name !== 'http' && name !== 'https' && name !== 'mailto') {
      return { ok: false, message: `Links may only use http, https or mailto (not “${name}:”).` };
    }
    if ((name === 'http' || name === 'https') && !/^https?:\/\/[^/\s]+/i.test(s)) return { ok: false, message: 'That address is incomplete: it needs a site name after //.' };
    if (name === 'mailto' && !/^mailto:[^\s]+/i.test(s)) return { ok: false, message: 'Enter an e-mail address after mailto:.' };
    return isSafeHref(s) ? { ok: true, href: s } : { ok: false, message: 'Links may only use http, https or mailto.' };
  }
  if (/^[^@/:]+@[^@/:]+\.[a-z]{2,}$/i.test(s)) return { ok: true, href: `mailto:${s}` };
  if (/^(\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:\d+)?([/?#].*)?$/i.test(s)) return { ok: true, href: `https://${s.replace(/^\/\//, '')}` };
  return { ok: false, message: 'Enter a full address starting with https:// (or http://, or mailto: for e-mail).' };
}

/** The video id of a YouTube address (the same pattern the public renderer uses to show a video). */
export function youtubeId(url: string): string | null {
  const m = /^https:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?(?:.*&)?v=|shorts\/|embed\/)|youtu\.be\/)([A-Za-z0-9_-]{6,20})/.exec(url);
  return m ? m[1] : null;
}

export type EmbedCheck = { ok: true; provider: 'youtube' | 'post'; url: string } | { ok: false; message: string };

/** An embed address: YouTube videos become "youtube", any other https page a "post" link card. */
export function checkEmbedUrl(input: string): EmbedCheck {
  let s = input.trim();
  if (!s) return { ok: false, message: 'Enter the address of the video or post.' };
  if (/\s/.test(s)) return { ok: false, message: 'An address cannot contain spaces.' };
  if (s.length > 2000) return { ok: false, message: 'That address is too long (2,000 characters at most).' };
  if (/^(www\.|m\.)?(youtube\.com|youtu\.be)\//i.test(s)) s = `https://${s}`;
  if (/^http:\/\//i.test(s)) return { ok: false, message: 'Embeds need a secure address: use https:// instead of http://.' };
  if (!/^https:\/\/[^/\s]+\.[^/\s]+/i.test(s)) return { ok: false, message: 'Enter a full address starting with https://.' };
  return { ok: true, provider: youtubeId(s) ? 'youtube' : 'post', url: s };
}
