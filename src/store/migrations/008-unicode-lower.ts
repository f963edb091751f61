// unicode_lower(text): lower case for every script, the same on both dialects. SQLite's own lower()
// folds ASCII only, so a library search for «бишкек» missed «Бишкек»; on SQLite the function is
// registered when the database is opened (src/store/db.ts), on PostgreSQL it is lower() itself.
import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`create or replace function unicode_lower(t text) returns text language sql immutable strict parallel safe as 'select lower(t)'`.execute(db);
}

export async function down(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`drop function if exists unicode_lower(text)`.execute(db);
}
