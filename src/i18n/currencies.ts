// Currency names per language (the ones the National Bank of the Kyrgyz Republic publishes, and a few
// more the Central Bank of Russia does), and money amounts written the way each language writes them.
import type { Lang } from '../domain/lang.js';

type Names = Record<Lang, string>;

/** Display forms, capitalised as in a table cell or a menu. */
const NAMES: Record<string, Names> = {
  KGS: { ru: 'Кыргызский сом', ky: 'Кыргыз сому', en: 'Kyrgyz som' },
  USD: { ru: 'Доллар США', ky: 'АКШ доллары', en: 'US dollar' },
  EUR: { ru: 'Евро', ky: 'Евро', en: 'Euro' },
  RUB: { ru: 'Российский рубль', ky: 'Орус рублу', en: 'Russian rouble' },
  KZT: { ru: 'Казахстанский тенге', ky: 'Казак теңгеси', en: 'Kazakhstani tenge' },
  CNY: { ru: 'Китайский юань', ky: 'Кытай юаны', en: 'Chinese yuan' },
  GBP: { ru: 'Фунт стерлингов', ky: 'Англис фунт стерлинги', en: 'Pound sterling' },
  JPY: { ru: 'Японская иена', ky: 'Япон иенасы', en: 'Japanese yen' },
  CHF: { ru: 'Швейцарский франк', ky: 'Швейцар франкы', en: 'Swiss franc' },
  TRY: { ru: 'Турецкая лира', ky: 'Түрк лирасы', en: 'Turkish lira' },
  UZS: { ru: 'Узбекский сум', ky: 'Өзбек суму', en: 'Uzbek sum' },
  TJS: { ru: 'Таджикский сомони', ky: 'Тажик сомониси', en: 'Tajik somoni' },
  AZN: { ru: 'Азербайджанский манат', ky: 'Азербайжан манаты', en: 'Azerbaijani manat' },
  AMD: { ru: 'Армянский драм', ky: 'Армян драмы', en: 'Armenian dram' },
  GEL: { ru: 'Грузинский лари', ky: 'Грузин лариси', en: 'Georgian lari' },
  BYN: { ru: 'Белорусский рубль', ky: 'Беларусь рублу', en: 'Belarusian rouble' },
  UAH: { ru: 'Украинская гривна', ky: 'Украина гривнасы', en: 'Ukrainian hryvnia' },
  MDL: { ru: 'Молдавский лей', ky: 'Молдова лейи', en: 'Moldovan leu' },
  TMT: { ru: 'Туркменский манат', ky: 'Түркмөн манаты', en: 'Turkmen manat' },
  KRW: { ru: 'Южнокорейская вона', ky: 'Түштүк Корея вону', en: 'South Korean won' },
  INR: { ru: 'Индийская рупия', ky: 'Индия рупиясы', en: 'Indian rupee' },
  AED: { ru: 'Дирхам ОАЭ', ky: 'БАЭ дирхамы', en: 'UAE dirham' },
  SAR: { ru: 'Саудовский риял', ky: 'Сауд Арабиясынын риялы', en: 'Saudi riyal' },
  CAD: { ru: 'Канадский доллар', ky: 'Канада доллары', en: 'Canadian dollar' },
  AUD: { ru: 'Австралийский доллар', ky: 'Австралия доллары', en: 'Australian dollar' },
  NZD: { ru: 'Новозеландский доллар', ky: 'Жаңы Зеландия доллары', en: 'New Zealand dollar' },
  SEK: { ru: 'Шведская крона', ky: 'Швед кронасы', en: 'Swedish krona' },
  NOK: { ru: 'Норвежская крона', ky: 'Норвегия кронасы', en: 'Norwegian krone' },
  DKK: { ru: 'Датская крона', ky: 'Дания кронасы', en: 'Danish krone' },
  PLN: { ru: 'Польский злотый', ky: 'Польша злотыйы', en: 'Polish zloty' },
  CZK: { ru: 'Чешская крона', ky: 'Чехия кронасы', en: 'Czech koruna' },
  HUF: { ru: 'Венгерский форинт', ky: 'Венгрия форинти', en: 'Hungarian forint' },
  ILS: { ru: 'Израильский шекель', ky: 'Израиль шекели', en: 'Israeli new shekel' },
  IRR: { ru: 'Иранский риал', ky: 'Иран риалы', en: 'Iranian rial' },
  PKR: { ru: 'Пакистанская рупия', ky: 'Пакистан рупиясы', en: 'Pakistani rupee' },
  AFN: { ru: 'Афганский афгани', ky: 'Афганистан афганиси', en: 'Afghan afghani' },
  MNT: { ru: 'Монгольский тугрик', ky: 'Монгол төгрөгү', en: 'Mongolian tugrik' },
  MYR: { ru: 'Малайзийский ринггит', ky: 'Малайзия ринггити', en: 'Malaysian ringgit' },
  SGD: { ru: 'Сингапурский доллар', ky: 'Сингапур доллары', en: 'Singapore dollar' },
  HKD: { ru: 'Гонконгский доллар', ky: 'Гонконг доллары', en: 'Hong Kong dollar' },
  THB: { ru: 'Тайский бат', ky: 'Таиланд баты', en: 'Thai baht' },
  VND: { ru: 'Вьетнамский донг', ky: 'Вьетнам донгу', en: 'Vietnamese dong' },
  IDR: { ru: 'Индонезийская рупия', ky: 'Индонезия рупиясы', en: 'Indonesian rupiah' },
  BRL: { ru: 'Бразильский реал', ky: 'Бразилия реалы', en: 'Brazilian real' },
  ZAR: { ru: 'Южноафриканский рэнд', ky: 'Түштүк Африка рэнди', en: 'South African rand' },
  EGP: { ru: 'Египетский фунт', ky: 'Египет фунту', en: 'Egyptian pound' },
  KWD: { ru: 'Кувейтский динар', ky: 'Кувейт динары', en: 'Kuwaiti dinar' },
  OMR: { ru: 'Оманский риал', ky: 'Оман риалы', en: 'Omani rial' },
  TWD: { ru: 'Новый тайваньский доллар', ky: 'Жаңы Тайвань доллары', en: 'New Taiwan dollar' },
  XDR: { ru: 'СДР (специальные права заимствования)', ky: 'СДР (атайын карыз алуу укуктары)', en: 'SDR (special drawing rights)' },
};

