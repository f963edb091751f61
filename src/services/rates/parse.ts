// Turning a central bank's response bytes into rates, or into a clear reason why not. Shared by the
// sources in sources.ts: decoding (windows-1251 or UTF-8, checked against what the file declares),
// well-formed XML, comma decimals, DD.MM.YYYY dates.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ParsedRate {
  /** ISO 4217 code, upper case */
  code: string;
  /** units `value` is quoted for (1, 10, 100) */
  nominal: number;
  /** base currency per `nominal` units, as published */
  value: number;
  /** days from the file's date the rate is valid for (NBKR weekly `<ValidFor>`) */
  validFor?: number;
}

export interface ParsedRates {
  /** the day the rates apply to, YYYY-MM-DD (the file's `Date` attribute) */
  date: string;
  rates: ParsedRate[];
}

/** A response that must not replace stored rates; the message says why, in one line. */
export class RatesParseError extends Error {
  override name = 'RatesParseError';
}

const ENCODINGS: Record<string, 'windows-1251' | 'utf-8'> = {
  'windows-1251': 'windows-1251',
  'cp1251': 'windows-1251',
  'x-cp1251': 'windows-1251',
  'utf-8': 'utf-8',
  'utf8': 'utf-8',
  // the bodies are ASCII-only in these cases; decoding as UTF-8 is exact
  'us-ascii': 'utf-8',
  'ascii': 'utf-8',
};

function charsetOf(contentType: string | undefined): string | null {
  const m = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes the body in the encoding it declares (XML declaration first, then the Content-Type charset,
 * else UTF-8) and refuses bytes that do not match the declaration.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    throw new RatesParseError('empty response body');
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // UTF-8 byte order mark
  const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + 300));
  if (/^\s*(<!doctype\s+html|<html[\s>])/i.test(head) || /^text\/html/i.test(contentType ?? '')) {
    const page = bytes.subarray(start, start + 2000);
    const text = new TextDecoder(isValidUtf8(bytes.subarray(start)) ? 'utf-8' : 'windows-1251').decode(page);
    const title = /<title[^>]*>([^<]{0,80})/i.exec(text)?.[1]?.trim();
    throw new RatesParseError(`an HTML page instead of XML${title ? ` ("${title}")` : ''} (the site may be under maintenance)`);
  }
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase() ?? null;
  const header = charsetOf(contentType);
  const label = declared ?? header ?? (start === 3 ? 'utf-8' : 'utf-8');
  const encoding = ENCODINGS[label];
  if (!encoding) throw new RatesParseError(`unsupported encoding "${label}"`);
  const high = hasHighBytes(bytes.subarray(start));
  if (high && declared && header && ENCODINGS[header] && ENCODINGS[header] !== encoding) {
    throw new RatesParseError(`wrong encoding: the Content-Type says ${header} but the XML declares ${declared}`);
  }
  if (start === 3 && encoding !== 'utf-8') {
    throw new RatesParseError(`wrong encoding: the body starts with a UTF-8 byte order mark but declares ${label}`);
  }
  if (encoding === 'utf-8') {
    if (high && !isValidUtf8(bytes.subarray(start))) {
      throw new RatesParseError(`wrong encoding: the body is not valid UTF-8 (declared ${label}; windows-1251 bytes?)`);
    }
    return new TextDecoder('utf-8').decode(bytes.subarray(start));
  }
  // windows-1251: real Cyrillic in windows-1251 practically never forms valid multi-byte UTF-8, so a
  // body that does is UTF-8 text with a wrong declaration (it would decode to "Ð Ñ"-style mojibake).
  if (high && isValidUtf8(bytes)) {
    throw new RatesParseError('wrong encoding: the XML declares windows-1251 but the body is UTF-8');
  }
  const text = new TextDecoder('windows-1251').decode(bytes);
  if (text.includes('\uFFFD')) throw new RatesParseError('wrong encoding: bytes that are not windows-1251');
  return text;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === 'Currency' || name === 'Valute',
});

/** Parses well-formed XML into plain objects, or says where it is malformed. */
export function parseXml(text: string): Record<string, any> {
  const check = XMLValidator.validate(text);
  if (check !== true) throw new RatesParseError(`malformed XML: ${check.err.msg} (line ${check.err.line})`);
  return parser.parse(text) as Record<string, any>;
}

/** "24.05.2026" -> "2024-05-26"; rejects anything that is not a real calendar date. */
export function parseDmy(s: unknown, what = 'Date'): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(String(s ?? '').trim());
  if (!m) throw new RatesParseError(`missing or malformed ${what} attribute ${s === undefined ? '' : `"${String(s)}" `}(expected DD.MM.YYYY)`);
  const [, d, mo, y] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || Number(y) < 1990) {
    throw new RatesParseError(`${what} "${String(s)}" is not a real date`);
  }
  return `${y}-${mo}-${d}`;
}

/** "87,4500" or "87.45" -> 87.45; empty, missing or non-numeric values are errors. */
export function parseDecimal(s: unknown, what: string): number {
  if (s === undefined || s === null || typeof s === 'object') throw new RatesParseError(`${what} is missing`);
  const t = String(s).trim();
  if (t === '') throw new RatesParseError(`${what} is empty`);
  if (!/^-?\d+([.,]\d+)?$/.test(t)) throw new RatesParseError(`${what} "${t}" is not a number`);
  return Number(t.replace(',', '.'));
}

/** Builds one checked rate: a three-letter code, a positive whole nominal and a positive value. */
export function checkedRate(codeRaw: unknown, nominalRaw: unknown, valueRaw: unknown, validForRaw?: unknown): ParsedRate {
  const code = String(codeRaw ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new RatesParseError(`a currency without a valid code ("${String(codeRaw ?? '')}")`);
  const nominal = nominalRaw === undefined || nominalRaw === '' ? 1 : parseDecimal(nominalRaw, `${code} Nominal`);
  if (!Number.isInteger(nominal) || nominal <= 0) throw new RatesParseError(`${code} Nominal ${nominal} is not a positive whole number`);
  const value = parseDecimal(valueRaw, `${code} Value`);
  if (!(value > 0) || !Number.isFinite(value)) throw new RatesParseError(`${code} Value ${value} is implausible (must be above zero)`);
  const rate: ParsedRate = { code, nominal, value };
  if (validForRaw !== undefined) {
    const days = parseDecimal(validForRaw, `${code} ValidFor`);
    if (!Number.isInteger(days) || days < 1 || days > 31) throw new RatesParseError(`${code} ValidFor ${days} is not 1-31 days`);
    rate.validFor = days;
  }
  return rate;
}

/** Every code once: a file listing a currency twice is suspect. */
export function checkedList(rates: ParsedRate[], what: string): ParsedRate[] {
  if (rates.length === 0) throw new RatesParseError(`${what} lists no currencies`);
  const seen = new Set<string>();
  for (const r of rates) {
    if (seen.has(r.code)) throw new RatesParseError(`${what} lists ${r.code} twice`);
    seen.add(r.code);
  }
  return rates;
}
