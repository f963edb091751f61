// Stored currency rates and editors' corrections. Rows come from several sources (src/services/rates:
// NBKR daily and weekly, CBR, and the "demo" history); readers resolve one value per date and
// currency in a base currency (KGS, som per unit, unless asked for another):
//   1. an editor's correction (the newest one) wins, marked `corrected: true`;
//   2. otherwise the fetched value of the most authoritative source: nbkr, then nbkr-weekly, then others;
//   3. the demo history counts only before the first date a real source has stored in that base: a
//      new install shows demo rates, and from the first real date on only real rates are shown.
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from './schema.js';

export interface RateRow {
  code: string;
  rate: number;
  /** the previous stored date's rate, to show the direction of change */
  previous: number | null;
  /** an editor's correction overrides the fetched value */
  corrected: boolean;
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

const SOURCE_PRIORITY: Record<string, number> = { nbkr: 0, 'nbkr-weekly': 1, demo: 9 };
/** Lower wins when several sources have stored a rate for the same day and currency. */
export const sourcePriority = (source: string) => SOURCE_PRIORITY[source] ?? 5;
const priority = sourcePriority;

interface Effective {
  date: string;
  code: string;
  rate: number;
  nominal: number;
  source: string;
  corrected: boolean;
}

type DateFilter = { in: string[] } | { from: string; to: string };
/** the first real (non-demo) date of a base, or null when there is none and demo rows all count */
type RealFrom = string | null;

function demoCut<O>(q: SelectQueryBuilder<Database, 'currency_rates', O>, realFrom: RealFrom): SelectQueryBuilder<Database, 'currency_rates', O> {
  return realFrom === null ? q : q.where((eb) => eb.or([eb('source', '!=', 'demo'), eb('date', '<', realFrom)]));
}

export class RatesReader {
  constructor(private readonly db: Kysely<Database>) {}

  /** The latest date on or before `onOrBefore` (YYYY-MM-DD) with the given currencies. */
  async latest(codes: string[], onOrBefore: string, base = 'KGS'): Promise<RatesOfDay | null> {
    if (codes.length === 0) return null;
    const realFrom = await this.firstRealDate(base);
    const dates = await this.lastDates(base, codes, onOrBefore, realFrom);
    if (dates.length === 0) return null;
    const rows = await this.effective(base, codes, { in: dates }, realFrom);
    const [latest, prev] = dates;
    const rates: RateRow[] = [];
    for (const code of codes) {
      const cur = rows.get(key(latest, code));
      if (!cur) continue;
      const before = prev ? rows.get(key(prev, code)) : undefined;
      rates.push({ code, rate: cur.rate, previous: before ? before.rate : null, corrected: cur.corrected });
    }
    return { date: latest, rates };
  }

  /** Every currency of the latest date on or before `onOrBefore`, with the previous date's rates. */
  async day(onOrBefore: string, base = 'KGS'): Promise<RatesDay | null> {
    const realFrom = await this.firstRealDate(base);
    const dates = await this.lastDates(base, null, onOrBefore, realFrom);
    if (dates.length === 0) return null;
    const [date, previousDate = null] = dates;
    const rows = [...(await this.effective(base, null, { in: dates }, realFrom)).values()];
    const prev = new Map(rows.filter((r) => r.date === previousDate).map((r) => [r.code, r.rate]));
    const rates: DayRate[] = rows
      .filter((r) => r.date === date)
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((r) => ({ code: r.code, rate: r.rate, previous: prev.get(r.code) ?? null, nominal: r.nominal, corrected: r.corrected, source: r.source }));
    return { date, previousDate, rates };
  }

  /** One currency's rates between two dates (inclusive), oldest first. */
  async history(code: string, from: string, to: string, base = 'KGS'): Promise<HistoryPoint[]> {
    const realFrom = await this.firstRealDate(base);
    const rows = [...(await this.effective(base, [code], { from, to }, realFrom)).values()];
    rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return rows.map((r) => ({ date: r.date, rate: r.rate, corrected: r.corrected }));
  }

