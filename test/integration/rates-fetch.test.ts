// Fetching rates from a local server standing in for NBKR and CBR: storing, refusing bad responses
// (the previous rates stay), conditional requests, retries, idempotency, corrections, the job.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { fetchSource, type RatesLog } from '../../src/services/rates/fetcher.js';
import { nbkrIsStale, startRatesJob } from '../../src/services/rates/job.js';
import { cbrDaily, nbkrDaily, nbkrWeekly } from '../../src/services/rates/sources.js';
import type { Store } from '../../src/store/db.js';
import { RatesReader, RatesWriter } from '../../src/store/rates.js';
import { testApp, testDatabase } from '../support/app.js';
import { TEST_NOW } from '../support/constants.js';
import { fixture, startRatesServer, xmlFile, type RatesServer } from '../support/rates-server.js';

let server: RatesServer;
let store: Store;
let config: Config;
let reader: RatesReader;
const fast = { retries: 2, backoffMs: 10, timeoutMs: 2000, now: () => TEST_NOW };
const HEADER = ['USD', 'EUR', 'RUB'];

function recordingLog() {
  const lines: Array<[string, string]> = [];
  const log: RatesLog = { info: (m) => lines.push(['info', m]), warn: (m) => lines.push(['warn', m]), debug: (m) => lines.push(['debug', m]) };
  return { log, lines, warnings: () => lines.filter(([l]) => l === 'warn').map(([, m]) => m) };
}

beforeAll(async () => {
  server = await startRatesServer();
  ({ store, config } = await testDatabase());
  reader = new RatesReader(store.db);
});

afterAll(async () => {
  await store.close();
  await server.close();
});

beforeEach(async () => {
  server.reset();
  await store.db.deleteFrom('currency_rates').where('source', '!=', 'demo').execute();
  await store.db.deleteFrom('currency_rate_corrections').execute();
  await store.db.deleteFrom('rate_fetch_state').execute();
});

const daily = (p = '/daily.xml') => nbkrDaily(server.url(p));

describe('storing fetched rates', () => {
  it('stores the NBKR daily file for the date it applies to, som per unit', async () => {
    server.on('/daily.xml', xmlFile('nbkr-daily.xml'));
    const out = await fetchSource(store, daily(), fast);
    expect(out).toMatchObject({ status: 'stored', date: '2024-02-15', result: { rows: 5, changed: 5 } });
    const row = await store.db.selectFrom('currency_rates').selectAll().where('source', '=', 'nbkr').where('code', '=', 'USD').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ base: 'KGS', date: '2024-02-15', nominal: 1, value: 89.43, rate: 89.43, fetched_at: TEST_NOW });
    const latest = await reader.latest(HEADER, '2024-02-15');
    expect(latest?.date).toBe('2024-02-15');
    expect(latest?.rates.map((r) => [r.code, r.rate])).toEqual([['USD', 89.43], ['EUR', 96.3125], ['RUB', 0.98]]);
    // Before the first real date the demo history still shows; from it on only real rates.
    expect((await reader.latest(HEADER, '2024-02-14'))?.rates[0]).toMatchObject({ code: 'USD' });
    expect((await reader.day('2024-02-15'))?.rates.every((r) => r.source === 'nbkr')).toBe(true);
    expect((await reader.day('2024-02-14'))?.rates.every((r) => r.source === 'demo')).toBe(true);
  });

  it('expands a weekly file over its ValidFor days, with rate = value / nominal', async () => {
    server.on('/weekly.xml', xmlFile('nbkr-weekly.xml'));
    const out = await fetchSource(store, nbkrWeekly(server.url('/weekly.xml')), fast);
    expect(out).toMatchObject({ status: 'stored', date: '2024-02-10', result: { rows: 49, from: '2024-02-10', to: '2024-02-16' } });
    const day = await reader.day('2024-02-16');
    const jpy = day!.rates.find((r) => r.code === 'JPY')!;
    expect(jpy).toMatchObject({ nominal: 10, source: 'nbkr-weekly', corrected: false });
    expect(jpy.rate).toBeCloseTo(0.59978, 8);
    expect(day!.rates.find((r) => r.code === 'BYR')!.rate).toBeCloseTo(0.00312, 8);
    expect((await reader.history('GBP', '2024-02-01', '2024-02-28')).map((p) => p.date)).toEqual([
      '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16',
    ]);
  });

  it('stores CBR rates as roubles per unit, apart from the som rates', async () => {
    server.on('/cbr.asp', { status: 200, headers: { 'content-type': 'application/xml; charset=windows-1251' }, body: fixture('cbr-daily.xml') });
    const out = await fetchSource(store, cbrDaily(server.url('/cbr.asp')), fast);
    expect(out).toMatchObject({ status: 'stored', date: '2024-02-14' });
    const rub = await reader.day('2024-02-14', 'RUB');
    expect(rub!.rates.find((r) => r.code === 'KGS')!.rate).toBeCloseTo(1.02245, 8);
    // The som rates (header, rates page) are untouched by a RUB-based source.
    expect((await reader.day('2024-02-14'))!.rates.every((r) => r.source === 'demo')).toBe(true);
  });

  it('is idempotent: the same file again changes nothing', async () => {
    server.on('/daily.xml', { status: 200, headers: { 'content-type': 'text/xml' }, body: fixture('nbkr-daily.xml') });
    await fetchSource(store, daily(), fast);
    const before = await store.db.selectFrom('currency_rates').selectAll().where('source', '=', 'nbkr').orderBy('code').execute();
    const again = await fetchSource(store, daily(), { ...fast, now: () => TEST_NOW + 3_600_000 });
    expect(again).toMatchObject({ status: 'stored', result: { rows: 5, changed: 0 } });
    const after = await store.db.selectFrom('currency_rates').selectAll().where('source', '=', 'nbkr').orderBy('code').execute();
    expect(after).toEqual(before);
  });
});

