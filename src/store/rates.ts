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
}
