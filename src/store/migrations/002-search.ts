// Site search (docs/decisions/005-search.md): the articles' index forms in two columns, filled by the
// application (src/domain/search), and the full-text index over them that the database keeps in sync
// itself, in the same transaction as every write of an article:
//   SQLite      an FTS5 external-content table, maintained by triggers on articles;
//   PostgreSQL  a tsvector column, set by a BEFORE trigger, with a GIN index.
import { sql, type Kysely } from 'kysely';
import { articleSearchColumns } from '../../domain/search/index.js';
import type { MigrationContext } from './index.js';

const BATCH = 500;

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.schema.alterTable('articles').addColumn('search_title', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('articles').addColumn('search_text', 'text', (c) => c.notNull().defaultTo('')).execute();

  if (dialect === 'postgres') {
    await sql`ALTER TABLE articles ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector`.execute(db);
    await sql`
      CREATE FUNCTION articles_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := setweight(to_tsvector('simple'::regconfig, coalesce(NEW.search_title, '')), 'A')
          || setweight(to_tsvector('simple'::regconfig, coalesce(NEW.search_text, '')), 'B');
        RETURN NEW;
      END
      $$`.execute(db);
    // On every insert (whatever the writer sends for search_vector) and on updates of the text.
    await sql`
      CREATE TRIGGER articles_search_vector BEFORE INSERT OR UPDATE OF search_title, search_text, search_vector ON articles
      FOR EACH ROW EXECUTE FUNCTION articles_search_vector()`.execute(db);
  }

  // Backfill the rows already there (triggers above fill search_vector; FTS5 is built in one go below).
  const backfill = async (q: Kysely<any>, after: number): Promise<number | null> => {
    const rows = await q.selectFrom('articles').select(['id', 'lang', 'headline', 'lead', 'body']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    for (const r of rows) await q.updateTable('articles').set(articleSearchColumns(r)).where('id', '=', r.id).execute();
    return rows.length ? rows[rows.length - 1].id : null;
  };
  let after: number | null = 0;
  while (after !== null) {
    const from: number = after;
    // SQLite runs migrations outside a transaction: one per batch keeps the backfill fast.
    after = dialect === 'sqlite' ? await db.transaction().execute((trx) => backfill(trx, from)) : await backfill(db, from);
  }

  if (dialect === 'postgres') {
    await sql`CREATE INDEX articles_search ON articles USING gin (search_vector)`.execute(db);
    return;
  }

  await sql`
    CREATE VIRTUAL TABLE articles_fts USING fts5(
      search_title, search_text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
    )`.execute(db);
  await sql`
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts (rowid, search_title, search_text) VALUES (new.id, new.search_title, new.search_text);
    END`.execute(db);
  await sql`
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
      INSERT INTO articles_fts (articles_fts, rowid, search_title, search_text) VALUES ('delete', old.id, old.search_title, old.search_text);
    END`.execute(db);
  await sql`
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF search_title, search_text ON articles BEGIN
      INSERT INTO articles_fts (articles_fts, rowid, search_title, search_text) VALUES ('delete', old.id, old.search_title, old.search_text);
      INSERT INTO articles_fts (rowid, search_title, search_text) VALUES (new.id, new.search_title, new.search_text);
    END`.execute(db);
  await sql`INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')`.execute(db);
  // Every match is checked against its articles row (published? which language, rubric, date?). The
  // row itself is wide (the body comes before status and published_at), so the search reads these
  // columns from a narrow covering index instead (src/store/search.ts names it with INDEXED BY).
  await sql`CREATE INDEX articles_search_filter ON articles (id, lang, status, published_at, rubric_id)`.execute(db);
}

export async function down(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') {
    await sql`DROP TRIGGER IF EXISTS articles_search_vector ON articles`.execute(db);
    await sql`DROP FUNCTION IF EXISTS articles_search_vector()`.execute(db);
    await sql`DROP INDEX IF EXISTS articles_search`.execute(db);
    await sql`ALTER TABLE articles DROP COLUMN search_vector`.execute(db);
  } else {
    for (const t of ['articles_fts_insert', 'articles_fts_delete', 'articles_fts_update']) await sql`DROP TRIGGER IF EXISTS ${sql.id(t)}`.execute(db);
    await sql`DROP TABLE IF EXISTS articles_fts`.execute(db);
    await sql`DROP INDEX IF EXISTS articles_search_filter`.execute(db);
  }
  await db.schema.alterTable('articles').dropColumn('search_text').execute();
  await db.schema.alterTable('articles').dropColumn('search_title').execute();
}
