// Planner statistics (src/store/db.ts updateStatistics): without them SQLite picked the wrong index
// for tag pages and the language switch at a million articles (docs/benchmarks.md).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateStatistics, type Store } from '../../src/store/db.js';
import { testDatabase } from '../support/app.js';

let store: Store;
beforeAll(async () => {
  ({ store } = await testDatabase());
});
afterAll(() => store.close());

describe('planner statistics', () => {
  it('are gathered for the articles table, with the histograms that show how skewed status is', async () => {
    await updateStatistics(store);
    const articles = Number((await store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(articles).toBeGreaterThan(100);
    if (store.dialect === 'sqlite') {
      const stat = await sql<{ idx: string; stat: string }>`SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'articles'`.execute(store.db);
      const byIndex = new Map(stat.rows.map((r) => [r.idx, r.stat]));
      // "<rows> <rows per lang> ...": the whole table was read, not a sample.
      expect(Number(byIndex.get('articles_lang_status_published')?.split(' ')[0])).toBe(articles);
      const histogram = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_stat4 WHERE tbl = 'articles' AND idx = 'articles_status_published'`.execute(store.db);
      expect(Number(histogram.rows[0].n)).toBeGreaterThan(0);
      // A second call finds nothing stale and changes nothing.
      const before = await sql<{ stat: string }>`SELECT stat FROM sqlite_stat1 WHERE tbl = 'articles' ORDER BY idx`.execute(store.db);
      await updateStatistics(store);
      const after = await sql<{ stat: string }>`SELECT stat FROM sqlite_stat1 WHERE tbl = 'articles' ORDER BY idx`.execute(store.db);
      expect(after.rows).toEqual(before.rows);
    } else {
      const cls = await sql<{ reltuples: number }>`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = 'articles'::regclass`.execute(store.db);
      expect(cls.rows[0].reltuples).toBe(articles);
      const stats = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'articles' AND attname = 'status'`.execute(store.db);
      expect(stats.rows[0].n).toBe(1);
    }
  });
});
