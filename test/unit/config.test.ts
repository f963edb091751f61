import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has working defaults: SQLite under ./data, Bishkek time, three languages', () => {
    const c = loadConfig({}, '/srv/news');
    expect(c).toMatchObject({ port: 3000, dialect: 'sqlite', sqlitePath: '/srv/news/data/newsdesk.sqlite', siteTz: 'Asia/Bishkek', langs: ['ru', 'ky', 'en'], defaultLang: 'ru', baseUrl: 'http://localhost:3000' });
  });

  it('selects PostgreSQL from a postgres:// URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/news' }, '/x').dialect).toBe('postgres');
  });

  it('explains what is wrong', () => {
    const bad = (env: Record<string, string>) => () => loadConfig(env, '/x');
    expect(bad({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(bad({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(bad({ SITE_TZ: 'Mars/Olympus' })).toThrow(/SITE_TZ is not a time zone/);
    expect(bad({ LANGS: 'ru,fr' })).toThrow(/LANGS may only contain ru, ky, en/);
    expect(bad({ LANGS: 'ky,en', DEFAULT_LANG: 'ru' })).toThrow(/DEFAULT_LANG "ru" is not one of LANGS/);
    expect(bad({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres:\/\/ .* or sqlite:/);
    expect(bad({ BASE_URL: 'news.kg' })).toThrow(/BASE_URL must be an absolute URL/);
  });

  it('defaults the main language to the first configured one when Russian is off', () => {
    expect(loadConfig({ LANGS: 'en,ky' }, '/x').defaultLang).toBe('en');
  });
});

describe('.env file', () => {
  it('is read when present, and real environment variables win', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { loadDotEnv } = await import('../../src/config.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-env-'));
    writeFileSync(path.join(dir, '.env'), 'NEWSDESK_TEST_FROM_FILE=from-file\nNEWSDESK_TEST_BOTH=from-file\n');
    process.env.NEWSDESK_TEST_BOTH = 'from-env';
    loadDotEnv(dir);
    expect(process.env.NEWSDESK_TEST_FROM_FILE).toBe('from-file');
    expect(process.env.NEWSDESK_TEST_BOTH).toBe('from-env');
    loadDotEnv(path.join(dir, 'missing'));
  });
});
