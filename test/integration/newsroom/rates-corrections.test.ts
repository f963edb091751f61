// The editors' rates page: roles, CSRF, form validation (kept input, messages per field, the
// confirmation for an implausible jump), the correction path shared with the CLI, the audit entry,
// the history, and the public header, rates page and API showing the corrected value at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentChange } from '../../../src/newsroom/deps.js';
import { formatDecimal } from '../../../src/i18n/format.js';
import { RatesReader, RatesWriter } from '../../../src/store/rates.js';
import type { Role } from '../../../src/store/schema.js';
import { testApp, type TestApp } from '../../support/app.js';
import { TEST_NOW } from '../../support/constants.js';
import { section, stripTags } from '../../support/html.js';
import { createNewsroom, type TestStaff } from '../../support/newsroom.js';

const TODAY = '2024-02-14';
let t: TestApp;
let staff: Record<Role, TestStaff>;
const changes: ContentChange[] = [];

beforeAll(async () => {
  t = await testApp({ onChange: (c) => changes.push(c) });
  staff = await createNewsroom(t);
});
afterAll(() => t?.close());

async function post(user: TestStaff, data: Record<string, string>, opts: { csrf?: boolean } = {}) {
  const body = { ...data };
  if (opts.csrf !== false) body._csrf = user.csrf;
  return t.app.inject({ method: 'POST', url: '/newsroom/rates/', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: user.cookie }, payload: new URLSearchParams(body).toString() });
}

async function rateOn(code: string, date: string) {
  const day = await new RatesReader(t.store.db).day(date);
  return day?.date === date ? day.rates.find((r) => r.code === code) : undefined;
}

/** The cells of the corrections table, row by row, as text. */
async function historyRows(): Promise<string[][]> {
  const page = await t.app.inject({ url: '/newsroom/rates/', headers: { cookie: staff.editor.cookie } });
  const table = section(section(page.body, /<section class="rc-history"/)!, /<tbody>/)!;
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => stripTags(c[1])));
}

const corrections = () => t.store.db.selectFrom('currency_rate_corrections').selectAll().orderBy('id').execute();

