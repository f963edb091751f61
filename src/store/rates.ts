// Stored currency rates (som per unit). Ingestion from the National Bank arrives with its own issue;
// the site shows whatever is stored, newest date first.
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface RateRow {
  code: string;
  rate: number;
  /** the previous stored date's rate, to show the direction of change */
  previous: number | null;
}

export interface RatesOfDay {
  date: string;
  rates: RateRow[];
}

/** One currency on one day, as the rates page shows it. */
export interface DayRate {
  code: string;
  /** som per one unit */
  rate: number;
  /** the rate on the previous stored date, for the change column */
  previous: number | null;
  /** units the source quotes the rate for (10, 100 for small currencies) */
  nominal: number;
  /** an editor's correction overrides the fetched value */
  corrected: boolean;
  source: string;
}

export interface RatesDay {
  date: string;
  previousDate: string | null;
  rates: DayRate[];
}

export interface HistoryPoint {
  date: string;
  rate: number;
  corrected: boolean;
}

export class RatesReader {
  constructor(private readonly db: Kysely<Database>) {}

  /** The latest date on or before `onOrBefore` (YYYY-MM-DD) with the given currencies. */
  async latest(codes: string[], onOrBefore: string): Promise<RatesOfDay | null> {
    const dates = await this.db
      .selectFrom('currency_rates')
      .where('code', 'in', codes)
      .where('date', '<=', onOrBefore)
      .select('date')
      .distinct()
      .orderBy('date', 'desc')
      .limit(2)
      .execute();
    if (dates.length === 0) return null;
    const rows = await this.db
      .selectFrom('currency_rates')
      .where('code', 'in', codes)
      .where('date', 'in', dates.map((d) => d.date))
      .select(['date', 'code', 'rate'])
      .execute();
    const [latest, prev] = dates.map((d) => d.date);
    const rates: RateRow[] = [];
    for (const code of codes) {
      const cur = rows.find((r) => r.code === code && r.date === latest);
      if (!cur) continue;
      const before = prev ? rows.find((r) => r.code === code && r.date === prev) : undefined;
      rates.push({ code, rate: Number(cur.rate), previous: before ? Number(before.rate) : null });
    }
    return { date: latest, rates };
  }

  /** Every currency of the latest date on or before `onOrBefore`, with the previous date's rates. */
  async day(onOrBefore: string): Promise<RatesDay | null> {
    const dates = await this.db.selectFrom('currency_rates').where('date', '<=', onOrBefore).select('date').distinct().orderBy('date', 'desc').limit(2).execute();
    if (dates.length === 0) return null;
    const [date, previousDate = null] = dates.map((d) => d.date);
    const rows = await this.db
      .selectFrom('currency_rates')
      .where('date', 'in', dates.map((d) => d.date))
      .select(['date', 'code', 'rate', 'source'])
      .orderBy('code')
      .execute();
    const prev = new Map(rows.filter((r) => r.date === previousDate).map((r) => [r.code, Number(r.rate)]));
    const rates = rows
      .filter((r) => r.date === date)
      .map((r) => ({ code: r.code, rate: Number(r.rate), previous: prev.get(r.code) ?? null, nominal: 1, corrected: false, source: r.source }));
    return { date, previousDate, rates };
  }

  /** One currency's rates between two dates (inclusive), oldest first. */
  async history(code: string, from: string, to: string): Promise<HistoryPoint[]> {
    const rows = await this.db
      .selectFrom('currency_rates')
      .where('code', '=', code)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .select(['date', 'rate'])
      .orderBy('date')
      .execute();
    return rows.map((r) => ({ date: r.date, rate: Number(r.rate), corrected: false }));
  }

  /** The first and last stored dates and the currencies ever stored (for the date picker and menus). */
  async range(): Promise<{ first: string; last: string; codes: string[] } | null> {
    const span = await this.db
      .selectFrom('currency_rates')
      .select((eb) => [eb.fn.min('date').as('first'), eb.fn.max('date').as('last')])
      .executeTakeFirst();
    if (!span?.first || !span.last) return null;
    const codes = await this.db.selectFrom('currency_rates').select('code').distinct().orderBy('code').execute();
    return { first: String(span.first), last: String(span.last), codes: codes.map((c) => c.code) };
  }
}
