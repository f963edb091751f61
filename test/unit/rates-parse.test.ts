// Parsing NBKR daily/weekly and CBR daily files, and refusing every kind of bad response.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBody, RatesParseError } from '../../src/services/rates/parse.js';
import { cbrDaily, detectSource, nbkrDaily, nbkrWeekly } from '../../src/services/rates/sources.js';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/rates', name)));
const bytes = (s: string) => new TextEncoder().encode(s);
const win1251 = (s: string) => {
  // Encode Cyrillic to windows-1251 by inverting the decoder's table (Node has no 1251 encoder).
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1251');
  for (let b = 0x80; b <= 0xff; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return new Uint8Array([...s].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table.get(ch)!)));
};

const daily = nbkrDaily('http://x');
const weekly = nbkrWeekly('http://x');
const cbr = cbrDaily('http://x');

const nbkrXml = (currencies: string, date = '15.02.2024') =>
  `<?xml version="1.0" encoding="windows-1251" ?>\n<CurrencyRates Name="Daily Exchange Rates" Date="${date}">\n${currencies}</CurrencyRates>\n`;
const usd = (value: string, nominal = '1') => `<Currency ISOCode="USD">\n<Nominal>${nominal}</Nominal>\n<Value>${value}</Value>\n</Currency>\n`;

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(RatesParseError);
    return (err as Error).message;
  }
  throw new Error('expected a RatesParseError');
}

describe('NBKR daily', () => {
  it('reads the date, comma decimals and nominal of a windows-1251 file', () => {
    const r = daily.parse(fixture('nbkr-daily.xml'), 'application/xml');
    expect(r.date).toBe('2024-02-15');
    expect(r.rates.map((x) => x.code)).toEqual(['USD', 'EUR', 'CNY', 'KZT', 'RUB']);
    expect(r.rates[0]).toEqual({ code: 'USD', nominal: 1, value: 89.43 });
    expect(r.rates.find((x) => x.code === 'KZT')!.value).toBe(0.1987);
  });

  it('takes the Date attribute as the day the rates apply to (a Saturday file carries Sunday)', () => {
    expect(daily.parse(fixture('nbkr-daily-saturday.xml')).date).toBe('2024-02-18');
  });

  it('accepts Nominal 10 and 100 (value per Nominal units)', () => {
    const r = daily.parse(bytes(nbkrXml(usd('5,9978', '10'))));
    expect(r.rates[0]).toEqual({ code: 'USD', nominal: 10, value: 5.9978 });
  });
});

describe('NBKR weekly', () => {
  it('reads ValidFor and small-unit nominals', () => {
    const r = weekly.parse(fixture('nbkr-weekly.xml'));
    expect(r.date).toBe('2024-02-10');
    expect(r.rates).toHaveLength(7);
    expect(r.rates.find((x) => x.code === 'JPY')).toEqual({ code: 'JPY', nominal: 10, value: 5.9978, validFor: 7 });
    expect(r.rates.find((x) => x.code === 'BYR')).toEqual({ code: 'BYR', nominal: 100, value: 0.312, validFor: 7 });
  });

  it('refuses a weekly file without ValidFor', () => {
    expect(reason(() => weekly.parse(fixture('nbkr-daily.xml')))).toMatch(/has no <ValidFor>/);
  });
});

