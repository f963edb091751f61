// Text for XML documents: escaped, and without the characters XML 1.0 forbids (control characters,
// lone surrogates, U+FFFE/U+FFFF), so no headline or body can make a feed unreadable.

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Removes characters that may not appear in an XML 1.0 document (also useful for JSON consumers). */
export function xmlSafe(value: string): string {
  return value.replace(INVALID_XML, '');
}

/** Escapes text for XML element content and quoted attribute values. */
export function escapeXml(value: string): string {
  return xmlSafe(value).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** `<name attr="…">text</name>` with everything escaped; attributes with null/undefined are left out. */
export function el(name: string, text: string | null | undefined, attrs: Record<string, string | number | null | undefined> = {}): string {
  const a = attrString(attrs);
  return text == null || text === '' ? `<${name}${a}/>` : `<${name}${a}>${escapeXml(text)}</${name}>`;
}

export function attrString(attrs: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) if (v != null) out += ` ${k}="${escapeXml(String(v))}"`;
  return out;
}
