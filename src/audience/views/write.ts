// Writes a batch of views in one transaction: articles.view_count, article_views_daily and
// article_views_hourly. Upserts add to existing rows on both dialects (ON CONFLICT … DO UPDATE).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Batch } from './buffer.js';

const ID_CHUNK = 500;
const ROW_CHUNK = 400;

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export interface WriteResult {
  views: number;
  articles: number;
  /** views of articles deleted since they were counted (nothing left to add them to) */
  dropped: number;
}

export async function writeBatch(db: Kysely<Database>, batch: Batch): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    // An article deleted meanwhile would fail the whole batch on its foreign keys, for ever.
    const existing = new Set<number>();
    for (const ids of chunks([...batch.keys()], ID_CHUNK)) {
      for (const r of await trx.selectFrom('articles').select('id').where('id', 'in', ids).execute()) existing.add(r.id);
    }
    const result: WriteResult = { views: 0, articles: 0, dropped: 0 };
    const live: number[] = [];
    for (const [id, p] of batch) {
      if (existing.has(id)) {
        live.push(id);
        result.views += p.total;
      } else result.dropped += p.total;
    }
    result.articles = live.length;

    for (const ids of chunks(live, ID_CHUNK)) {
      // One UPDATE per chunk: view_count + CASE id WHEN … THEN n … END (CAST keeps PostgreSQL's types exact).
      const cases = sql.join(ids.map((id) => sql`when ${id} then cast(${batch.get(id)!.total} as integer)`), sql` `);
      await trx.updateTable('articles').set({ view_count: sql`view_count + case id ${cases} else 0 end` }).where('id', 'in', ids).execute();
    }

    const daily = live.flatMap((id) => {
      const p = batch.get(id)!;
      return [...p.days].map(([day, views]) => ({ article_id: id, day, lang: p.lang, views }));
    });
    for (const rows of chunks(daily, ROW_CHUNK)) {
      await trx
        .insertInto('article_views_daily')
        .values(rows)
        .onConflict((oc) => oc.columns(['article_id', 'day']).doUpdateSet({ views: sql`article_views_daily.views + excluded.views` }))
        .execute();
    }

    const hourly = live.flatMap((id) => {
      const p = batch.get(id)!;
      return [...p.hours].map(([hour, views]) => ({ article_id: id, hour, lang: p.lang, views }));
    });
    for (const rows of chunks(hourly, ROW_CHUNK)) {
      await trx
        .insertInto('article_views_hourly')
        .values(rows)
        .onConflict((oc) => oc.columns(['article_id', 'hour']).doUpdateSet({ views: sql`article_views_hourly.views + excluded.views` }))
        .execute();
    }
    return result;
  });
}

/** Hourly rows serve only the last-24-hours and 7-day windows: older than `before` they go. */
export async function purgeHourly(db: Kysely<Database>, before: number): Promise<number> {
  const r = await db.deleteFrom('article_views_hourly').where('hour', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows ?? 0);
}
