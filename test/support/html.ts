// Small helpers to read rendered pages in tests without a DOM.

/** Text content of the first element matching a simple class or tag pattern. */
export function textOf(html: string, pattern: RegExp): string | null {
  const m = pattern.exec(html);
  return m ? stripTags(m[1]) : null;
}

export function stripTags(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** The inner HTML of the element that starts at the first match of `open` (balanced on the tag name). */
export function section(html: string, open: RegExp): string | null {
  const m = open.exec(html);
  if (!m) return null;
  const tag = /^<([a-z0-9]+)/i.exec(m[0])![1];
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = m.index;
  let t: RegExpExecArray | null;
  while ((t = re.exec(html))) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return html.slice(m.index, t.index + t[0].length);
  }
  return null;
}

export function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}
