// The corrections' history for the newsroom: each correction with the value it replaced (the
// correction before it for the same day and currency, else the best fetched value).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { sourcePriority } from '../../store/rates.js';

export interface CorrectionEntry {
  id: number;
  date: string;
  code: string;
  /** the value shown before this correction, null when nothing was stored */
  from: number | null;
  /** where `from` came from: a source id, or "correction" */
  fromSource: string | null;
  to: number;
  note: string | null;
  by: string;
  at: number;
}

export async function correctionHistory(db: Kysely<Database>, opts: { base: string; limit: number; offset: number }): Promise<{ items: CorrectionEntry[]; total: number }> {
  const total = await db.selectFrom('currency_rate_corrections').where('base', '=', opts.base).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const page = await db
    .selectFrom('currency_rate_corrections')
    .where('base', '=', opts.base)
    .selectAll()
    .orderBy('id', 'desc')
    .limit(opts.limit)
    .offset(opts.offset)
    .execute();
  if (page.length === 0) return { items: [], total: Number(total?.n ?? 0) };
  const codes = [...new Set(page.map((p) => p.code))];
  const dates = [...new Set(page.map((p) => p.date))];
  const [earlier, fetched] = await Promise.all([
    db
      .selectFrom('currency_rate_corrections')
      .where('base', '=', opts.base)
      .where('code', 'in', codes)
      .where('date', 'in', dates)
      .select(['id', 'date', 'code', 'rate'])
      .orderBy('id')
      .execute(),
    db.selectFrom('currency_rates').where('base', '=', opts.base).where('code', 'in', codes).where('date', 'in', dates).select(['date', 'code', 'rate', 'source']).execute(),
  ]);
  const best = new Map<string, { rate: number; source: string }>();
  for (const f of fetched) {
    const k = `${f.date}|${f.code}`;
    const have = best.get(k);
    if (!have || sourcePriority(f.source) < sourcePriority(have.source)) best.set(k, { rate: Number(f.rate), source: f.source });
  }
  const items = page.map((c) => {
    const k = `${c.date}|${c.code}`;
    const before = earlier.filter((e) => `${e.date}|${e.code}` === k && e.id < c.id).at(-1);
    const orig = best.get(k);
    return {
      id: c.id,
      date: c.date,
      code: c.code,
      from: before ? Number(before.rate) : (orig?.rate ?? null),
      fromSource: before ? 'correction' : (orig?.source ?? null),
      to: Number(c.rate),
      note: c.note,
      by: c.corrected_by,
      at: Number(c.corrected_at),
    };
  });
  return { items, total: Number(total?.n ?? 0) };
}