  /** The first and last stored dates and the currencies ever stored (for the date picker and menus). */
  async range(base = 'KGS'): Promise<{ first: string; last: string; codes: string[] } | null> {
    const realFrom = await this.firstRealDate(base);
    let spanQ = this.db.selectFrom('currency_rates').where('base', '=', base);
    spanQ = demoCut(spanQ, realFrom);
    const span = await spanQ.select((eb) => [eb.fn.min('date').as('first'), eb.fn.max('date').as('last')]).executeTakeFirst();
    const cspan = await this.db
      .selectFrom('currency_rate_corrections')
      .where('base', '=', base)
      .select((eb) => [eb.fn.min('date').as('first'), eb.fn.max('date').as('last')])
      .executeTakeFirst();
    const firsts = [span?.first, cspan?.first].filter(Boolean).map(String).sort();
    const lasts = [span?.last, cspan?.last].filter(Boolean).map(String).sort();
    if (firsts.length === 0) return null;
    let codesQ = this.db.selectFrom('currency_rates').where('base', '=', base);
    codesQ = demoCut(codesQ, realFrom);
    const codes = await codesQ.select('code').distinct().execute();
    const ccodes = await this.db.selectFrom('currency_rate_corrections').where('base', '=', base).select('code').distinct().execute();
    const all = [...new Set([...codes, ...ccodes].map((c) => c.code))].sort();
    return { first: firsts[0], last: lasts[lasts.length - 1], codes: all };
  }

  /** The dates (of those given) on which `source` has stored at least one rate. */
  async datesFrom(source: string, dates: string[]): Promise<string[]> {
    if (dates.length === 0) return [];
    const rows = await this.db.selectFrom('currency_rates').where('source', '=', source).where('date', 'in', dates).select('date').distinct().execute();
    return rows.map((r) => r.date).sort();
  }

  /** The first date a real (non-demo) source has stored in this base. */
  private async firstRealDate(base: string): Promise<RealFrom> {
    const row = await this.db
      .selectFrom('currency_rates')
      .where('base', '=', base)
      .where('source', '!=', 'demo')
      .select((eb) => eb.fn.min('date').as('first'))
      .executeTakeFirst();
    return row?.first ? String(row.first) : null;
  }

  /** The newest two dates on or before `onOrBefore` with a rate or a correction, newest first. */
  private async lastDates(base: string, codes: string[] | null, onOrBefore: string, realFrom: RealFrom): Promise<string[]> {
    let q = this.db.selectFrom('currency_rates').where('base', '=', base).where('date', '<=', onOrBefore);
    if (codes) q = q.where('code', 'in', codes);
    q = demoCut(q, realFrom);
    let c = this.db.selectFrom('currency_rate_corrections').where('base', '=', base).where('date', '<=', onOrBefore);
    if (codes) c = c.where('code', 'in', codes);
    const [a, b] = await Promise.all([
      q.select('date').distinct().orderBy('date', 'desc').limit(2).execute(),
      c.select('date').distinct().orderBy('date', 'desc').limit(2).execute(),
    ]);
    return [...new Set([...a, ...b].map((r) => r.date))].sort().reverse().slice(0, 2);
  }

