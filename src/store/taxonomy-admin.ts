// Rubric and tag administration for the newsroom: per-language names and slugs, menu order, usage
// counts, renames that keep old public addresses working (slug_redirects, migration 005), tag
// merges and deletes. The public site reads the same tables per request (src/store/taxonomy.ts).
import { sql } from 'kysely';
import type { Dialect } from '../config.js';
import { slugify } from '../i18n/slug.js';
import { likeContains } from './like.js';
import type { Store } from './db.js';
import {
  asDb,
  TaxonomyConflict,
  type Db,
  type MergeResult,
  type Names,
  type RubricAdminRow,
  type TagAdmin,
  type TagListQuery,
  type TagListRow,
  type TaxonomyKind,
  type Trx,
} from './taxonomy-types.js';

// The pages and the public site import these from here.
export * from './taxonomy-types.js';


function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || /UNIQUE constraint failed/i.test(e?.message ?? '');
}

export class TaxonomyAdminStore {
  private readonly db: Db;
  private readonly dialect: Dialect;

  constructor(store: Pick<Store, 'db' | 'dialect'>) {
    this.db = asDb(store.db);
    this.dialect = store.dialect;
  }

  // ----- rubrics -----

  /** Every rubric in menu order with its names in every language and how many articles use it. */
  async rubrics(): Promise<RubricAdminRow[]> {
    const [rubrics, names, usage] = await Promise.all([
      this.db.selectFrom('rubrics').select(['id', 'position']).orderBy('position').orderBy('id').execute(),
      this.db.selectFrom('rubric_i18n').select(['rubric_id', 'lang', 'name', 'slug']).execute(),
      this.db
        .selectFrom('articles')
        .where('rubric_id', 'is not', null)
        .groupBy('rubric_id')
        .select((eb) => [
          'rubric_id',
          eb.fn.countAll<number>().as('n'),
          eb.fn.sum<number>(eb.case().when('status', '=', 'trashed').then(1).else(0).end()).as('trashed'),
        ])
        .execute(),
    ]);
    const byRubric = new Map<number, Names>();
    for (const n of names) {
      const m = byRubric.get(n.rubric_id) ?? {};
      m[n.lang] = { name: n.name, slug: n.slug };
      byRubric.set(n.rubric_id, m);
    }
    const used = new Map(usage.map((u) => [Number(u.rubric_id), { n: Number(u.n), trashed: Number(u.trashed ?? 0) }]));
    return rubrics.map((r) => ({
      id: r.id,
      position: Number(r.position),
      names: byRubric.get(r.id) ?? {},
      articles: used.get(r.id)?.n ?? 0,
      trashed: used.get(r.id)?.trashed ?? 0,
    }));
  }

  async rubric(id: number): Promise<RubricAdminRow | null> {
    return (await this.rubrics()).find((r) => r.id === id) ?? null;
  }

  /** Languages (of those given) in which `slug` already belongs to another rubric. */
  async rubricSlugsTaken(slugs: Record<string, string>, exceptId: number | null): Promise<string[]> {
    return this.slugsTaken('rubric_i18n', 'rubric_id', slugs, exceptId);
  }

  async tagSlugsTaken(slugs: Record<string, string>, exceptId: number | null): Promise<string[]> {
    return this.slugsTaken('tag_i18n', 'tag_id', slugs, exceptId);
  }

  private async slugsTaken(table: 'rubric_i18n' | 'tag_i18n', idColumn: 'rubric_id' | 'tag_id', slugs: Record<string, string>, exceptId: number | null): Promise<string[]> {
    const taken: string[] = [];
    for (const [lang, slug] of Object.entries(slugs)) {
      if (!slug) continue;
      // the two tables have the same shape; Kysely cannot express "either table" without a cast
      const q = this.db.selectFrom(table as 'rubric_i18n').where('lang', '=', lang).where('slug', '=', slug).select(`${idColumn as 'rubric_id'} as id`);
      const row = await q.executeTakeFirst();
      if (row && row.id !== exceptId) taken.push(lang);
    }
    return taken;
  }

