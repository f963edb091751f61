// `newsdesk rates …` as an operator runs it: built, run as a process against a fresh SQLite database
// and a local server standing in for the central banks.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRatesServer, xmlFile, type RatesServer } from '../support/rates-server.js';

const root = path.resolve(__dirname, '../..');
// Our own bundle (cli.test.ts rebuilds dist/ at the same time in another worker); inside node_modules
// so that the external packages resolve.
const outdir = path.join(root, 'node_modules', '.cache', 'newsdesk-rates-cli-test');
const cli = path.join(outdir, 'cli.js');
const fixtures = path.join(root, 'test', 'fixtures', 'rates');
let server: RatesServer;
let env: Record<string, string>;

function run(args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: os.tmpdir(), env: { PATH: process.env.PATH!, ...env, ...extra } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

beforeAll(async () => {
  await build({ entryPoints: { cli: path.join(root, 'src/cli/main.ts') }, outdir, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  server = await startRatesServer();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-rates-cli-'));
  env = {
    DATA_DIR: dir,
    SITE_TZ: 'Asia/Bishkek',
    RATES_NBKR_DAILY_URL: server.url('/daily.xml'),
    RATES_NBKR_WEEKLY_URL: server.url('/weekly.xml'),
    RATES_CBR_URL: server.url('/cbr.asp'),
    RATES_FETCH: 'off',
  };
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('newsdesk rates', () => {
  it('is listed in the help', async () => {
    const r = await run(['help']);
    expect(r.out).toMatch(/rates fetch .*\n.*rates import FILE/s);
    expect(r.out).toContain('rates set CODE RATE');
    expect(r.out).toContain('rates show');
  });

  it('imports saved files (detecting the source), shows a day, and corrects a rate', { timeout: 60_000 }, async () => {
    const imp = await run(['rates', 'import', path.join(fixtures, 'nbkr-daily.xml')]);
    expect(imp.err).toContain('Applied migrations: 001-initial, 002-search, 003-rates');
    expect(imp.out.trim()).toBe('Imported 5 NBKR daily rates (KGS) for 2024-02-15: 5 rows new or changed.');
    expect((await run(['rates', 'import', path.join(fixtures, 'nbkr-daily.xml')])).out).toContain('no change');
    expect((await run(['rates', 'import', path.join(fixtures, 'nbkr-weekly.xml')])).out).toContain('Imported 7 NBKR weekly rates (KGS) for 2024-02-10…2024-02-16');
    expect((await run(['rates', 'import', '--source', 'cbr', path.join(fixtures, 'cbr-daily.xml')])).out).toContain('Imported 5 CBR daily rates (RUB) for 2024-02-14');

    const show = await run(['rates', 'show', '--date', '2024-02-15']);
    expect(show.code).toBe(0);
    expect(show.out).toContain('KGS per unit on 2024-02-15, change against 2024-02-14:');
    expect(show.out).toMatch(/^USD\s+89\.4300\s+1\s+nbkr$/m);
    expect(show.out).toMatch(/^JPY\s+0\.5998\s+0\s+10\s+nbkr-weekly$/m);

    const set = await run(['rates', 'set', 'usd', '89,51', '--date', '2024-02-15', '--note', 'bulletin typo']);
    expect(set.code).toBe(0);
    expect(set.out.trim()).toBe('Corrected USD on 2024-02-15: 89.51 KGS per unit (was 89.43 from nbkr).');
    expect((await run(['rates', 'show', '--date', '2024-02-15'])).out).toMatch(/^USD\s+89\.5100\s+1\s+nbkr\s+corrected$/m);
    expect((await run(['rates', 'show', '--date', '2024-02-14', '--base', 'RUB'])).out).toMatch(/^KGS\s+1\.0225\s+10\s+cbr$/m);
  });

  it('fetches every source from the configured URLs', { timeout: 60_000 }, async () => {
    server.on('/daily.xml', xmlFile('nbkr-daily-saturday.xml'));
    server.on('/weekly.xml', xmlFile('nbkr-weekly.xml'));
    server.on('/cbr.asp', { status: 404, body: 'gone' });
    const r = await run(['rates', 'fetch']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('NBKR daily: stored 5 rates for 2024-02-18 (5 rows new or changed)');
    expect(r.out).toContain('NBKR weekly: stored 7 rates for 2024-02-10…2024-02-16 (no change)');
    expect(r.err.trim().split('\n').filter((l) => !l.startsWith('Applied'))).toEqual([
      `newsdesk: CBR daily (${server.url('/cbr.asp')}) failed: HTTP 404 Not Found; the stored rates are kept`,
    ]);
    server.on('/cbr.asp', xmlFile('cbr-daily.xml'));
    const again = await run(['rates', 'fetch']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('NBKR daily: not modified since the last fetch');
  });

  it('fails with one clear line and a non-zero exit', { timeout: 60_000 }, async () => {
    const bad = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsdesk-rates-bad-')), 'bad.xml');
    writeFileSync(bad, '<?xml version="1.0" encoding="windows-1251"?><CurrencyRates Date="15.02.2024"><Currency ISOCode="USD"><Nominal>1</Nominal><Value></Value></Currency></CurrencyRates>');
    const cases: Array<[string[], RegExp]> = [
      [['rates'], /^newsdesk: Say what to do: rates fetch, import, set or show/],
      [['rates', 'frob'], /^newsdesk: Unknown rates command "frob"/],
      [['rates', 'set', 'USD'], /^newsdesk: rates set needs a currency and a rate/],
      [['rates', 'set', 'USD', 'abc'], /^newsdesk: "abc" is not a rate above zero/],
      [['rates', 'set', 'USD', '0'], /^newsdesk: "0" is not a rate above zero/],
      [['rates', 'set', 'USD', '89', '--date', '2024-02-30'], /^newsdesk: --date "2024-02-30" is not a date/],
      [['rates', 'show', '--note', 'x'], /^newsdesk: rates show takes no --note/],
      [['rates', 'import', '/nonexistent/file.xml'], /^newsdesk: Cannot read \/nonexistent\/file\.xml: ENOENT/],
      [['rates', 'import', bad], /^newsdesk: .*bad\.xml was not imported \(NBKR daily\): USD Value is empty/],
      [['rates', 'import', '--source', 'ecb', bad], /^newsdesk: --source must be one of nbkr, nbkr-weekly, cbr/],
    ];
    for (const [args, message] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(1);
      const lines = r.err.trim().split('\n').filter((l) => !l.startsWith('Applied'));
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]).toMatch(message);
    }
  });
});