describe('bad responses keep the previous rates', () => {
  const good = fixture('nbkr-daily.xml');
  const text = new TextDecoder().decode(good);
  const cbrUtf8 = new TextEncoder().encode(new TextDecoder('windows-1251').decode(fixture('cbr-daily.xml')));
  const cases: Array<[string, { status?: number; headers?: Record<string, string>; body?: Uint8Array | string }, RegExp, boolean]> = [
    ['a maintenance page', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><html><head><title>Maintenance</title></head></html>' }, /HTML page instead of XML \("Maintenance"\)/, false],
    ['an empty Value', { body: text.replace('89,4300', '') }, /USD Value is empty/, false],
    ['a missing Value', { body: text.replace('<Value>89,4300</Value>', '') }, /USD Value is missing/, false],
    ['malformed XML', { body: text.replace('</CurrencyRates>', '</CurrencyRate>') }, /malformed XML/, false],
    ['an implausible value', { body: text.replace('89,4300', '0,0000') }, /implausible/, false],
    ['an empty body', { body: '' }, /empty response body/, false],
    ['a 503', { status: 503, body: 'busy' }, /HTTP 503/, true],
    ['a 404', { status: 404, body: 'no' }, /HTTP 404/, false],
  ];
  for (const [name, reply, reason, retried] of cases) {
    it(`refuses ${name}`, async () => {
      server.on('/daily.xml', xmlFile('nbkr-daily.xml'));
      await fetchSource(store, daily(), fast);
      const before = await reader.latest(HEADER, '2024-02-15');
      const state0 = await new RatesWriter(store.db).fetchState('nbkr');
      server.reset();
      server.on('/daily.xml', { status: 200, headers: { 'content-type': 'application/xml' }, ...reply });
      const { log, warnings } = recordingLog();
      const out = await fetchSource(store, daily(), { ...fast, log, now: () => TEST_NOW + 60_000 });
      expect(out.status).toBe('failed');
      expect(out.status === 'failed' && out.reason).toMatch(reason);
      expect(server.requests('/daily.xml')).toHaveLength(retried ? 3 : 1);
      expect(await reader.latest(HEADER, '2024-02-15')).toEqual(before);
      const state = await new RatesWriter(store.db).fetchState('nbkr');
      expect(state).toMatchObject({ etag: state0!.etag, last_success_at: TEST_NOW, last_attempt_at: TEST_NOW + 60_000 });
      expect(state!.last_error).toMatch(reason);
      expect(warnings()).toEqual([]); // fetchSource returns the outcome; fetchAll and the job log it
    });
  }

  it('refuses a CBR file in UTF-8 that declares windows-1251', async () => {
    server.on('/cbr.asp', { status: 200, headers: { 'content-type': 'application/xml' }, body: cbrUtf8 });
    const out = await fetchSource(store, cbrDaily(server.url('/cbr.asp')), fast);
    expect(out.status === 'failed' && out.reason).toMatch(/wrong encoding: the XML declares windows-1251 but the body is UTF-8/);
    expect(await reader.day('2024-02-14', 'RUB')).toBeNull();
  });

  it('gives up on a timeout after retrying, with the reason', async () => {
    server.on('/slow.xml', { status: 200, body: good, delayMs: 1000 });
    const out = await fetchSource(store, daily('/slow.xml'), { ...fast, timeoutMs: 100, retries: 1 });
    expect(out).toMatchObject({ status: 'failed', attempts: 2 });
    expect(out.status === 'failed' && out.reason).toMatch(/timed out after 0.1 s \(after 2 attempts\)/);
  });

  it('names a refused connection', async () => {
    const closed = await startRatesServer();
    const url = closed.url('/daily.xml');
    await closed.close();
    const out = await fetchSource(store, nbkrDaily(url), { ...fast, retries: 0 });
    expect(out.status === 'failed' && out.reason).toMatch(/network error: connection refused \(ECONNREFUSED\)/);
  });
});

describe('conditional requests and retries', () => {
  it('sends the stored ETag and Last-Modified; a 304 stores nothing new', async () => {
    server.on('/daily.xml', xmlFile('nbkr-daily.xml', '"v1"', 'Wed, 14 Feb 2024 08:00:00 GMT'));
    expect((await fetchSource(store, daily(), fast)).status).toBe('stored');
    expect(await new RatesWriter(store.db).fetchState('nbkr')).toMatchObject({ etag: '"v1"', last_modified: 'Wed, 14 Feb 2024 08:00:00 GMT', last_error: null });
    const out = await fetchSource(store, daily(), fast);
    expect(out).toEqual({ source: 'nbkr', status: 'not-modified', attempts: 1 });
    const [first, second] = server.requests('/daily.xml');
    expect(first.headers['if-none-match']).toBeUndefined();
    expect(second.headers['if-none-match']).toBe('"v1"');
    expect(second.headers['if-modified-since']).toBe('Wed, 14 Feb 2024 08:00:00 GMT');
  });

  it('retries 5xx and network errors with backoff, then stores', async () => {
    server.on('/daily.xml', (_req, n) => (n < 3 ? { status: 502, body: 'bad gateway' } : { status: 200, body: fixture('nbkr-daily.xml') }));
    const t0 = Date.now();
    const out = await fetchSource(store, daily(), { ...fast, retries: 3, backoffMs: 50 });
    expect(out).toMatchObject({ status: 'stored', attempts: 3 });
    expect(server.requests('/daily.xml')).toHaveLength(3);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(50 + 100 - 10); // 50 ms, then 100 ms
  });
});

describe('corrections', () => {
  it('win over the fetched value, are marked, and are kept as an audit trail', async () => {
    server.on('/daily.xml', xmlFile('nbkr-daily.xml'));
    await fetchSource(store, daily(), fast);
    const writer = new RatesWriter(store.db);
    await writer.correct('KGS', '2024-02-15', 'USD', 89.5, 'first try', 'cli', TEST_NOW);
    await writer.correct('KGS', '2024-02-15', 'USD', 89.4312, 'typo in the bulletin', 'editor@newsroom', TEST_NOW + 1000);
    const latest = await reader.latest(HEADER, '2024-02-15');
    expect(latest!.rates[0]).toMatchObject({ code: 'USD', rate: 89.4312 });
    const usd = (await reader.day('2024-02-15'))!.rates.find((r) => r.code === 'USD')!;
    expect(usd).toMatchObject({ rate: 89.4312, corrected: true, source: 'nbkr', nominal: 1 });
    expect((await reader.day('2024-02-15'))!.rates.find((r) => r.code === 'EUR')!.corrected).toBe(false);
    expect(await reader.history('USD', '2024-02-15', '2024-02-15')).toEqual([{ date: '2024-02-15', rate: 89.4312, corrected: true }]);
    // A later fetch of the same day does not undo the correction.
    await fetchSource(store, daily(), fast);
    expect((await reader.latest(['USD'], '2024-02-15'))!.rates[0].rate).toBe(89.4312);
    const trail = await writer.corrections({ code: 'USD' });
    expect(trail.map((c) => [c.rate, c.note, c.corrected_by])).toEqual([[89.5, 'first try', 'cli'], [89.4312, 'typo in the bulletin', 'editor@newsroom']]);
    await expect(writer.correct('KGS', '2024-02-30', 'USD', 1, null, 'cli')).rejects.toThrow(/not a date/);
    await expect(writer.correct('KGS', '2024-02-15', 'USD', 0, null, 'cli')).rejects.toThrow(/above zero/);
  });

  it('show on demo dates too', async () => {
    await new RatesWriter(store.db).correct('KGS', '2024-02-14', 'EUR', 96.31, null, 'cli', TEST_NOW);
    const eur = (await reader.latest(['EUR'], '2024-02-14'))!.rates[0];
    expect(eur.rate).toBe(96.31);
    expect((await reader.range())!.codes).toContain('EUR');
  });
});

describe('the job in the server', () => {
  const jobConfig = (over: Partial<Config> = {}): Config => ({
    ...config,
    ratesFetch: true,
    ratesNbkrDailyUrl: server.url('/daily.xml'),
    ratesNbkrWeeklyUrl: server.url('/weekly.xml'),
    ratesCbrUrl: server.url('/cbr.asp'),
    ...over,
  });

  it('fetches on start when the NBKR rates are stale, and not when they are fresh', async () => {
    server.on('/daily.xml', xmlFile('nbkr-daily.xml'));
    server.on('/weekly.xml', xmlFile('nbkr-weekly.xml'));
    server.on('/cbr.asp', { status: 200, body: fixture('cbr-daily.xml') });
    expect(await nbkrIsStale(store, config.siteTz, TEST_NOW)).toBe(true);
    const { log, lines } = recordingLog();
    const job = startRatesJob({ config: jobConfig(), store, log, now: () => TEST_NOW, fetch: fast });
    const outcomes = await job.started;
    await job.stop();
    expect(outcomes?.map((o) => [o.source, o.status])).toEqual([['nbkr', 'stored'], ['nbkr-weekly', 'stored'], ['cbr', 'stored']]);
    expect(lines.filter(([l]) => l === 'info').map(([, m]) => m)).toEqual([
      'rates: NBKR daily: stored 5 rates for 2024-02-15 (5 rows new or changed)',
      'rates: NBKR weekly: stored 7 rates for 2024-02-10…2024-02-16 (49 rows new or changed)',
      'rates: CBR daily: stored 5 rates for 2024-02-14 (5 rows new or changed)',
    ]);
    // Tomorrow's rate is stored: fresh, so the next start does not fetch.
    expect(await nbkrIsStale(store, config.siteTz, TEST_NOW)).toBe(false);
    server.reset();
    const again = startRatesJob({ config: jobConfig(), store, log, now: () => TEST_NOW, fetch: fast });
    expect(await again.started).toBeNull();
    await again.stop();
    expect(server.requests()).toHaveLength(0);
  });

  it('logs one warning per failed source and keeps going', async () => {
    server.on('/daily.xml', { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><title>Down</title></html>' });
    server.on('/weekly.xml', xmlFile('nbkr-weekly.xml'));
    const { log, warnings } = recordingLog();
    const job = startRatesJob({ config: jobConfig({ ratesCbrUrl: '' }), store, log, now: () => TEST_NOW, fetch: fast });
    const outcomes = await job.started;
    await job.stop();
    expect(outcomes?.map((o) => o.status)).toEqual(['failed', 'stored']);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/^rates: NBKR daily \(http:\/\/127\.0\.0\.1:\d+\/daily\.xml\) failed: an HTML page instead of XML \("Down"\).*; the stored rates are kept$/);
  });

  it('does nothing with RATES_FETCH=off, and the app starts and closes with the job', async () => {
    const job = startRatesJob({ config: jobConfig({ ratesFetch: false }), store, log: recordingLog().log, now: () => TEST_NOW });
    expect(await job.started).toBeNull();
    await job.stop();
    server.on('/daily.xml', xmlFile('nbkr-daily.xml'));
    server.on('/weekly.xml', { status: 500 });
    const t = await testApp({
      configure: (c) => Object.assign(c, jobConfig({ ratesCbrUrl: '', ratesIntervalMinutes: 60 })),
    });
    try {
      // The job started with the app: wait for its fetch (the weekly source retries 500s with its default backoff;
      // closing the app aborts it).
      for (let i = 0; i < 100 && server.requests('/daily.xml').length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(server.requests('/daily.xml').length).toBe(1);
    } finally {
      const t0 = Date.now();
      await t.close();
      // closing aborted the retries' backoff instead of waiting for it
      expect(Date.now() - t0).toBeLessThan(1500);
    }
  });
});
