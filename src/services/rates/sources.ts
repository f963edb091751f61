// Rate sources behind one interface. A source knows its id, the currency its values are quoted in,
// where to fetch it, and how to turn the bytes into rates (or a RatesParseError saying why not).
import type { Config } from '../../config.js';
import { checkedList, checkedRate, decodeBody, parseDmy, parseXml, RatesParseError, type ParsedRates } from './parse.js';

export interface RateSource {
  /** stored in currency_rates.source and rate_fetch_state.source */
  id: SourceId;
  /** the currency values are quoted in: KGS (som) or RUB */
  base: string;
  /** a human name for logs and the CLI */
  label: string;
  /** where to fetch it (one URL per source) */
  url: string;
  parse(bytes: Uint8Array, contentType?: string): ParsedRates;
}

export const SOURCE_IDS = ['nbkr', 'nbkr-weekly', 'cbr'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export function isSourceId(s: string): s is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(s);
}

/** NBKR `<CurrencyRates Date="DD.MM.YYYY"><Currency ISOCode="USD"><Nominal/><Value/></Currency>…` */
function parseNbkr(bytes: Uint8Array, contentType: string | undefined, weekly: boolean): ParsedRates {
  const what = weekly ? 'the NBKR weekly file' : 'the NBKR daily file';
  const doc = parseXml(decodeBody(bytes, contentType));
  const root = doc.CurrencyRates;
  if (!root || typeof root !== 'object') throw new RatesParseError(`${what}: no <CurrencyRates> element (root is <${rootName(doc)}>)`);
  const date = parseDmy(root['@Date']);
  const list: any[] = root.Currency ?? [];
  const rates = list.map((c) => {
    if (typeof c !== 'object' || c === null) throw new RatesParseError(`${what}: an empty <Currency> element`);
    if (weekly && c.ValidFor === undefined) throw new RatesParseError(`${what}: ${c['@ISOCode'] ?? 'a currency'} has no <ValidFor>`);
    return checkedRate(c['@ISOCode'], c.Nominal, c.Value, weekly ? c.ValidFor : undefined);
  });
  return { date, rates: checkedList(rates, what) };
}

/** CBR `<ValCurs Date="DD.MM.YYYY"><Valute><CharCode/><Nominal/><Name/><Value/>…` (roubles per Nominal units). */
function parseCbr(bytes: Uint8Array, contentType?: string): ParsedRates {
  const what = 'the CBR daily file';
  const doc = parseXml(decodeBody(bytes, contentType));
  const root = doc.ValCurs;
  if (!root || typeof root !== 'object') throw new RatesParseError(`${what}: no <ValCurs> element (root is <${rootName(doc)}>)`);
  const date = parseDmy(root['@Date']);
  const list: any[] = root.Valute ?? [];
  const rates = list.map((v) => {
    if (typeof v !== 'object' || v === null) throw new RatesParseError(`${what}: an empty <Valute> element`);
    // The names are Russian: a windows-1251 file decoded correctly has Cyrillic letters here.
    if (typeof v.Name === 'string' && v.Name && !/[А-Яа-яЁё]/.test(v.Name)) {
      throw new RatesParseError(`wrong encoding: the currency name "${v.Name.slice(0, 30)}" is not Russian text`);
    }
    return checkedRate(v.CharCode, v.Nominal, v.Value);
  });
  return { date, rates: checkedList(rates, what) };
}

function rootName(doc: Record<string, any>): string {
  return Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
}

export function nbkrDaily(url: string): RateSource {
  return { id: 'nbkr', base: 'KGS', label: 'NBKR daily', url, parse: (b, ct) => parseNbkr(b, ct, false) };
}

export function nbkrWeekly(url: string): RateSource {
  return { id: 'nbkr-weekly', base: 'KGS', label: 'NBKR weekly', url, parse: (b, ct) => parseNbkr(b, ct, true) };
}

export function cbrDaily(url: string): RateSource {
  return { id: 'cbr', base: 'RUB', label: 'CBR daily', url, parse: parseCbr };
}

/** Every source, with the configured URLs (a source whose URL is empty is left out when `enabledOnly`). */
export function configuredSources(config: Pick<Config, 'ratesNbkrDailyUrl' | 'ratesNbkrWeeklyUrl' | 'ratesCbrUrl'>, enabledOnly = true): RateSource[] {
  const all = [nbkrDaily(config.ratesNbkrDailyUrl), nbkrWeekly(config.ratesNbkrWeeklyUrl), cbrDaily(config.ratesCbrUrl)];
  return enabledOnly ? all.filter((s) => s.url !== '') : all;
}

export function sourceById(id: SourceId, url = ''): RateSource {
  return id === 'nbkr' ? nbkrDaily(url) : id === 'nbkr-weekly' ? nbkrWeekly(url) : cbrDaily(url);
}

/** Which source wrote a saved file, from its content (for `newsdesk rates import` without --source). */
export function detectSource(bytes: Uint8Array): SourceId {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4000));
  if (/<ValCurs[\s>]/.test(head)) return 'cbr';
  if (/<CurrencyRates[\s>]/.test(head)) return /<ValidFor>|Name="Weekly/i.test(head) ? 'nbkr-weekly' : 'nbkr';
  throw new RatesParseError('not a rates file this site knows (expected NBKR <CurrencyRates> or CBR <ValCurs>); pass --source to force one');
}
