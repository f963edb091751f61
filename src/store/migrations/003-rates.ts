// Exchange-rate ingestion (issue 4): rates per source and base currency with the published nominal
// and value, editors' corrections (append-only, the newest wins) and the fetcher's state per source.
// The existing rows (the demo history, source "demo") are kept: they become KGS rates quoted per 1 unit.
import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.schema.alterTable('currency_rates').renameTo('currency_rates_v1').execute();
  await db.schema
    .createTable('currency_rates')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('base', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('nominal', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('value', sql`double precision`, (c) => c.notNull())
    .addColumn('rate', sql`double precision`, (c) => c.notNull())
    .addColumn('file_date', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('currency_rates_source_pk', ['source', 'date', 'code'])
    .execute();
  await db.schema.createIndex('currency_rates_base_code_date').on('currency_rates').columns(['base', 'code', 'date']).execute();
  await db.schema.createIndex('currency_rates_base_date').on('currency_rates').columns(['base', 'date']).execute();
  await sql`INSERT INTO currency_rates (source, base, date, code, nominal, value, rate, file_date, fetched_at)
    SELECT source, 'KGS', date, code, 1, rate, rate, date, updated_at FROM currency_rates_v1`.execute(db);
  await db.schema.dropTable('currency_rates_v1').execute();

  const id = (t: any) =>
    dialect === 'postgres'
      ? t.addColumn('id', 'integer', (c: any) => c.primaryKey().generatedByDefaultAsIdentity())
      : t.addColumn('id', 'integer', (c: any) => c.primaryKey().autoIncrement());
  await id(db.schema.createTable('currency_rate_corrections'))
    .addColumn('base', 'text', (c: any) => c.notNull())
    .addColumn('date', 'text', (c: any) => c.notNull())
    .addColumn('code', 'text', (c: any) => c.notNull())
    .addColumn('rate', sql`double precision`, (c: any) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('corrected_by', 'text', (c: any) => c.notNull())
    .addColumn('corrected_at', 'bigint', (c: any) => c.notNull())
    .execute();
  await db.schema.createIndex('currency_rate_corrections_key').on('currency_rate_corrections').columns(['base', 'code', 'date']).execute();

  await db.schema
    .createTable('rate_fetch_state')
    .addColumn('source', 'text', (c) => c.primaryKey())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_attempt_at', 'bigint')
    .addColumn('last_success_at', 'bigint')
    .addColumn('last_error', 'text')
    .execute();
}