  /** A new rubric at the end of the menu. */
  async createRubric(names: Names, now: number): Promise<number> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const max = await trx.selectFrom('rubrics').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
        const position = Number(max?.p ?? -1) + 1;
        const { id } = await trx.insertInto('rubrics').values({ position, created_at: now }).returning('id').executeTakeFirstOrThrow();
        await trx
          .insertInto('rubric_i18n')
          .values(Object.entries(names).map(([lang, n]) => ({ rubric_id: id, lang, name: n.name, slug: n.slug })))
          .execute();
        // a slug that used to redirect elsewhere now belongs to this rubric
        await this.dropRedirects(trx, 'rubric', names);
        return id;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new TaxonomyConflict('Another rubric took one of these slugs a moment ago. Choose another.');
      throw err;
    }
  }

  /**
   * New names and slugs for a rubric. Old slugs that changed keep redirecting to the rubric.
   * Returns the languages whose slug changed, with the old and new slugs.
   */
  async updateRubric(id: number, names: Names, now: number): Promise<Array<{ lang: string; from: string; to: string }>> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const old = await trx.selectFrom('rubric_i18n').where('rubric_id', '=', id).select(['lang', 'name', 'slug']).execute();
        const changed: Array<{ lang: string; from: string; to: string }> = [];
        for (const [lang, n] of Object.entries(names)) {
          const was = old.find((o) => o.lang === lang);
          if (was) {
            if (was.name === n.name && was.slug === n.slug) continue;
            await trx.updateTable('rubric_i18n').set({ name: n.name, slug: n.slug }).where('rubric_id', '=', id).where('lang', '=', lang).execute();
            if (was.slug !== n.slug) changed.push({ lang, from: was.slug, to: n.slug });
          } else {
            await trx.insertInto('rubric_i18n').values({ rubric_id: id, lang, name: n.name, slug: n.slug }).execute();
          }
        }
        await this.dropRedirects(trx, 'rubric', names);
        for (const c of changed) await this.addRedirect(trx, 'rubric', c.lang, c.from, id, now);
        return changed;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new TaxonomyConflict('Another rubric took one of these slugs a moment ago. Choose another.');
      throw err;
    }
  }

  /** Moves a rubric one place up or down the menu; false when it is already first or last. */
  async moveRubric(id: number, direction: 'up' | 'down'): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const ids = (await trx.selectFrom('rubrics').select('id').orderBy('position').orderBy('id').execute()).map((r) => r.id);
      const at = ids.indexOf(id);
      const to = direction === 'up' ? at - 1 : at + 1;
      if (at < 0 || to < 0 || to >= ids.length) return false;
      [ids[at], ids[to]] = [ids[to], ids[at]];
      // positions become 0…n-1 in the new order (this also mends equal or sparse positions)
      for (let i = 0; i < ids.length; i++) await trx.updateTable('rubrics').set({ position: i }).where('id', '=', ids[i]).execute();
      return true;
    });
  }

  /** Deletes a rubric no article uses; throws TaxonomyConflict (with the count) otherwise. */
  async deleteRubric(id: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const used = await trx.selectFrom('articles').where('rubric_id', '=', id).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      const n = Number(used?.n ?? 0);
      if (n > 0) throw new TaxonomyConflict(`${n} ${n === 1 ? 'article uses' : 'articles use'} this rubric.`);
      await trx.deleteFrom('slug_redirects').where('kind', '=', 'rubric').where('target_id', '=', id).execute();
      await trx.deleteFrom('rubric_i18n').where('rubric_id', '=', id).execute();
      await trx.deleteFrom('rubrics').where('id', '=', id).execute();
    });
  }

  // ----- tags -----

  /** Tags named in `lang`, with article counts, filtered by a search over name and slug. */
  async tags(query: TagListQuery): Promise<{ items: TagListRow[]; total: number }> {
    const { lang } = query;
    const q = (query.q ?? '').trim().slice(0, 100);
    let base = this.db.selectFrom('tag_i18n as n').where('n.lang', '=', lang);
    if (q) {
      const like = this.dialect === 'postgres' ? 'ilike' : 'like';
      const pattern = likeContains(q.toLowerCase());
      const slug = slugLike(q);
      base = base.where((eb) =>
        eb.or([
          sql<boolean>`unicode_lower(${eb.ref('n.name')}) ${sql.raw(like)} ${pattern} ESCAPE '\\'`,
          ...(slug ? [sql<boolean>`${eb.ref('n.slug')} LIKE ${likeContains(slug)} ESCAPE '\\'`] : []),
        ]),
      );
    }
    const totalRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    const counted = base
      .leftJoin('article_tags as at', 'at.tag_id', 'n.tag_id')
      .leftJoin('articles as a', (j) => j.onRef('a.id', '=', 'at.article_id').on('a.lang', '=', lang).on('a.status', '!=', 'trashed'))
      .groupBy(['n.tag_id', 'n.name', 'n.slug'])
      .select((eb) => ['n.tag_id as id', 'n.name', 'n.slug', eb.fn.count<number>('a.id').as('count'), eb.fn.count<number>('at.article_id').as('total')]);
    const ordered =
      query.sort === 'count'
        ? counted.orderBy(sql`count(a.id)`, 'desc').orderBy('n.name').orderBy('n.tag_id')
        : counted.orderBy('n.name').orderBy('n.tag_id');
    const rows = await ordered.limit(query.limit).offset(query.offset).execute();
    const langs = rows.length
      ? await this.db.selectFrom('tag_i18n').where('tag_id', 'in', rows.map((r) => r.id)).select(['tag_id', 'lang']).execute()
      : [];
    return {
      total: Number(totalRow?.n ?? 0),
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        slug: r.slug,
        count: Number(r.count),
        total: Number(r.total),
        langs: langs.filter((l) => l.tag_id === r.id).map((l) => l.lang),
      })),
    };
  }

  async tag(id: number): Promise<TagAdmin | null> {
    const exists = await this.db.selectFrom('tags').where('id', '=', id).select('id').executeTakeFirst();
    if (!exists) return null;
    const [names, counts, total] = await Promise.all([
      this.db.selectFrom('tag_i18n').where('tag_id', '=', id).select(['lang', 'name', 'slug']).execute(),
      this.db
        .selectFrom('article_tags as at')
        .innerJoin('articles as a', 'a.id', 'at.article_id')
        .where('at.tag_id', '=', id)
        .where('a.status', '!=', 'trashed')
        .groupBy('a.lang')
        .select((eb) => ['a.lang', eb.fn.countAll<number>().as('n')])
        .execute(),
      this.db.selectFrom('article_tags').where('tag_id', '=', id).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return {
      id,
      names: Object.fromEntries(names.map((n) => [n.lang, { name: n.name, slug: n.slug }])),
      counts: Object.fromEntries(counts.map((c) => [c.lang, Number(c.n)])),
      total: Number(total?.n ?? 0),
    };
  }

  /** Articles that carry both tags. */
  async sharedArticles(a: number, b: number): Promise<number> {
    const row = await this.db
      .selectFrom('article_tags as x')
      .innerJoin('article_tags as y', (j) => j.onRef('y.article_id', '=', 'x.article_id').on('y.tag_id', '=', b))
      .where('x.tag_id', '=', a)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * New names and slugs for a tag. Languages present in `names` are written (added when the tag had
   * no name there); a changed slug keeps redirecting to the tag.
   */
  async updateTag(id: number, names: Names, now: number): Promise<Array<{ lang: string; from: string; to: string }>> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const old = await trx.selectFrom('tag_i18n').where('tag_id', '=', id).select(['lang', 'name', 'slug']).execute();
        const changed: Array<{ lang: string; from: string; to: string }> = [];
        for (const [lang, n] of Object.entries(names)) {
          const was = old.find((o) => o.lang === lang);
          if (was) {
            if (was.name === n.name && was.slug === n.slug) continue;
            await trx.updateTable('tag_i18n').set({ name: n.name, slug: n.slug }).where('tag_id', '=', id).where('lang', '=', lang).execute();
            if (was.slug !== n.slug) changed.push({ lang, from: was.slug, to: n.slug });
          } else {
            await trx.insertInto('tag_i18n').values({ tag_id: id, lang, name: n.name, slug: n.slug }).execute();
          }
        }
        await this.dropRedirects(trx, 'tag', names);
        for (const c of changed) await this.addRedirect(trx, 'tag', c.lang, c.from, id, now);
        return changed;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new TaxonomyConflict('Another tag took one of these slugs a moment ago. Choose another.');
      throw err;
    }
  }

  /**
   * Merges tag `fromId` into `intoId`: every article of the first gets the second (once), the first
   * is deleted, and its public addresses lead to the second. Where the target has no name in a
   * language the merged tag had, it takes over that name and slug.
   */
  async mergeTags(fromId: number, intoId: number, now: number): Promise<MergeResult> {
    if (fromId === intoId) throw new TaxonomyConflict('A tag cannot be merged into itself.');
    return this.db.transaction().execute(async (trx) => {
      const both = await trx.selectFrom('tags').where('id', 'in', [fromId, intoId]).select('id').execute();
      if (both.length !== 2) throw new TaxonomyConflict('One of the two tags no longer exists.');
      const links = await trx.selectFrom('article_tags').where('tag_id', '=', fromId).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      const res = await trx
        .insertInto('article_tags')
        .columns(['article_id', 'tag_id', 'position'])
        .expression(
          trx
            .selectFrom('article_tags as x')
            .where('x.tag_id', '=', fromId)
            .where((eb) => eb.not(eb.exists(eb.selectFrom('article_tags as y').whereRef('y.article_id', '=', 'x.article_id').where('y.tag_id', '=', intoId).select('y.article_id'))))
            .select(['x.article_id', sql<number>`cast(${intoId} as integer)`.as('tag_id'), 'x.position']),
        )
        .executeTakeFirst();
      const moved = Number(res.numInsertedOrUpdatedRows ?? 0n);
      await trx.deleteFrom('article_tags').where('tag_id', '=', fromId).execute();

      const fromNames = await trx.selectFrom('tag_i18n').where('tag_id', '=', fromId).select(['lang', 'slug']).execute();
      const intoLangs = new Set((await trx.selectFrom('tag_i18n').where('tag_id', '=', intoId).select('lang').execute()).map((r) => r.lang));
      const adoptedLangs: string[] = [];
      for (const n of fromNames) {
        if (intoLangs.has(n.lang)) {
          await trx.deleteFrom('tag_i18n').where('tag_id', '=', fromId).where('lang', '=', n.lang).execute();
          await this.addRedirect(trx, 'tag', n.lang, n.slug, intoId, now);
        } else {
          await trx.updateTable('tag_i18n').set({ tag_id: intoId }).where('tag_id', '=', fromId).where('lang', '=', n.lang).execute();
          adoptedLangs.push(n.lang);
        }
      }
      await trx.updateTable('slug_redirects').set({ target_id: intoId }).where('kind', '=', 'tag').where('target_id', '=', fromId).execute();
      await trx.deleteFrom('tags').where('id', '=', fromId).execute();
      const total = Number(links?.n ?? 0);
      return { moved, duplicates: total - moved, adoptedLangs };
    });
  }

  /** Deletes a tag no article uses (in any language or status); throws TaxonomyConflict otherwise. */
  async deleteTag(id: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const used = await trx.selectFrom('article_tags').where('tag_id', '=', id).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      const n = Number(used?.n ?? 0);
      if (n > 0) throw new TaxonomyConflict(`${n} ${n === 1 ? 'article uses' : 'articles use'} this tag.`);
      await trx.deleteFrom('slug_redirects').where('kind', '=', 'tag').where('target_id', '=', id).execute();
      await trx.deleteFrom('tag_i18n').where('tag_id', '=', id).execute();
      await trx.deleteFrom('tags').where('id', '=', id).execute();
    });
  }

  // ----- redirects -----

  /** Old slugs of a rubric or tag that still lead to it, per language. */
  async redirectsTo(kind: TaxonomyKind, id: number): Promise<Array<{ lang: string; slug: string }>> {
    return this.db.selectFrom('slug_redirects').where('kind', '=', kind).where('target_id', '=', id).select(['lang', 'slug']).orderBy('lang').orderBy('created_at', 'desc').execute();
  }

  private async addRedirect(trx: Trx, kind: TaxonomyKind, lang: string, slug: string, targetId: number, now: number): Promise<void> {
    await trx
      .insertInto('slug_redirects')
      .values({ kind, lang, slug, target_id: targetId, created_at: now })
      .onConflict((oc) => oc.columns(['kind', 'lang', 'slug']).doUpdateSet({ target_id: targetId, created_at: now }))
      .execute();
  }

  /** Slugs now in use are live addresses, not redirects. */
  private async dropRedirects(trx: Trx, kind: TaxonomyKind, names: Names): Promise<void> {
    for (const [lang, n] of Object.entries(names)) {
      await trx.deleteFrom('slug_redirects').where('kind', '=', kind).where('lang', '=', lang).where('slug', '=', n.slug).execute();
    }
  }
}

/** What a search text looks like in a slug ("Выборы 2024" -> "vybory-2024"), or '' when nothing is left. */
function slugLike(text: string): string {
  const s = slugify(text, 100);
  return s === 'news' && !/news/i.test(text) ? '' : s;
}