describe('CBR daily', () => {
  it('decodes windows-1251 Cyrillic and reads roubles per Nominal units', () => {
    const raw = fixture('cbr-daily.xml');
    expect(raw.some((b) => b >= 0xc0)).toBe(true); // real windows-1251 bytes
    expect(decodeBody(raw)).toContain('Киргизских сомов');
    const r = cbr.parse(raw, 'application/xml; charset=windows-1251');
    expect(r.date).toBe('2024-02-14');
    expect(r.rates.find((x) => x.code === 'KGS')).toEqual({ code: 'KGS', nominal: 10, value: 10.2245 });
    expect(r.rates.find((x) => x.code === 'JPY')).toEqual({ code: 'JPY', nominal: 100, value: 61.0562 });
  });

  it('refuses UTF-8 bytes that declare windows-1251', () => {
    const utf8 = bytes(new TextDecoder('windows-1251').decode(fixture('cbr-daily.xml')));
    expect(reason(() => cbr.parse(utf8))).toMatch(/wrong encoding: the XML declares windows-1251 but the body is UTF-8/);
  });

  it('refuses windows-1251 bytes that declare UTF-8', () => {
    const text = new TextDecoder('windows-1251').decode(fixture('cbr-daily.xml')).replace('windows-1251', 'utf-8');
    expect(reason(() => cbr.parse(win1251(text)))).toMatch(/wrong encoding: the body is not valid UTF-8/);
  });

  it('refuses a Content-Type charset that contradicts the declaration', () => {
    expect(reason(() => cbr.parse(fixture('cbr-daily.xml'), 'text/xml; charset=utf-8'))).toMatch(/Content-Type says utf-8 but the XML declares windows-1251/);
  });

  it('refuses names that are not Russian text (mis-decoded)', () => {
    const text = new TextDecoder('windows-1251').decode(fixture('cbr-daily.xml')).replace(/<Name>[^<]*<\/Name>/g, '<Name>??????</Name>');
    expect(reason(() => cbr.parse(win1251(text)))).toMatch(/not Russian text/);
  });
});

describe('bad responses', () => {
  const cases: Array<[string, Uint8Array, RegExp, string?]> = [
    ['an empty body', bytes(''), /empty response body/],
    ['whitespace only', bytes('  \n'), /empty response body/],
    ['an HTML maintenance page', bytes('<!DOCTYPE html><html><head><title>Технические работы</title></head><body>Сайт на обслуживании</body></html>'), /HTML page instead of XML \("Технические работы"\)/],
    ['HTML by content type', bytes(nbkrXml(usd('89,43'))), /HTML page/, 'text/html; charset=utf-8'],
    ['an empty Value', bytes(nbkrXml(usd(''))), /USD Value is empty/],
    ['a missing Value', bytes(nbkrXml('<Currency ISOCode="USD"><Nominal>1</Nominal></Currency>\n')), /USD Value is missing/],
    ['a zero value', bytes(nbkrXml(usd('0,0000'))), /USD Value 0 is implausible/],
    ['a negative value', bytes(nbkrXml(usd('-1,5'))), /implausible/],
    ['a non-numeric value', bytes(nbkrXml(usd('n/a'))), /USD Value "n\/a" is not a number/],
    ['a zero nominal', bytes(nbkrXml(usd('1,0', '0'))), /Nominal 0 is not a positive whole number/],
    ['malformed XML', bytes(nbkrXml(usd('89,43')).replace('</Value>', '</Valu>')), /malformed XML: .*line 5/],
    ['truncated XML', bytes(nbkrXml(usd('89,43')).slice(0, 120)), /malformed XML/],
    ['no currencies', bytes(nbkrXml('')), /lists no currencies/],
    ['a currency twice', bytes(nbkrXml(usd('89,43') + usd('89,44'))), /lists USD twice/],
    ['a bad date', bytes(nbkrXml(usd('89,43'), '31.02.2024')), /"31.02.2024" is not a real date/],
    ['a missing date', bytes(nbkrXml(usd('89,43')).replace(' Date="15.02.2024"', '')), /missing or malformed Date/],
    ['another XML document', bytes('<?xml version="1.0"?><rss><channel/></rss>'), /no <CurrencyRates> element \(root is <rss>\)/],
    ['an unknown encoding', bytes(nbkrXml(usd('89,43')).replace('windows-1251', 'koi8-r')), /unsupported encoding "koi8-r"/],
  ];
  for (const [name, body, message, contentType] of cases) {
    it(`refuses ${name}`, () => {
      expect(reason(() => daily.parse(body, contentType))).toMatch(message);
    });
  }
});

describe('detecting the source of a saved file', () => {
  it('tells NBKR daily, weekly and CBR apart', () => {
    expect(detectSource(fixture('nbkr-daily.xml'))).toBe('nbkr');
    expect(detectSource(fixture('nbkr-weekly.xml'))).toBe('nbkr-weekly');
    expect(detectSource(fixture('cbr-daily.xml'))).toBe('cbr');
    expect(() => detectSource(bytes('<html></html>'))).toThrow(/not a rates file/);
  });
});
