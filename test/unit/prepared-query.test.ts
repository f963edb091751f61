// Queries compiled once and run with new values (src/store/prepared.ts).
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedQuery } from '../../src/store/prepared.js';

interface Db {
  items: { id: number; lang: string; title: string };
}

const sqlite = new Database(':memory:');
sqlite.exec(`create table items (id integer primary key, lang text, title text);
  insert into items values (1, 'ru', 'один'), (2, 'en', 'two'), (3, 'ru', 'три'), (4, 'ru', 'четыре');`);
const executed: string[] = [];
const db = new Kysely<Db>({
  dialect: new SqliteDialect({ database: sqlite }),
  log: (e) => {
    executed.push(e.query.sql);
  },
});
afterAll(() => db.destroy());

describe('preparedQuery', () => {
  const byLang = preparedQuery(db, (v: { lang: string; limit: number; after: number }) =>
    db.selectFrom('items').where('lang', '=', v.lang).where('id', '>', v.after).orderBy('id').limit(v.limit).select(['id', 'title']),
  );

  it('runs one compiled statement with each call’s own values', async () => {
    executed.length = 0;
    expect(await byLang({ lang: 'ru', limit: 2, after: 0 })).toEqual([
      { id: 1, title: 'один' },
      { id: 3, title: 'три' },
    ]);
    expect(await byLang({ lang: 'ru', limit: 5, after: 1 })).toEqual([
      { id: 3, title: 'три' },
      { id: 4, title: 'четыре' },
    ]);
    expect(await byLang({ lang: 'en', limit: 5, after: 0 })).toEqual([{ id: 2, title: 'two' }]);
    expect(new Set(executed).size).toBe(1);
    expect(executed[0]).toContain('limit ?');
  });

  it('keeps constants written into the query', async () => {
    const firstRu = preparedQuery(db, (v: { after: number }) => db.selectFrom('items').where('lang', '=', 'ru').where('id', '>', v.after).orderBy('id').limit(1).select('id'));
    expect(await firstRu({ after: 1 })).toEqual([{ id: 3 }]);
    expect(await firstRu({ after: 3 })).toEqual([{ id: 4 }]);
  });

  it('refuses a call that lacks a value the query needs', async () => {
    const q = preparedQuery(db, (v: { lang: string; id: number }) => db.selectFrom('items').where('lang', '=', v.lang).where('id', '=', v.id).select('id'));
    await expect(q({ lang: 'ru' } as { lang: string; id: number })).rejects.toThrow(/no value for id/);
  });
});
