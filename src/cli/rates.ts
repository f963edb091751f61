// `newsdesk rates …`: fetch now, import a saved file, correct a rate, show a day's table.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { isoDay, isValidIsoDay } from '../i18n/format.js';
import { describeOutcome, fetchAll } from '../services/rates/fetcher.js';
import { configuredSources, detectSource, isSourceId, SOURCE_IDS, sourceById } from '../services/rates/sources.js';
import type { Store } from '../store/db.js';
import { RatesReader, RatesWriter } from '../store/rates.js';

export const RATES_HELP = `  rates fetch        fetch every configured source now and store what it published
  rates import FILE [--source nbkr|nbkr-weekly|cbr]
                     store a saved NBKR or CBR XML file (the source is detected when not given)
  rates set CODE RATE [--date YYYY-MM-DD] [--note TEXT] [--base KGS]
                     correct a rate (base currency per one unit; default date today); it wins over
                     the fetched value and is marked as corrected
  rates show [--date YYYY-MM-DD] [--base KGS]
                     the rates of a date (default today) as a table`;

export class RatesUsageError extends Error {}

function usage(msg: string): never {
  throw new RatesUsageError(`${msg}. Run "newsdesk help".`);
}

export async function ratesCommand(args: string[], config: Config, open: () => Promise<Store>): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      source: { type: 'string' },
      date: { type: 'string' },
      note: { type: 'string' },
      base: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  const today = isoDay(config.siteTz, Date.now());
  const date = values.date ?? today;
  if (!isValidIsoDay(date)) usage(`--date "${date}" is not a date in YYYY-MM-DD form`);
  const base = (values.base ?? 'KGS').toUpperCase();
  if (!/^[A-Z]{3}$/.test(base)) usage(`--base "${values.base}" is not a currency code`);
  const allowed: Record<string, string[]> = { fetch: [], import: ['source'], set: ['date', 'note', 'base'], show: ['date', 'base'] };
  if (!sub || !(sub in allowed)) usage(sub ? `Unknown rates command "${sub}" (fetch, import, set or show)` : 'Say what to do: rates fetch, import, set or show');
  for (const k of Object.keys(values)) if (!allowed[sub].includes(k)) usage(`rates ${sub} takes no --${k}`);

  switch (sub) {
    case 'fetch': {
      if (positionals.length) usage('rates fetch takes no arguments');
      const sources = configuredSources(config);
      if (sources.length === 0) usage('Every source URL is empty (RATES_NBKR_DAILY_URL, RATES_NBKR_WEEKLY_URL, RATES_CBR_URL)');
      const store = await open();
      try {
        const outcomes = await fetchAll(store, sources, { timeoutMs: config.ratesTimeoutMs, retries: 2, backoffMs: 1000 });
        let failed = 0;
        outcomes.forEach((o, i) => {
          const line = describeOutcome(o, sources[i]);
          if (o.status === 'failed') {
            failed++;
            console.error(`newsdesk: ${line}`);
          } else console.log(line);
        });
        return failed ? 1 : 0;
      } finally {
        await store.close();
      }
    }
    case 'import': {
      if (positionals.length !== 1) usage('rates import needs one FILE');
      const file = positionals[0];
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        throw new RatesUsageError(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      let id: string = values.source ?? detectSource(bytes);
      if (!isSourceId(id)) usage(`--source must be one of ${SOURCE_IDS.join(', ')}`);
      const source = sourceById(id);
      let parsed;
      try {
        parsed = source.parse(bytes);
      } catch (err) {
        throw new RatesUsageError(`${file} was not imported (${source.label}): ${(err as Error).message}`);
      }
      const store = await open();
      try {
        const result = await new RatesWriter(store.db).store(source, parsed.date, parsed.rates, Date.now());
        const span = result.from === result.to ? result.from : `${result.from}…${result.to}`;
        console.log(`Imported ${parsed.rates.length} ${source.label} rates (${source.base}) for ${span}: ${result.changed ? `${result.changed} rows new or changed` : 'no change'}.`);
        return 0;
      } finally {
        await store.close();
      }
    }
    case 'set': {
      if (positionals.length !== 2) usage('rates set needs a currency and a rate, e.g. rates set USD 89.43 --date 2024-02-14');
      const code = positionals[0].toUpperCase();
      if (!/^[A-Z]{3}$/.test(code)) usage(`"${positionals[0]}" is not a currency code such as USD`);
      const rateText = positionals[1].replace(',', '.');
      const rate = Number(rateText);
      if (!/^\d+(\.\d+)?$/.test(rateText) || !(rate > 0)) usage(`"${positionals[1]}" is not a rate above zero`);
      const store = await open();
      try {
        const day = await new RatesReader(store.db).day(date, base);
        const was = day?.date === date ? day.rates.find((r) => r.code === code) : undefined;
        await new RatesWriter(store.db).correct(base, date, code, rate, values.note ?? null, 'cli');
        console.log(`Corrected ${code} on ${date}: ${rate} ${base} per unit${was ? ` (was ${was.rate}${was.corrected ? ', corrected' : ` from ${was.source}`})` : ''}.`);
        return 0;
      } finally {
        await store.close();
      }
    }
    case 'show': {
      if (positionals.length) usage('rates show takes no arguments (use --date)');
      const store = await open();
      try {
        const day = await new RatesReader(store.db).day(date, base);
        if (!day) {
          console.log(`No ${base} rates stored on or before ${date}.`);
          return 0;
        }
        console.log(`${base} per unit on ${day.date}${day.date !== date ? ` (the latest on or before ${date})` : ''}${day.previousDate ? `, change against ${day.previousDate}` : ''}:`);
        const rows = day.rates.map((r) => [
          r.code,
          fmt(r.rate),
          r.previous === null ? '' : signed(r.rate - r.previous),
          String(r.nominal),
          r.source,
          r.corrected ? 'corrected' : '',
        ]);
        printTable(['code', 'rate', 'change', 'nominal', 'source', ''], rows);
        return 0;
      } finally {
        await store.close();
      }
    }
  }
  return 1;
}

function fmt(n: number): string {
  return n >= 1 ? n.toFixed(4) : n.toPrecision(4);
}

function signed(n: number): string {
  if (Math.abs(n) < 5e-7) return '0';
  return (n > 0 ? '+' : '') + (Math.abs(n) >= 0.01 ? n.toFixed(4) : n.toPrecision(3));
}

function printTable(head: string[], rows: string[][]): void {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const right = new Set([1, 2, 3]);
  for (const r of all) console.log(r.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());
}
