// Reads a page's metadata the way a browser or crawler does: parse5 (the WHATWG HTML parsing
// algorithm) builds the tree, so a `</script>` that escaped its JSON or an attribute would show up
// here as an extra element, exactly as it would in a browser.
import { parse } from 'parse5';
import sdtt, { type SdttResult } from 'structured-data-testing-tool';
import presets from 'structured-data-testing-tool/presets.js';

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

export interface ElementInfo {
  tag: string;
  attrs: Record<string, string>;
  /** text content (script and title bodies) */
  text: string;
  /** inside <head> */
  inHead: boolean;
}

export interface Head {
  lang: string | null;
  title: string;
  /** every element of the document, in order */
  elements: ElementInfo[];
  /** content of `<meta property=…>` or `<meta name=…>`, every occurrence in order */
  meta(key: string): string[];
  /** the single value of a meta tag (fails when there are none or several) */
  one(key: string): string;
  links(rel: string): Array<Record<string, string>>;
  /** the JSON-LD blocks, parsed */
  jsonLd: Array<Record<string, any>>;
  /** the raw text of the JSON-LD blocks */
  jsonLdText: string[];
  scripts: ElementInfo[];
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

export function readHead(html: string): Head {
  const doc = parse(html) as unknown as Node;
  const elements: ElementInfo[] = [];
  let lang: string | null = null;
  const walk = (node: Node, inHead: boolean) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      const attrs = Object.fromEntries((child.attrs ?? []).map((a) => [a.name, a.value]));
      if (child.tagName === 'html') lang = attrs.lang ?? null;
      const head = inHead || child.tagName === 'head';
      elements.push({ tag: child.tagName, attrs, text: textOf(child), inHead: head && child.tagName !== 'head' });
      walk(child, head);
      if (child.content) walk(child.content, head);
    }
  };
  walk(doc, false);
  const metas = elements.filter((e) => e.tag === 'meta' && e.inHead);
  const meta = (key: string) => metas.filter((m) => m.attrs.property === key || m.attrs.name === key).map((m) => m.attrs.content);
  const scripts = elements.filter((e) => e.tag === 'script');
  const ld = scripts.filter((s) => s.attrs.type === 'application/ld+json');
  return {
    lang,
    title: elements.find((e) => e.tag === 'title')?.text ?? '',
    elements,
    meta,
    one(key) {
      const values = meta(key);
      if (values.length !== 1) throw new Error(`expected one ${key} meta tag, found ${values.length}`);
      return values[0];
    },
    links: (rel) => elements.filter((e) => e.tag === 'link' && e.inHead && e.attrs.rel === rel).map((e) => e.attrs),
    jsonLd: ld.map((s) => JSON.parse(s.text)),
    jsonLdText: ld.map((s) => s.text),
    scripts,
  };
}

/**
 * structured-data-testing-tool with its Google, Twitter and Facebook presets (the tests Google's and
 * the networks' documentation asks for), on the HTML string: it never fetches anything.
 */
export async function structuredDataTest(html: string, schemas: string[]): Promise<SdttResult> {
  try {
    return await sdtt.structuredDataTestHtml(html, { presets: [presets.Google, presets.Twitter, presets.Facebook], schemas });
  } catch (err) {
    const res = (err as { res?: SdttResult }).res;
    if (res) return res;
    throw err;
  }
}

/** Failed tests as readable lines. */
export function failures(result: SdttResult): string[] {
  return result.failed.map((f) => `${f.group ?? ''} ${f.test}: ${f.description ?? ''} ${f.error?.message ?? ''}`.trim());
}
