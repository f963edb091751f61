// Links inside an article's body to other articles of this site ("earlier we reported…"): the
// story-thread signal of related stories. Only the document tree is read, never rendered HTML.
import type { DocNode } from '../document/types.js';

/** `/ru/123-slug/`, `/ky/123/`, with or without the trailing slash, query or fragment. */
const ARTICLE_PATH = /^\/[a-z]{2}\/(\d{1,15})(?:-[^/?#]*)?\/?(?:[?#].*)?$/;

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The article id a link points to, when it is an article address of this site (`siteUrl` = BASE_URL). */
export function articleIdOfHref(href: string, siteUrl: string): number | null {
  let path = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    const site = hostOf(siteUrl);
    const abs = path.startsWith('//') ? `http:${path}` : path;
    if (!/^https?:/i.test(abs) || !site || hostOf(abs) !== site) return null;
    const u = new URL(abs);
    path = u.pathname + u.search + u.hash;
  }
  const m = ARTICLE_PATH.exec(path);
  if (!m) return null;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Ids of the site's articles the body links to, each once, in the order they first appear. */
export function linkedArticleIds(doc: DocNode | null | undefined, siteUrl: string): number[] {
  const out = new Set<number>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { marks?: unknown; content?: unknown };
    if (Array.isArray(n.marks)) {
      for (const mark of n.marks as Array<{ type?: unknown; attrs?: { href?: unknown } }>) {
        if (mark?.type !== 'link' || typeof mark.attrs?.href !== 'string') continue;
        const id = articleIdOfHref(mark.attrs.href, siteUrl);
        if (id != null) out.add(id);
      }
    }
    if (Array.isArray(n.content)) for (const child of n.content) walk(child);
  };
  walk(doc);
  return [...out];
}
