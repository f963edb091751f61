// Listings whose cost does not grow with the archive (issue 7, decision 013).
//
// A tag or author page listed its articles by probing every article of the tag and sorting them
// (111 ms at a million articles for a tag on 154 000 of them), and "page N of M" counted them all
// each time (rubric pages too). Now:
//   - article_tags and article_authors carry the article's `lang` and `listed_at` (its publishing time
//     while it is published, else NULL), so a page is one range of a (key, lang, listed_at) index;
//   - listing_counts holds the number of published articles per rubric, tag and author and language.
// Both are kept by triggers, in the writing transaction, whoever writes: the newsroom, the scheduler,
// the demo loader, an import. `recountListings` (src/store/listings.ts) rebuilds the counts in one
// statement; the benchmark seeder uses it after a bulk load.
import { sql, type Kysely } from 'kysely';
import { recountListings } from '../listings.js';
import type { MigrationContext } from './index.js';

/** The link tables that get a listing, with their key column and the list's name in listing_counts. */
export const LISTED_LINKS = [
  { table: 'article_tags', key: 'tag_id', list: 'tag' },
  { table: 'article_authors', key: 'author_id', list: 'author' },
] as const;

/** PostgreSQL advisory lock key of the count updates (any number of our own; "LIST" in ASCII). */
export const LISTING_LOCK = 0x4c495354;

/** Names of the triggers, for the seeder that drops them during a bulk load. */
export const LISTING_TRIGGER_PREFIX = 'listing_';

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('listing_counts')
    .addColumn('list', 'text', (c) => c.notNull()) // 'rubric' | 'tag' | 'author'
    .addColumn('key_id', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('listing_counts_pk', ['list', 'key_id', 'lang'])
    .execute();

  for (const { table, key } of LISTED_LINKS) {
    await db.schema.alterTable(table).addColumn('lang', 'text').execute();
    await db.schema.alterTable(table).addColumn('listed_at', 'bigint').execute();
    await sql`
      UPDATE ${sql.table(table)} SET
        lang = (SELECT a.lang FROM articles a WHERE a.id = ${sql.ref(`${table}.article_id`)}),
        listed_at = (SELECT CASE WHEN a.status = 'published' THEN a.published_at END FROM articles a WHERE a.id = ${sql.ref(`${table}.article_id`)})`.execute(db);
    await db.schema.createIndex(`${table}_listing`).on(table).columns([key, 'lang', 'listed_at', 'article_id']).execute();
  }
  await recountListings(db);
  if (dialect === 'postgres') await postgresTriggers(db);
  else await sqliteTriggers(db);
}

async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const add = (list: string, key: string, lang: string, when: string) => `
    INSERT INTO listing_counts (list, key_id, lang, n) SELECT '${list}', ${key}, ${lang}, 1 WHERE ${when}
      ON CONFLICT (list, key_id, lang) DO UPDATE SET n = n + 1;`;
  const remove = (list: string, key: string, lang: string, when: string) => `
    UPDATE listing_counts SET n = n - 1 WHERE ${when} AND list = '${list}' AND key_id = ${key} AND lang = ${lang};`;
  const listedAt = `CASE WHEN NEW.status = 'published' THEN NEW.published_at END`;

  // Rubric counts follow the article itself.
  await sql.raw(`CREATE TRIGGER listing_rubric_insert AFTER INSERT ON articles BEGIN
    ${add('rubric', 'NEW.rubric_id', 'NEW.lang', `NEW.status = 'published' AND NEW.rubric_id IS NOT NULL`)}
  END`).execute(db);
  await sql.raw(`CREATE TRIGGER listing_rubric_delete AFTER DELETE ON articles BEGIN
    ${remove('rubric', 'OLD.rubric_id', 'OLD.lang', `OLD.status = 'published'`)}
  END`).execute(db);
  await sql.raw(`CREATE TRIGGER listing_rubric_update AFTER UPDATE OF status, rubric_id, lang ON articles BEGIN
    ${remove('rubric', 'OLD.rubric_id', 'OLD.lang', `OLD.status = 'published'`)}
    ${add('rubric', 'NEW.rubric_id', 'NEW.lang', `NEW.status = 'published' AND NEW.rubric_id IS NOT NULL`)}
  END`).execute(db);

  // An article's language, status or time reach its link rows (only those that differ).
  const linkUpdates = LISTED_LINKS.map(
    ({ table }) => `UPDATE ${table} SET lang = NEW.lang, listed_at = ${listedAt}
      WHERE article_id = NEW.id AND (lang IS NOT NEW.lang OR listed_at IS NOT ${listedAt});`,
  ).join('\n');
  await sql.raw(`CREATE TRIGGER listing_article_links AFTER UPDATE OF status, published_at, lang ON articles BEGIN ${linkUpdates} END`).execute(db);

  for (const { table, key, list } of LISTED_LINKS) {
    // SQLite cannot change NEW in a trigger: the new row counts as it came, then takes the article's
    // values, and the update trigger below moves the count if they differ.
    await sql.raw(`CREATE TRIGGER listing_${list}_insert AFTER INSERT ON ${table} BEGIN
      ${add(list, `NEW.${key}`, 'NEW.lang', 'NEW.listed_at IS NOT NULL')}
      UPDATE ${table} SET
        lang = (SELECT a.lang FROM articles a WHERE a.id = NEW.article_id),
        listed_at = (SELECT CASE WHEN a.status = 'published' THEN a.published_at END FROM articles a WHERE a.id = NEW.article_id)
      WHERE article_id = NEW.article_id AND ${key} = NEW.${key};
    END`).execute(db);
    await sql.raw(`CREATE TRIGGER listing_${list}_update AFTER UPDATE OF ${key}, lang, listed_at ON ${table} BEGIN
      ${remove(list, `OLD.${key}`, 'OLD.lang', 'OLD.listed_at IS NOT NULL')}
      ${add(list, `NEW.${key}`, 'NEW.lang', 'NEW.listed_at IS NOT NULL')}
    END`).execute(db);
    await sql.raw(`CREATE TRIGGER listing_${list}_delete AFTER DELETE ON ${table} BEGIN
      ${remove(list, `OLD.${key}`, 'OLD.lang', 'OLD.listed_at IS NOT NULL')}
    END`).execute(db);
  }
}