  /** One resolved value per (date, code): the newest correction, else the best source's value. */
  private async effective(base: string, codes: string[] | null, dates: DateFilter, realFrom: RealFrom): Promise<Map<string, Effective>> {
    let q = this.db.selectFrom('currency_rates').where('base', '=', base);
    let c = this.db.selectFrom('currency_rate_corrections').where('base', '=', base);
    if (codes) {
      q = q.where('code', 'in', codes);
      c = c.where('code', 'in', codes);
    }
    if ('in' in dates) {
      q = q.where('date', 'in', dates.in);
      c = c.where('date', 'in', dates.in);
    } else {
      q = q.where('date', '>=', dates.from).where('date', '<=', dates.to);
      c = c.where('date', '>=', dates.from).where('date', '<=', dates.to);
    }
    q = demoCut(q, realFrom);
    const [rows, fixes] = await Promise.all([
      q.select(['date', 'code', 'rate', 'nominal', 'source']).execute(),
      c.select(['id', 'date', 'code', 'rate']).orderBy('id').execute(),
    ]);
    const out = new Map<string, Effective>();
    for (const r of rows) {
      const k = key(r.date, r.code);
      const have = out.get(k);
      if (!have || priority(r.source) < priority(have.source)) {
        out.set(k, { date: r.date, code: r.code, rate: Number(r.rate), nominal: Number(r.nominal), source: r.source, corrected: false });
      }
    }
    for (const f of fixes) {
      const k = key(f.date, f.code);
      const have = out.get(k);
      out.set(k, { date: f.date, code: f.code, rate: Number(f.rate), nominal: have?.nominal ?? 1, source: have?.source ?? 'correction', corrected: true });
    }
    return out;
  }
}

const key = (date: string, code: string) => `${date}|${code}`;

/** One fetched (or imported) rate, as a source published it. */
export interface RateInput {
  code: string;
  /** units `value` is quoted for */
  nominal: number;
  /** base currency per `nominal` units */
  value: number;
  /** days from `date` the value is valid for (weekly files); stored as one row per day */
  validFor?: number;
}

export interface StoreResult {
  /** rows written or confirmed (one per currency and day) */
  rows: number;
  /** rows that were new or changed; 0 when the same file is stored again */
  changed: number;
  /** the days covered, first and last */
  from: string;
  to: string;
}

export interface FetchState {
  source: string;
  etag: string | null;
  last_modified: string | null;
  last_attempt_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
}

const CHUNK = 100;

function plusDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export class RatesWriter {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Stores a source's rates for `date` (and the following days of a weekly file's `validFor`).
   * Idempotent: storing the same file again changes nothing. A row is replaced only by a file of the
   * same or a newer date, so re-importing an old weekly file never overwrites a newer week.
   */
  async store(source: { id: string; base: string }, date: string, rates: RateInput[], now: number): Promise<StoreResult> {
    const rows = rates.flatMap((r) => {
      const days = Math.max(1, r.validFor ?? 1);
      return Array.from({ length: days }, (_, i) => ({
        source: source.id,
        base: source.base,
        date: plusDays(date, i),
        code: r.code,
        nominal: r.nominal,
        value: r.value,
        rate: r.value / r.nominal,
        file_date: date,
        fetched_at: now,
      }));
    });
    let changed = 0;
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const res = await trx
          .insertInto('currency_rates')
          .values(rows.slice(i, i + CHUNK))
          .onConflict((oc) =>
            oc
              .columns(['source', 'date', 'code'])
              .doUpdateSet((eb) => ({
                base: eb.ref('excluded.base'),
                nominal: eb.ref('excluded.nominal'),
                value: eb.ref('excluded.value'),
                rate: eb.ref('excluded.rate'),
                file_date: eb.ref('excluded.file_date'),
                fetched_at: eb.ref('excluded.fetched_at'),
              }))
              .where((eb) =>
                eb.and([
                  eb('excluded.file_date', '>=', eb.ref('currency_rates.file_date')),
                  eb.or([
                    eb('excluded.value', '!=', eb.ref('currency_rates.value')),
                    eb('excluded.nominal', '!=', eb.ref('currency_rates.nominal')),
                    eb('excluded.file_date', '!=', eb.ref('currency_rates.file_date')),
                    eb('excluded.base', '!=', eb.ref('currency_rates.base')),
                  ]),
                ]),
              ),
          )
          .executeTakeFirst();
        changed += Number(res.numInsertedOrUpdatedRows ?? 0n);
      }
    });
    const dates = rows.map((r) => r.date).sort();
    return { rows: rows.length, changed, from: dates[0] ?? date, to: dates[dates.length - 1] ?? date };
  }

  /**
   * An editor's correction: `rate` (base currency per one unit) replaces the fetched value for that
   * date and currency in every reader, marked as corrected. Corrections are only ever added (the
   * table is the audit trail); the newest one counts.
   */
  async correct(base: string, date: string, code: string, rate: number, note: string | null, by: string, now = Date.now()): Promise<number> {
    if (!/^[A-Z]{3}$/.test(base) || !/^[A-Z]{3}$/.test(code)) throw new Error('Currency codes are three capital letters, such as USD');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || plusDays(date, 0) !== date) throw new Error(`"${date}" is not a date in YYYY-MM-DD form`);
    if (!(rate > 0) || !Number.isFinite(rate)) throw new Error(`The rate must be a number above zero (got ${rate})`);
    if (!by.trim()) throw new Error('A correction needs to say who made it');
    const row = await this.db
      .insertInto('currency_rate_corrections')
      .values({ base, date, code, rate, note: note?.trim() || null, corrected_by: by.trim(), corrected_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** The corrections of one date and currency (or all of them), oldest first: the audit trail. */
  async corrections(filter: { base?: string; date?: string; code?: string } = {}) {
    let q = this.db.selectFrom('currency_rate_corrections').selectAll();
    if (filter.base) q = q.where('base', '=', filter.base);
    if (filter.date) q = q.where('date', '=', filter.date);
    if (filter.code) q = q.where('code', '=', filter.code);
    return q.orderBy('id').execute();
  }

  async fetchState(source: string): Promise<FetchState | null> {
    return (await this.db.selectFrom('rate_fetch_state').selectAll().where('source', '=', source).executeTakeFirst()) ?? null;
  }

  async saveFetchState(source: string, patch: Partial<Omit<FetchState, 'source'>>): Promise<void> {
    const row = { source, etag: null, last_modified: null, last_attempt_at: null, last_success_at: null, last_error: null, ...patch };
    await this.db
      .insertInto('rate_fetch_state')
      .values(row)
      .onConflict((oc) => oc.column('source').doUpdateSet(patch))
      .execute();
  }
}
