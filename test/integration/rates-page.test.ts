// The reader side of exchange rates: the header widget, the rates page (table, date picker, chart,
// converter) and the JSON API, on the demo history (USD EUR RUB KZT CNY, 91 days up to 2024-02-14).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currencyName, formatAmount } from '../../src/i18n/currencies.js';
import { formatDecimal } from '../../src/i18n/format.js';
import { RatesReader, type RatesDay } from '../../src/store/rates.js';
import { section, stripTags } from '../support/html.js';
import { testApp, type TestApp } from '../support/app.js';

const LANGS = ['ru', 'ky', 'en'] as const;
const TODAY = '2024-02-14';
const DATE_TEXT = { ru: '14 февраля 2024', ky: '14-февраль, 2024', en: '14 February 2024' };
const USD_NAME = { ru: 'Доллар США', ky: 'АКШ доллары', en: 'US dollar' };

let t: TestApp;
let today: RatesDay;
beforeAll(async () => {
  t = await testApp();
  today = (await new RatesReader(t.store.db).day(TODAY))!;
});
afterAll(() => t.close());

/** Runs `fn` with one day's stored rates removed, then puts them back (the tests share a database). */
async function withoutDay(date: string, fn: () => Promise<void>): Promise<void> {
  const rows = await t.store.db.selectFrom('currency_rates').where('date', '=', date).selectAll().execute();
  await t.store.db.deleteFrom('currency_rates').where('date', '=', date).execute();
  try {
    await fn();
  } finally {
    if (rows.length) await t.store.db.insertInto('currency_rates').values(rows as never).execute();
  }
}

const rateOf = (code: string) => today.rates.find((r) => r.code === code)!;
const dirOf = (code: string) => {
  const r = rateOf(code);
  return r.previous == null || Math.abs(r.rate - r.previous) < 0.00005 ? 'same' : r.rate > r.previous ? 'up' : 'down';
};

describe.each(LANGS)('header rates widget in %s', (lang) => {
  it('shows the configured currencies with two decimals, the direction, the date and links to the rates page', async () => {
    const res = await t.app.inject(`/${lang}/`);
    const widget = section(res.body, /<section class="rates"/)!;
    expect(widget).toContain(`<a class="rates-link" href="/${lang}/rates/"`);
    const codes = t.config.rateCurrencies ?? ['USD', 'EUR', 'RUB'];
    const text = stripTags(widget);
    for (const code of codes) {
      const r = rateOf(code);
      // ru and ky write a decimal comma.
      expect(formatDecimal(lang, r.rate, 2)).toMatch(lang === 'en' ? /^\d+\.\d\d$/ : /^\d+,\d\d$/);
      expect(text).toContain(`${code} ${formatDecimal(lang, r.rate, 2)}`);
      const li = section(widget, new RegExp(`<li class="rate rate-[a-z]+"><span class="rate-code">${code}<`))!;
      const dir = dirOf(code);
      expect(li).toContain(`rate-${dir}`);
      if (dir !== 'same') expect(li).toContain(`<span class="rate-dir" aria-hidden="true">${dir === 'up' ? '▲' : '▼'}</span>`);
      const label = { up: { ru: 'вырос', ky: 'өстү', en: 'up' }, down: { ru: 'снизился', ky: 'төмөндөдү', en: 'down' }, same: { ru: 'без изменений', ky: 'өзгөргөн жок', en: 'unchanged' } }[dir][lang];
      expect(li).toContain(`<span class="visually-hidden"> (${label})</span>`);
    }
    expect(widget).toContain(`<time datetime="${TODAY}">${DATE_TEXT[lang]}</time>`);
  });
});

