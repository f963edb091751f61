// What a beacon may carry (the body and the headers), decided without a server.
import { describe, expect, it } from 'vitest';
import { beaconId } from '../../src/audience/views/beacon.js';
import { notCounted } from '../../src/audience/views/filter.js';
import { loadConfig } from '../../src/config.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
const CHROME_PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

describe('beaconId', () => {
  it('reads JSON, sendBeacon text and forms', () => {
    expect(beaconId('application/json', '{"id": 42}')).toEqual({ id: 42 });
    expect(beaconId('text/plain;charset=UTF-8', '{"id":42}')).toEqual({ id: 42 });
    expect(beaconId('application/x-www-form-urlencoded', 'id=42')).toEqual({ id: 42 });
    expect(beaconId('application/json', '{"id":"42"}')).toEqual({ id: 42 });
  });

  it('refuses anything else with 400 (415 for another type) and a reason', () => {
    const bad: Array<[string | undefined, unknown]> = [
      ['application/json', undefined],
      ['application/json', ''],
      ['application/json', 'id=4'],
      ['application/json', '{"id":'],
      ['application/json', 'null'],
      ['application/json', '[42]'],
      ['application/json', '42'],
      ['application/json', '{}'],
      ['application/json', '{"__proto__":{"id":4}}'],
      ['application/json', '{"id":0}'],
      ['application/json', '{"id":-3}'],
      ['application/json', '{"id":1.5}'],
      ['application/json', '{"id":1e400}'],
      ['application/json', '{"id":2147483648}'],
      ['application/json', '{"id":"4a"}'],
      ['application/json', '{"id":" 4"}'],
      ['application/json', '{"id":true}'],
      ['application/json', '{"id":[4]}'],
      ['application/json', '{"id":{"$gt":0}}'],
      ['application/x-www-form-urlencoded', 'id=4&id=5'],
      ['application/x-www-form-urlencoded', 'ids=4'],
      ['application/x-www-form-urlencoded', 'id='],
    ];
    for (const [type, body] of bad) {
      const r = beaconId(type, body);
      expect(r, `${type} ${String(body)}`).toMatchObject({ status: 400 });
      expect((r as { error: string }).error.length).toBeGreaterThan(5);
    }
    expect(beaconId('application/xml', '<id>4</id>')).toMatchObject({ status: 415 });
  });
});

describe('notCounted', () => {
  it('counts browsers', () => {
    expect(notCounted({ 'user-agent': FIREFOX })).toBeNull();
    expect(notCounted({ 'user-agent': CHROME_PHONE, 'sec-purpose': 'prefetch;anonymous-client-ip-ignored' })).toBe('prefetch');
    expect(notCounted({ 'user-agent': CHROME_PHONE })).toBeNull();
  });

  it('leaves out robots, speculative loads and clients without a user agent', () => {
    expect(notCounted({})).toBe('no-user-agent');
    expect(notCounted({ 'user-agent': '  ' })).toBe('no-user-agent');
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36',
      'curl/8.5.0',
      'python-requests/2.31.0',
      'TelegramBot (like TwitterBot)',
    ]) {
      expect(notCounted({ 'user-agent': ua }), ua).toBe('bot');
    }
    for (const h of [{ 'sec-purpose': 'prefetch' }, { 'sec-purpose': 'prefetch;prerender' }, { purpose: 'prefetch' }, { 'x-moz': 'prefetch' }, { 'x-purpose': 'preview' }]) {
      expect(notCounted({ 'user-agent': FIREFOX, ...h }), JSON.stringify(h)).toBe('prefetch');
    }
  });
});

describe('configuration', () => {
  it('reads VIEWS and VIEWS_FLUSH_MS and names a bad value', () => {
    const c = loadConfig({});
    expect(c.views).toBe(true);
    expect(c.viewsFlushMs).toBe(2000);
    expect(loadConfig({ VIEWS: 'off', VIEWS_FLUSH_MS: '60000' })).toMatchObject({ views: false, viewsFlushMs: 60000 });
    expect(() => loadConfig({ VIEWS_FLUSH_MS: 'soon' })).toThrow(/VIEWS_FLUSH_MS must be a number of milliseconds/);
    expect(() => loadConfig({ VIEWS_FLUSH_MS: '10' })).toThrow(/VIEWS_FLUSH_MS must be at least 100/);
    expect(() => loadConfig({ VIEWS: 'maybe' })).toThrow(/VIEWS/);
  });
});
