// The rate settings of the configuration.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('rates configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({}, '/x');
    expect(c.ratesFetch).toBe(true);
    expect(c.ratesNbkrDailyUrl).toBe('https://www.nbkr.kg/XML/daily.xml');
    expect(c.ratesNbkrWeeklyUrl).toBe('https://www.nbkr.kg/XML/weekly.xml');
    expect(c.ratesCbrUrl).toBe('https://www.cbr.ru/scripts/XML_daily.asp');
    expect(c.ratesIntervalMinutes).toBe(60);
    expect(c.ratesTimeoutMs).toBe(20_000);
    expect(c.rateCurrencies).toEqual(['USD', 'EUR', 'RUB']);
  });

  it('reads and checks the variables', () => {
    const c = loadConfig({ RATES_FETCH: 'off', RATES_CURRENCIES: 'usd, kzt', RATES_CBR_URL: '', RATES_INTERVAL_MINUTES: '15' }, '/x');
    expect(c.ratesFetch).toBe(false);
    expect(c.rateCurrencies).toEqual(['USD', 'KZT']);
    expect(c.ratesCbrUrl).toBe('');
    expect(c.ratesIntervalMinutes).toBe(15);
    const bad = (env: Record<string, string>) => () => loadConfig(env, '/x');
    expect(bad({ RATES_FETCH: 'maybe' })).toThrow(/RATES_FETCH/);
    expect(bad({ RATES_CURRENCIES: 'dollar' })).toThrow(/RATES_CURRENCIES must be three-letter currency codes/);
    expect(bad({ RATES_NBKR_DAILY_URL: 'ftp://x' })).toThrow(/RATES_NBKR_DAILY_URL must be an http/);
    expect(bad({ RATES_INTERVAL_MINUTES: '0' })).toThrow(/RATES_INTERVAL_MINUTES must be at least 1/);
  });
});
