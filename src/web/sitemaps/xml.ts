// A small XML writer for sitemaps: every text and attribute value is escaped, and characters XML 1.0
// forbids (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped, so any headline stays a
// well-formed document.

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that may not appear in an XML 1.0 document. */
export function xmlChars(value: string): string {
  return value.replace(NOT_XML, '');
}

export function escapeXmlText(value: string): string {
  return xmlChars(value).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]);
}

export function escapeXmlAttr(value: string): string {
  return xmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}

export type Attrs = Record<string, string | number | null | undefined>;

function attrs(a: Attrs | undefined): string {
  if (!a) return '';
  let out = '';
  for (const [k, v] of Object.entries(a)) if (v != null) out += ` ${k}="${escapeXmlAttr(String(v))}"`;
  return out;
}

/** Writes a document element by element; `close()` ends the innermost open element. */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private readonly stack: string[] = [];

  open(name: string, a?: Attrs): this {
    this.parts.push(`${this.indent()}<${name}${attrs(a)}>\n`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (!name) throw new Error('XmlWriter: nothing to close');
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** An element holding only text. */
  text(name: string, value: string | number, a?: Attrs): this {
    this.parts.push(`${this.indent()}<${name}${attrs(a)}>${escapeXmlText(String(value))}</${name}>\n`);
    return this;
  }

  /** An element without content. */
  empty(name: string, a?: Attrs): this {
    this.parts.push(`${this.indent()}<${name}${attrs(a)}/>\n`);
    return this;
  }

  toString(): string {
    if (this.stack.length) throw new Error(`XmlWriter: <${this.stack[this.stack.length - 1]}> left open`);
    return this.parts.join('');
  }

  private indent(): string {
    return '  '.repeat(this.stack.length);
  }
}
