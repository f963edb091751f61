// Seeds the benchmark database: the normal demo content first (rubrics, tags, authors, pictures,
// rates and a few hundred articles), then bulk inserts up to the requested number of articles in
// ru/ky/en, with stories (translations), tags, bylines and view counts, at a constant number of
// articles a day going back from now. The text comes from the demo generator's planned articles,
// cycled with new ids and dates (bench/seed-rows.ts). The dialects: bench/seed-sqlite.ts and
// bench/seed-postgres.ts. A database seeded with the same articles, articles a day and seeder version
// is reused (BENCH_RESEED=1 forces a rebuild).
import { seedPostgres } from './seed-postgres.js';
import { seedSqlite } from './seed-sqlite.js';
import { migrateOnly, type SeedOptions, type SeedResult } from './seed-common.js';

export type { SeedOptions, SeedPhases, SeedResult } from './seed-common.js';
export { describePhases } from './seed-common.js';

export async function seedBench(opts: SeedOptions): Promise<SeedResult> {
  if (!Number.isSafeInteger(opts.articles) || opts.articles < 1) throw new Error('BENCH_ARTICLES must be a positive whole number');
  if (!Number.isSafeInteger(opts.perDay) || opts.perDay < 1) throw new Error('BENCH_ARTICLES_PER_DAY must be a positive whole number');
  const result = await (opts.dialect === 'sqlite' ? seedSqlite(opts) : seedPostgres(opts));
  // A reused database gets the migrations written since it was seeded, as a server applies them when
  // it starts; `--plans` starts none, and read the old schema.
  if (result.reused) await migrateOnly(opts);
  return result;
}
