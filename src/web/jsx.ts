// A tiny JSX-to-string runtime for server-rendered pages (see docs/decisions/003-own-jsx-runtime.md).
// Text is escaped by default; only values wrapped in SafeHtml (our own renderers) pass through as markup.

export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = SafeHtml | string | number | boolean | null | undefined | Child[];
export type Props = Record<string, unknown> & { children?: Child };
export type Component<P = any> = (props: P) => SafeHtml;

import { escapeHtml } from '../domain/text/escape.js';

export { escapeHtml };

/** Marks trusted markup (produced by our own renderers, never user input) as safe to embed. */
export function raw(html: string): SafeHtml {
  return new SafeHtml(html);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

// Markup is built by string concatenation, not by joining arrays: V8 keeps `a + b` as a rope and copies
// the characters once, when the page is written out; joining at every element copied each subtree again
// at every level above it (a 43 KB article page nests about 15 deep).
function appendChild(html: string, child: Child): string {
  if (child === null || child === undefined || child === false || child === true) return html;
  if (child instanceof SafeHtml) return html + child.html;
  if (Array.isArray(child)) {
    for (const c of child) html = appendChild(html, c);
    return html;
  }
  return html + escapeHtml(String(child));
}

export function h(tag: string | Component, props: Props | null, ...children: Child[]): SafeHtml {
  if (typeof tag === 'function') {
    const p: Props = { ...(props ?? {}) };
    if (children.length) p.children = children.length === 1 ? children[0] : children;
    return tag(p);
  }
  let html = '<' + tag;
  if (props) {
    for (const name in props) {
      const value = props[name];
      if (name === 'children' || value === null || value === undefined || value === false) continue;
      const attr = name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name;
      html += value === true ? ' ' + attr : ' ' + attr + '="' + escapeHtml(String(value)) + '"';
    }
  }
  html += '>';
  if (VOID.has(tag)) return new SafeHtml(html);
  html = appendChild(html, children);
  if (props && props.children !== undefined) html = appendChild(html, props.children as Child);
  return new SafeHtml(html + '</' + tag + '>');
}

export function Fragment(props: { children?: Child }): SafeHtml {
  return new SafeHtml(appendChild('', props.children));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    type Element = SafeHtml;
    interface ElementChildrenAttribute {
      children: unknown;
    }
    interface IntrinsicElements {
      [element: string]: Record<string, unknown>;
    }
  }
}