describe('permissions and CSRF', () => {
  it('refuses authors and translators (403) on the page and the form', async () => {
    for (const role of ['author', 'translator'] as const) {
      expect((await t.app.inject({ url: '/newsroom/rates/', headers: { cookie: staff[role].cookie } })).statusCode).toBe(403);
      expect((await post(staff[role], { code: 'USD', date: TODAY, rate: '90', note: 'x' })).statusCode).toBe(403);
    }
    expect(await corrections()).toEqual([]);
    const anon = await t.app.inject('/newsroom/rates/');
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toMatch(/^\/newsroom\/login\//);
  });

  it('lets editors and administrators in, and the form carries the CSRF token', async () => {
    for (const role of ['editor', 'administrator'] as const) {
      const res = await t.app.inject({ url: '/newsroom/rates/', headers: { cookie: staff[role].cookie } });
      expect(res.statusCode).toBe(200);
      const form = section(res.body, /<form method="post" action="\/newsroom\/rates\/"/)!;
      expect(form).toContain(`name="_csrf" value="${staff[role].csrf}"`);
    }
  });

  it('refuses a correction without the CSRF token', async () => {
    const res = await post(staff.editor, { code: 'USD', date: TODAY, rate: '90', note: 'x' }, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(await corrections()).toEqual([]);
  });
});

describe('the page', () => {
  it('shows the latest rates with source, change and a correct link per currency', async () => {
    const res = await t.app.inject({ url: '/newsroom/rates/', headers: { cookie: staff.editor.cookie } });
    const text = stripTags(res.body);
    expect(text).toContain('Rates of 14 Feb 2024');
    const usd = (await rateOn('USD', TODAY))!;
    const row = section(res.body, /<tr[^>]*><th scope="row" class="rc-code"><abbr title="US dollar">USD<\/abbr>/)!;
    expect(stripTags(row)).toContain(usd.rate.toFixed(4));
    expect(stripTags(row)).toContain('demo data');
    expect(row).toContain('href="/newsroom/rates/?date=2024-02-14&amp;code=USD#correct"');
    expect(row).not.toContain('corrected');
  });

  it('shows another date from the date picker, and says when it falls back to an earlier one', async () => {
    const res = await t.app.inject({ url: '/newsroom/rates/?date=2024-02-01', headers: { cookie: staff.editor.cookie } });
    expect(stripTags(res.body)).toContain('Rates of 1 Feb 2024');
    const tomorrow = await t.app.inject({ url: '/newsroom/rates/?date=2024-02-15', headers: { cookie: staff.editor.cookie } });
    expect(stripTags(tomorrow.body)).toContain('Nothing is stored for 15 Feb 2024; these are the latest rates before it.');
    const bad = await t.app.inject({ url: '/newsroom/rates/?date=2024-02-31', headers: { cookie: staff.editor.cookie } });
    expect(bad.statusCode).toBe(200);
    expect(stripTags(bad.body)).toContain('“2024-02-31” is not a date');
  });

  it('fills the form from a "Correct" link', async () => {
    const res = await t.app.inject({ url: '/newsroom/rates/?date=2024-02-14&code=usd', headers: { cookie: staff.editor.cookie } });
    const usd = (await rateOn('USD', TODAY))!;
    expect(res.body).toContain('id="correct-code" name="code"');
    expect(res.body).toMatch(/id="correct-code"[^>]*value="USD"/);
    expect(res.body).toMatch(/id="correct-date"[^>]*value="2024-02-14"/);
    expect(res.body).toMatch(new RegExp(`id="correct-rate"[^>]*value="${String(Number(usd.rate.toFixed(4))).replace('.', '\\.')}"`));
  });
});

describe('validation', () => {
  it('explains every wrong field and keeps what was typed', async () => {
    const res = await post(staff.editor, { code: 'XYZ', date: '2024-02-30', rate: '89,4x', note: '<b>typo</b>' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="code-error"[^>]*>No rates are stored for “XYZ”/);
    expect(res.body).toMatch(/id="date-error"[^>]*>“2024-02-30” is not a date/);
    expect(res.body).toMatch(/id="rate-error"[^>]*>“89,4x” is not a number/);
    expect(res.body).toMatch(/id="correct-code"[^>]*aria-invalid="true"/);
    expect(res.body).toMatch(/id="correct-code"[^>]*value="XYZ"/);
    expect(res.body).toMatch(/id="correct-date"[^>]*value="2024-02-30"/);
    expect(res.body).toMatch(/id="correct-rate"[^>]*value="89,4x"/);
    expect(res.body).toContain('&lt;b&gt;typo&lt;/b&gt;</textarea>');
    expect(res.body).not.toContain('<b>typo</b>');
    expect(await corrections()).toEqual([]);
  });

  it('refuses a malformed code, a missing note, zero and negative rates, and dates after tomorrow', async () => {
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ code: 'US', date: TODAY, rate: '90', note: 'n' }, 'code', /is not a currency code/],
      [{ code: 'USD', date: TODAY, rate: '90', note: '  ' }, 'note', /Say why/],
      [{ code: 'USD', date: TODAY, rate: '0', note: 'n' }, 'rate', /above zero/],
      [{ code: 'USD', date: TODAY, rate: '-89.5', note: 'n' }, 'rate', /above zero/],
      [{ code: 'USD', date: TODAY, rate: '', note: 'n' }, 'rate', /Enter the correct rate/],
      [{ code: 'USD', date: TODAY, rate: '5000000', note: 'n' }, 'rate', /cannot be right/],
      [{ code: 'USD', date: '2024-02-16', rate: '90', note: 'n' }, 'date', /up to 2024-02-15/],
      [{ code: 'USD', date: '1999-01-01', rate: '90', note: 'n' }, 'date', /stored rates start on/],
    ];
    for (const [data, fieldName, message] of cases) {
      const res = await post(staff.editor, data);
      expect(res.statusCode, JSON.stringify(data)).toBe(400);
      const err = new RegExp(`id="${fieldName}-error"[^>]*>([^<]*)<`).exec(res.body);
      expect(err?.[1], JSON.stringify(data)).toMatch(message);
    }
    expect(await corrections()).toEqual([]);
  });

  it('refuses a value equal to the current one', async () => {
    const usd = (await rateOn('USD', TODAY))!;
    const res = await post(staff.editor, { code: 'USD', date: TODAY, rate: String(usd.rate), note: 'same' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="rate-error"[^>]*>[^<]*is already the rate of USD on 14 Feb 2024/);
  });

  it('asks for a confirmation when the value is more than 10 times (or under a tenth of) the previous day', async () => {
    const kzt = (await new RatesReader(t.store.db).latest(['KZT'], '2024-02-13'))!.rates[0];
    // KZT is published per 100 tenge: typing the published figure is the classic slip
    const typed = formatDecimal('ru', kzt.rate * 100, 2);
    const res = await post(staff.editor, { code: 'kzt', date: TODAY, rate: typed, note: 'NBKR figure' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('more than 10 times the rate of 13 Feb 2024');
    expect(res.body).toMatch(/<input type="checkbox" name="confirm" value="yes"/);
    expect(res.body).toMatch(new RegExp(`id="correct-rate"[^>]*value="${typed}"`));
    expect(await corrections()).toEqual([]);

    const usdBefore = (await new RatesReader(t.store.db).latest(['USD'], '2024-02-13'))!.rates[0];
    const small = await post(staff.editor, { code: 'USD', date: TODAY, rate: (usdBefore.rate / 10.5).toFixed(2), note: 'n' });
    expect(small.statusCode).toBe(400);
    expect(small.body).toContain('less than a tenth of the rate of 13 Feb 2024');

    const confirmed = await post(staff.editor, { code: 'KZT', date: TODAY, rate: typed, note: 'NBKR figure', confirm: 'yes' });
    expect(confirmed.statusCode).toBe(303);
    const rows = await corrections();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ code: 'KZT', date: TODAY, base: 'KGS' });
    expect(Number(rows[0].rate)).toBeCloseTo(kzt.rate * 100, 1);
    // put KZT back for the other tests (a newer correction wins)
    await new RatesWriter(t.store.db).correct('KGS', TODAY, 'KZT', kzt.rate, 'undo', 'test');
  });
});

describe('a correction', () => {
  it('is stored like the CLI does it, audited, announced, listed, and shown on the public site at once', async () => {
    const before = (await rateOn('USD', TODAY))!;
    const newRate = Number((before.rate + 0.57).toFixed(2));
    const typed = formatDecimal('ru', newRate, 2); // with a decimal comma
    changes.length = 0;
    const res = await post(staff.editor, { code: 'usd', date: TODAY, rate: typed, note: 'NBKR re-published the <rate>' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/newsroom/rates/?date=2024-02-14');
    expect(changes).toContainEqual({ kind: 'rates' });

    const row = (await t.store.db.selectFrom('currency_rate_corrections').where('code', '=', 'USD').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow())!;
    expect(row).toMatchObject({ base: 'KGS', date: TODAY, code: 'USD', note: 'NBKR re-published the <rate>', corrected_by: `${staff.editor.name} <${staff.editor.email}>`, corrected_at: TEST_NOW });
    expect(Number(row.rate)).toBe(newRate);
    const now = (await rateOn('USD', TODAY))!;
    expect(now.rate).toBe(newRate);
    expect(now.corrected).toBe(true);

    const entry = await t.store.db.selectFrom('audit_log').where('action', '=', 'rates.correct').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ user_id: staff.editor.id, user_name: staff.editor.name, target: 'USD 2024-02-14' });
    expect(JSON.parse(entry.details!)).toEqual({ from: before.rate, to: newRate, note: 'NBKR re-published the <rate>', base: 'KGS' });

    // the newsroom page: flash, the row marked, the history with old -> new, who and why (escaped)
    const flash = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('nd_flash='))!;
    const page = await t.app.inject({ url: res.headers.location as string, headers: { cookie: `${staff.editor.cookie}; ${flash}` } });
    expect(stripTags(page.body)).toContain(`USD on 14 Feb 2024 corrected: ${before.rate.toFixed(4)} → ${newRate.toFixed(4)} som.`);
    const usdRow = section(page.body, /<tr[^>]*><th scope="row" class="rc-code"><abbr title="US dollar">USD<\/abbr>/)!;
    expect(usdRow).toContain('corrected</span>');
    const [when, what, fromTo, why, by] = (await historyRows())[0];
    expect(when).toBe('14 Feb 2024, 14:50');
    expect(what).toBe('USD 14 Feb 2024');
    expect(fromTo).toBe(`${before.rate.toFixed(4)} → changed to ${newRate.toFixed(4)}was demo data`);
    expect(why).toBe('NBKR re-published the <rate>');
    expect(page.body).toContain('NBKR re-published the &lt;rate&gt;');
    expect(by).toBe(`${staff.editor.name} <${staff.editor.email}>`);

    // the public header and rates page, in every language
    for (const lang of ['ru', 'ky', 'en'] as const) {
      const home = await t.app.inject(`/${lang}/`);
      const widget = section(home.body, /<section class="rates"/)!;
      const li = section(widget, /<li class="rate rate-[a-z]+"><span class="rate-code">USD</)!;
      expect(li).toContain(`<span class="rate-value">${formatDecimal(lang, newRate, 2)}</span>`);
      expect(li).toContain('class="rate-corrected"');
      const ratesPage = await t.app.inject(`/${lang}/rates/`);
      const tr = section(ratesPage.body, /<tr[^>]*>\s*<th scope="row" class="rates-code"><a[^>]*>USD/)!;
      expect(tr).toContain(`<data value="${newRate}">`);
      expect(tr).toContain('class="rate-corrected"');
    }
    const api = (await t.app.inject('/api/v1/rates?date=2024-02-14')).json();
    expect(api.rates.find((r: { code: string }) => r.code === 'USD')).toMatchObject({ rate: newRate, corrected: true });
  });

  it('a second correction wins and the history shows the first as its old value', async () => {
    const before = (await rateOn('USD', TODAY))!;
    expect(before.corrected).toBe(true);
    const res = await post(staff.administrator, { code: 'USD', date: TODAY, rate: (before.rate + 0.01).toFixed(2), note: 'second look' });
    expect(res.statusCode).toBe(303);
    const [, what, fromTo, why, by] = (await historyRows())[0];
    expect(what).toBe('USD 14 Feb 2024');
    expect(fromTo).toBe(`${before.rate.toFixed(4)} → changed to ${(before.rate + 0.01).toFixed(4)}`);
    expect(why).toBe('second look');
    expect(by).toContain(staff.administrator.email);
    expect((await rateOn('USD', TODAY))!.rate).toBeCloseTo(before.rate + 0.01, 6);
    // corrections are only ever added
    expect((await corrections()).filter((c) => c.code === 'USD')).toHaveLength(2);
  });

  it('lists corrections made from the CLI too', async () => {
    await new RatesWriter(t.store.db).correct('KGS', '2024-02-10', 'EUR', 95.5, 'from the command line', 'cli', TEST_NOW);
    const [, what, fromTo, why, by] = (await historyRows())[0];
    expect(what).toBe('EUR 10 Feb 2024');
    const eur = (await new RatesReader(t.store.db).history('EUR', '2024-02-10', '2024-02-10'))[0];
    expect(eur).toMatchObject({ rate: 95.5, corrected: true });
    expect(fromTo).toMatch(/^\d+\.\d{4} → changed to 95\.5000was demo data$/);
    expect(why).toBe('from the command line');
    expect(by).toBe('cli');
  });
});