async function postgresTriggers(db: Kysely<any>): Promise<void> {
  // Every change of a count goes through here. Two transactions that each touch several counts (two
  // stories retagged or published at once, sharing tags) could lock them in opposite orders and
  // deadlock; the transaction-wide advisory lock taken first makes them queue instead. Writes that
  // change a count are a few a minute in a newsroom, so queueing them costs nothing readers see.
  await sql.raw(`CREATE FUNCTION listing_count_add(p_list text, p_key bigint, p_lang text, p_delta integer) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(${LISTING_LOCK});
    INSERT INTO listing_counts (list, key_id, lang, n) VALUES (p_list, p_key, p_lang, p_delta)
    ON CONFLICT (list, key_id, lang) DO UPDATE SET n = listing_counts.n + EXCLUDED.n
  $$`).execute(db);

  const linkUpdates = LISTED_LINKS.map(
    ({ table }) => `UPDATE ${table} SET lang = NEW.lang, listed_at = listed
      WHERE article_id = NEW.id AND (lang IS DISTINCT FROM NEW.lang OR listed_at IS DISTINCT FROM listed);`,
  ).join('\n');
  await sql.raw(`CREATE FUNCTION listing_article() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE listed bigint;
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        IF OLD.status = 'published' AND OLD.rubric_id IS NOT NULL THEN PERFORM listing_count_add('rubric', OLD.rubric_id, OLD.lang, -1); END IF;
      END IF;
      IF TG_OP <> 'DELETE' THEN
        IF NEW.status = 'published' AND NEW.rubric_id IS NOT NULL THEN PERFORM listing_count_add('rubric', NEW.rubric_id, NEW.lang, 1); END IF;
      END IF;
      IF TG_OP = 'UPDATE' THEN
        listed := CASE WHEN NEW.status = 'published' THEN NEW.published_at END;
        ${linkUpdates}
      END IF;
      RETURN NULL;
    END $$`).execute(db);
  await sql.raw(`CREATE TRIGGER listing_article AFTER INSERT OR DELETE OR UPDATE OF status, rubric_id, lang, published_at ON articles
    FOR EACH ROW EXECUTE FUNCTION listing_article()`).execute(db);

  for (const { table, key, list } of LISTED_LINKS) {
    // A new link row takes the article's language and time before it is written.
    await sql.raw(`CREATE FUNCTION listing_${list}_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT a.lang, CASE WHEN a.status = 'published' THEN a.published_at END INTO NEW.lang, NEW.listed_at FROM articles a WHERE a.id = NEW.article_id;
        RETURN NEW;
      END $$`).execute(db);
    await sql.raw(`CREATE TRIGGER listing_${list}_fill BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION listing_${list}_fill()`).execute(db);
    await sql.raw(`CREATE FUNCTION listing_${list}_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          IF OLD.listed_at IS NOT NULL THEN PERFORM listing_count_add('${list}', OLD.${key}, OLD.lang, -1); END IF;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          IF NEW.listed_at IS NOT NULL THEN PERFORM listing_count_add('${list}', NEW.${key}, NEW.lang, 1); END IF;
        END IF;
        RETURN NULL;
      END $$`).execute(db);
    await sql.raw(`CREATE TRIGGER listing_${list}_count AFTER INSERT OR DELETE OR UPDATE OF ${key}, lang, listed_at ON ${table}
      FOR EACH ROW EXECUTE FUNCTION listing_${list}_count()`).execute(db);
  }
}

export async function down(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') {
    await sql`DROP TRIGGER IF EXISTS listing_article ON articles`.execute(db);
    await sql`DROP FUNCTION IF EXISTS listing_article()`.execute(db);
    for (const { table, list } of LISTED_LINKS) {
      await sql.raw(`DROP TRIGGER IF EXISTS listing_${list}_fill ON ${table}`).execute(db);
      await sql.raw(`DROP TRIGGER IF EXISTS listing_${list}_count ON ${table}`).execute(db);
      await sql.raw(`DROP FUNCTION IF EXISTS listing_${list}_fill()`).execute(db);
      await sql.raw(`DROP FUNCTION IF EXISTS listing_${list}_count()`).execute(db);
    }
    await sql`DROP FUNCTION IF EXISTS listing_count_add(text, bigint, text, integer)`.execute(db);
  } else {
    const triggers = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'listing\\_%' ESCAPE '\\'`.execute(db);
    for (const { name } of triggers.rows) await sql`DROP TRIGGER ${sql.id(name)}`.execute(db);
  }
  for (const { table } of LISTED_LINKS) {
    await db.schema.dropIndex(`${table}_listing`).execute();
    await db.schema.alterTable(table).dropColumn('listed_at').execute();
    await db.schema.alterTable(table).dropColumn('lang').execute();
  }
  await db.schema.dropTable('listing_counts').execute();
}