/** The currency's name in the language; the ISO code itself for a currency without a written name. */
export function currencyName(lang: Lang, code: string): string {
  return NAMES[code]?.[lang] ?? code;
}

export function hasCurrencyName(code: string): boolean {
  return code in NAMES;
}

/** Codes with names (tests check that every language has them all). */
export const NAMED_CURRENCIES = Object.keys(NAMES);

const LOCALE: Record<Lang, string> = { ru: 'ru-RU', ky: 'ky-KG', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

/** An amount with grouping and a fixed count of decimals: "1,234.50" / "1 234,50". */
export function formatAmount(lang: Lang, value: number, decimals = 2): string {
  const key = `${lang}|${decimals}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    formats.set(key, f);
  }
  // A minus sign instead of a hyphen, and no "-0,00".
  const out = f.format(Object.is(value, -0) ? 0 : value);
  return out.replace(/^-/, '−');
}

/** A change with its sign: "+0.1234", "−0.0500", "0.0000". */
export function formatSigned(lang: Lang, value: number, decimals = 4): string {
  const rounded = Number(value.toFixed(decimals));
  const body = formatAmount(lang, Math.abs(rounded), decimals);
  return rounded > 0 ? `+${body}` : rounded < 0 ? `−${body}` : body;
}

/**
 * Reads an amount as people type it: "1000", "1 000,50", "1,000.50", "1000.5". Returns null for
 * anything else (letters, two decimal marks, an empty string).
 */
export function parseAmount(input: string): number | null {
  let s = input.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!s || s.length > 40) return null;
  if (!/^[0-9.,]+$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots && commas) {
    // The last mark is the decimal one; the other groups thousands.
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) > 1) return null;
    s = s.split(group).join('').replace(decimal, '.');
  } else if (commas > 1 || dots > 1) {
    // "1,000,000" or "1.000.000": grouping only.
    const mark = commas > 1 ? ',' : '.';
    if (!new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(s)) return null;
    s = s.split(mark).join('');
  } else {
    s = s.replace(',', '.');
  }
  if (!/^\d*\.?\d*$/.test(s) || s === '.') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