describe.each(LANGS)('rates page in %s', (lang) => {
  it('lists every currency of the day with its name, rate and change, and links to the other languages', async () => {
    const res = await t.app.inject(`/${lang}/rates/`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(stripTags(section(html, /<h1 class="page-title">/)!)).toContain(DATE_TEXT[lang]);
    const table = section(html, /<table class="rates-table">/)!;
    expect(table).toBeTruthy();
    expect((table.match(/<tr/g) ?? []).length).toBe(today.rates.length + 1);
    expect(table).toContain(USD_NAME[lang]);
    for (const r of today.rates) expect(table).toContain(`<td class="rates-name">${currencyName(lang, r.code)}</td>`);
    expect(currencyName(lang, 'KZT')).not.toBe('KZT');
    // The header's currencies come first.
    const order = [...table.matchAll(/class="rates-code"><a [^>]*>([A-Z]{3})</g)].map((m) => m[1]);
    expect(order.slice(0, 3)).toEqual(['USD', 'EUR', 'RUB']);
    // The change against the previous date: signed value, arrow hidden from screen readers, words for them.
    const usd = section(table, /<tr[^>]*><th scope="row" class="rates-code"><a href="[^"]*code=USD/)!;
    const r = rateOf('USD');
    const dir = dirOf('USD');
    const change = r.rate - r.previous!;
    expect(usd).toContain(`change-${dir}`);
    expect(stripTags(usd)).toContain(`${change > 0 ? '+' : '−'}${formatAmount(lang, Math.abs(change), 4)}`);
    expect(usd).toMatch(/<span class="rate-dir" aria-hidden="true"> [▲▼]<\/span><span class="visually-hidden"> \([^)]+\)<\/span>/);
    // Demo data says so.
    expect(html).toContain({ ru: 'Демонстрационные данные', ky: 'Демонстрациялык маалыматтар', en: 'Demonstration data' }[lang]);
    // Metadata and the language switch.
    expect(html).toContain(`<link rel="canonical" href="http://news.test/${lang}/rates/">`);
    for (const other of LANGS) expect(html).toContain(`<link rel="alternate" hreflang="${other}" href="http://news.test/${other}/rates/">`);
    const sw = section(html, /<nav class="lang-switch"/)!;
    for (const other of LANGS) expect(sw).toContain(`href="/${other}/rates/"`);
    expect(html).toMatch(new RegExp(`<title>${{ ru: 'Курсы валют на', ky: '14-февраль, 2024 карата валюта курстары', en: 'Exchange rates for' }[lang]}`));
  });

  it('has a date picker that works without JavaScript, bounded by the stored range', async () => {
    const res = await t.app.inject(`/${lang}/rates/`);
    const form = section(res.body, /<form class="rates-date-form"/)!;
    expect(form).toContain(`action="/${lang}/rates/" method="get"`);
    expect(form).toMatch(new RegExp(`<input type="date" id="rates-date" name="date" value="${TODAY}" min="2023-11-16" max="${TODAY}"`));
    expect(form).toContain('<label for="rates-date">');
  });

  it('draws the history as an accessible SVG with a table of the same data', async () => {
    const res = await t.app.inject(`/${lang}/rates/`);
    const chart = section(res.body, /<section class="rates-history"/)!;
    const svg = section(chart, /<svg [^>]*rate-chart-wide/)!;
    expect(svg).toMatch(/role="img" aria-labelledby="rates-chart-wide-title" aria-describedby="rates-chart-wide-desc"/);
    const title = /<title id="rates-chart-wide-title">([^<]+)<\/title>/.exec(svg)![1];
    expect(title).toContain(USD_NAME[lang]);
    expect(title).toContain('30');
    const desc = /<desc id="rates-chart-wide-desc">([^<]+)<\/desc>/.exec(svg)![1];
    expect(desc).toContain(DATE_TEXT[lang]);
    expect((svg.match(/class="chart-label chart-x"/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect((svg.match(/class="chart-label chart-y"/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(svg).toContain('class="chart-line"');
    expect(svg).toContain('class="chart-area"');
    expect(svg).toContain('chart-mark chart-min');
    expect(svg).toContain('chart-mark chart-max');
    // The axis labels are in the page's language: values with the language's decimal mark.
    const yLabel = /class="chart-label chart-y"[^>]*>([^<]+)</.exec(svg)![1];
    expect(yLabel).toMatch(lang === 'en' ? /^\d+(\.\d+)?$/ : /^\d+(,\d+)?$/);
    // The narrow drawing for phones, with its own ids.
    expect(chart).toContain('id="rates-chart-narrow-title"');
    // The table fallback: 30 days, newest first.
    const details = section(chart, /<details class="rates-data">/)!;
    expect(details).toContain('<summary>');
    const rows = details.match(/<th scope="row">/g) ?? [];
    expect(rows.length).toBe(30);
    expect(details).toContain(`<time datetime="${TODAY}">${DATE_TEXT[lang]}</time>`);
  });
});

describe('rates page: dates', () => {
  it('shows the nearest earlier date, and says so, when the chosen date has no rates', async () => {
    await withoutDay('2024-02-10', async () => {
      for (const [lang, text] of [
        ['en', 'There are no rates for 10 February 2024; showing the nearest earlier date, 9 February 2024.'],
        ['ru', 'На 10 февраля 2024 курсов нет; показаны курсы на ближайшую более раннюю дату — 9 февраля 2024.'],
        ['ky', 'эң жакын мурунку күндүн курстары көрсөтүлдү: 9-февраль, 2024.'],
      ] as const) {
        const res = await t.app.inject(`/${lang}/rates/?date=2024-02-10`);
        expect(res.statusCode).toBe(200);
        expect(section(res.body, /<div class="rates-notes" role="status">/)).toContain(text);
        expect(res.body).toContain('value="2024-02-09"');
        expect(res.body).toContain(`<link rel="canonical" href="http://news.test/${lang}/rates/?date=2024-02-10">`);
      }
    });
    const ok = await t.app.inject('/en/rates/?date=2024-02-12');
    expect(ok.statusCode).toBe(200);
    expect(ok.body).not.toContain('rates-notes');
    expect(stripTags(section(ok.body, /<h1 class="page-title">/)!)).toBe('Exchange rates for 12 February 2024');
    // The chart ends on the chosen date.
    expect(section(ok.body, /<details class="rates-data">/)).toContain('<time datetime="2024-02-12">');
    expect(section(ok.body, /<details class="rates-data">/)).not.toContain('<time datetime="2024-02-13">');
  });

  it('answers 404 with a clear message for dates that are not dates, in the future or before the history', async () => {
    const cases: Array<[string, string]> = [
      ['/en/rates/?date=2024-02-30', '“2024-02-30” is not a date.'],
      ['/en/rates/?date=yesterday', '“yesterday” is not a date.'],
      ['/ru/rates/?date=14.02.2024', '«14.02.2024» — не дата.'],
      ['/en/rates/?date=2030-01-01', 'Rates for 1 January 2030 have not been published yet. The latest rates are for 14 February 2024.'],
      ['/ky/rates/?date=2030-01-01', 'курстар азырынча жарыяланган жок'],
      ['/en/rates/?date=2001-05-01', 'There are no rates for 1 May 2001 or earlier: the history starts on 16 November 2023.'],
    ];
    for (const [url, text] of cases) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
      expect(section(res.body, /<div class="rates-problem" role="alert">/), url).toContain(text.replace(/"/g, '&quot;'));
      expect(res.body).toContain('<meta name="robots" content="noindex">');
      expect(res.body).toContain('<form class="rates-date-form"');
    }
    const html = (await t.app.inject('/en/rates/?date=%3Cscript%3E')).body;
    expect(html).not.toContain('<script>');
    expect(html).toContain('“&lt;script&gt;” is not a date.');
    expect((await t.app.inject('/xx/rates/')).statusCode).toBe(404);
    expect((await t.app.inject('/en/rates')).statusCode).toBe(301);
  });
});

describe('rates page: chart choices', () => {
  it('charts the chosen currency over 90 and 365 days, and falls back with a message for an unknown one', async () => {
    const eur = await t.app.inject('/en/rates/?code=EUR&days=90');
    const chart = section(eur.body, /<section class="rates-history"/)!;
    expect(chart).toContain('Euro (EUR): the rate over 90 days');
    expect(chart).toContain('<option value="90" selected>');
    expect(chart).toContain('<option value="EUR" selected>');
    expect((section(chart, /<details class="rates-data">/)!.match(/<th scope="row">/g) ?? []).length).toBe(90);
    // The demo history has 91 days: a year's chart shows them all.
    const year = await t.app.inject('/ru/rates/?code=kzt&days=365');
    const yearChart = section(year.body, /<section class="rates-history"/)!;
    expect(yearChart).toContain('Казахстанский тенге (KZT): курс за 365 дней');
    expect((section(yearChart, /<details class="rates-data">/)!.match(/<th scope="row">/g) ?? []).length).toBe(91);
    // The language switch keeps the choice.
    expect(section(year.body, /<nav class="lang-switch"/)).toContain('href="/en/rates/?code=KZT&amp;days=365"');
    const unknown = await t.app.inject('/en/rates/?code=XYZ&days=7');
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('There are no rates for “XYZ”; showing the USD chart.');
    expect(section(unknown.body, /<section class="rates-history"/)).toContain('US dollar (USD): the rate over 30 days');
  });
});

describe('rates page: converter', () => {
  const usd = () => rateOf('USD').rate;
  // Amounts and units are joined by no-break spaces; compare them as plain spaces.
  const norm = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  const resultOf = (html: string) => norm(stripTags(section(html, /<div class="converter-result" role="status">/)!));

  it('converts a currency to som and som to a currency, with localized numbers', async () => {
    const en = await t.app.inject('/en/rates/?amount=1000&currency=USD&direction=to-som');
    const result = resultOf(en.body);
    expect(result).toContain(`1,000.00 USD = ${formatAmount('en', 1000 * usd(), 2)} som`);
    expect(result).toContain('At the NBKR rate for 14 February 2024.');
    const ru = await t.app.inject(`/ru/rates/?amount=${encodeURIComponent('10 000,50')}&currency=USD&direction=from-som`);
    const ruResult = resultOf(ru.body);
    expect(ruResult).toContain(norm(`${formatAmount('ru', 10000.5, 2)} сом = ${formatAmount('ru', 10000.5 / usd(), 2)} USD`));
    expect(formatAmount('ru', 10000.5, 2)).toMatch(/^10\s000,50$/);
    // The form keeps what was typed.
    expect(ru.body).toContain('value="10 000,50"');
    expect(ru.body).toContain('<input type="radio" name="direction" value="from-som" checked>');
    const ky = await t.app.inject('/ky/rates/?amount=100&currency=EUR');
    expect(resultOf(ky.body)).toContain(norm(`100,00 EUR = ${formatAmount('ky', 100 * rateOf('EUR').rate, 2)} сом`));
  });

  it('explains bad input instead of converting', async () => {
    for (const [url, text] of [
      ['/en/rates/?amount=abc&currency=USD', 'Enter the amount as a number above zero'],
      ['/en/rates/?amount=-5&currency=USD', 'Enter the amount as a number above zero'],
      ['/en/rates/?amount=0&currency=USD', 'Enter the amount as a number above zero'],
      ['/ru/rates/?amount=1,2,3&currency=USD', 'Введите сумму числом больше нуля'],
      ['/en/rates/?amount=99999999999&currency=USD', 'The amount is too large'],
      ['/en/rates/?amount=10&currency=XXX', 'There is no rate for that currency'],
    ]) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(200);
      const box = section(res.body, /<div class="converter-result" role="status">/)!;
      expect(box, url).toContain(text);
      expect(box).not.toContain('converter-answer');
    }
    const bad = await t.app.inject('/en/rates/?amount=abc&currency=USD');
    expect(bad.body).toContain('aria-invalid="true" aria-describedby="conv-error"');
  });
});

describe('rates API', () => {
  it('returns the day with the previous date, base and every currency', async () => {
    const res = await t.app.inject('/api/v1/rates?date=2024-02-14');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['content-type']).toContain('application/json');
    const body = res.json();
    expect(body).toMatchObject({ date: '2024-02-14', previousDate: '2024-02-13', base: 'KGS' });
    expect(body.rates.map((r: { code: string }) => r.code).sort()).toEqual(today.rates.map((r) => r.code).sort());
    const usd = body.rates.find((r: { code: string }) => r.code === 'USD');
    expect(usd).toEqual({ code: 'USD', rate: rateOf('USD').rate, nominal: 1, previous: rateOf('USD').previous, change: Number((rateOf('USD').rate - rateOf('USD').previous!).toFixed(6)), corrected: false, source: expect.any(String) });
    // Without a date: today's rates; no redirect to a trailing slash.
    const plain = await t.app.inject('/api/v1/rates');
    expect(plain.statusCode).toBe(200);
    expect(plain.json().date).toBe(TODAY);
    // A day without rates gives the nearest earlier one.
    await withoutDay('2024-02-11', async () => {
      const gap = (await t.app.inject('/api/v1/rates?date=2024-02-11')).json();
      expect(gap.date).toBe('2024-02-10');
      expect(gap.requestedDate).toBe('2024-02-11');
    });
  });

  it('rejects bad input with 400 and a clear message, and unknown dates with 404', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['/api/v1/rates?date=2024-2-1', 400, /date must be a date written as YYYY-MM-DD/],
      ['/api/v1/rates?date=2024-02-30', 400, /date is not a real calendar date/],
      ['/api/v1/rates?date=a&date=b', 400, /date must be given once/],
      ['/api/v1/rates?date=2030-01-01', 404, /no rates are published for 2030-01-01 yet/],
      ['/api/v1/rates?date=1999-01-01', 404, /no rates are stored for 1999-01-01 or earlier; the history starts on 2023-11-16/],
      ['/api/v1/rates/history', 400, /code is required/],
      ['/api/v1/rates/history?code=US', 400, /code must be a three-letter ISO 4217 currency code/],
      ['/api/v1/rates/history?code=USD&from=2024-13-01', 400, /from must be a date|from is not a real calendar date/],
      ['/api/v1/rates/history?code=USD&from=2024-02-10&to=2024-02-01', 400, /from \(2024-02-10\) must not be after to \(2024-02-01\)/],
      ['/api/v1/rates/history?code=USD&from=2020-01-01&to=2024-02-14', 400, /longer than 3 years/],
      ['/api/v1/rates/history?code=XYZ', 404, /no rates are stored for XYZ/],
      ['/api/v1/nothing-here', 404, /no such API address/],
    ];
    for (const [url, status, error] of cases) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(status);
      expect(res.headers['content-type'], url).toContain('application/json');
      expect(res.json().error, url).toMatch(error);
    }
  });

  it('returns a history oldest first: 30 days by default, a chosen range, up to three years', async () => {
    const def = await t.app.inject('/api/v1/rates/history?code=usd');
    expect(def.statusCode).toBe(200);
    expect(def.headers['cache-control']).toBe('public, max-age=300');
    const body = def.json();
    expect(body).toMatchObject({ code: 'USD', base: 'KGS', from: '2024-01-16', to: TODAY });
    expect(body.points).toHaveLength(30);
    expect(body.points[0].date).toBe('2024-01-16');
    expect(body.points[29]).toEqual({ date: TODAY, rate: rateOf('USD').rate, corrected: false });
    const dates = body.points.map((p: { date: string }) => p.date);
    expect([...dates].sort()).toEqual(dates);

    const range = (await t.app.inject('/api/v1/rates/history?code=EUR&from=2024-02-01&to=2024-02-07')).json();
    expect(range.points.map((p: { date: string }) => p.date)).toEqual(['2024-02-01', '2024-02-02', '2024-02-03', '2024-02-04', '2024-02-05', '2024-02-06', '2024-02-07']);
    // Exactly three years is allowed; the demo history covers only its 91 days of it.
    const long = await t.app.inject('/api/v1/rates/history?code=EUR&from=2021-02-15&to=2024-02-14');
    expect(long.statusCode).toBe(200);
    expect(long.json().points).toHaveLength(91);
    // A valid range before the history: 200 with no points.
    const empty = await t.app.inject('/api/v1/rates/history?code=USD&from=2010-01-01&to=2010-12-31');
    expect(empty.statusCode).toBe(200);
    expect(empty.json().points).toEqual([]);
  });
});
