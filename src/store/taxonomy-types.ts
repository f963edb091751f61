// The rubric and tag administration's shapes, its refusals, and the old-address lookup the public
// site uses (slug_redirects, migration 005). The store itself is src/store/taxonomy-admin.ts.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Old public addresses of rubrics and tags: /{lang}/{kind}/{slug}/ now lives at the target's slug. */
export interface SlugRedirectsTable {
  kind: TaxonomyKind;
  lang: string;
  slug: string;
  target_id: number;
  created_at: number;
}

export type TaxonomyKind = 'rubric' | 'tag';

/** The shared schema plus the table this module adds. */
export type TaxonomyDatabase = Database & { slug_redirects: SlugRedirectsTable };

export type Db = Kysely<TaxonomyDatabase>;
export type Trx = Transaction<TaxonomyDatabase>;

export function asDb(db: Kysely<Database>): Db {
  return db as unknown as Db;
}

/** A name and slug in one language. */
export interface NameSlug {
  name: string;
  slug: string;
}

export type Names = Record<string, NameSlug>;

export interface RubricAdminRow {
  id: number;
  position: number;
  names: Names;
  /** articles of every language and status that use the rubric (trashed ones included) */
  articles: number;
  /** of which in the trash */
  trashed: number;
}

export interface TagListRow {
  id: number;
  name: string;
  slug: string;
  /** articles in the listed language (not trashed) */
  count: number;
  /** article links in every language and status: a tag is unused when this is 0 */
  total: number;
  /** languages the tag has a name in */
  langs: string[];
}

export interface TagAdmin {
  id: number;
  names: Names;
  /** articles per language (not trashed) */
  counts: Record<string, number>;
  /** article links in every language and status */
  total: number;
}

export interface TagListQuery {
  lang: string;
  q?: string;
  sort?: 'name' | 'count';
  limit: number;
  offset: number;
}

export interface MergeResult {
  /** links moved from the merged tag to the target */
  moved: number;
  /** articles that already had both tags (their link to the merged tag was dropped) */
  duplicates: number;
  /** languages whose name and slug moved over because the target had none */
  adoptedLangs: string[];
}

/** Refusals the pages turn into messages (a slug another rubric took meanwhile, a rubric still used). */
export class TaxonomyConflict extends Error {
  constructor(
    message: string,
    readonly field?: { lang: string; part: 'slug' | 'name' },
  ) {
    super(message);
  }
}

/** Where an old public address of a rubric or tag leads now: the target's current slug, or null. */
export async function slugRedirect(db: Kysely<Database>, kind: TaxonomyKind, lang: string, slug: string): Promise<string | null> {
  const d = asDb(db);
  const row = await d
    .selectFrom('slug_redirects as r')
    .where('r.kind', '=', kind)
    .where('r.lang', '=', lang)
    .where('r.slug', '=', slug)
    .select('r.target_id')
    .executeTakeFirst();
  if (!row) return null;
  const target =
    kind === 'rubric'
      ? await d.selectFrom('rubric_i18n').where('rubric_id', '=', row.target_id).where('lang', '=', lang).select('slug').executeTakeFirst()
      : await d.selectFrom('tag_i18n').where('tag_id', '=', row.target_id).where('lang', '=', lang).select('slug').executeTakeFirst();
  return target && target.slug !== slug ? target.slug : null;
}
