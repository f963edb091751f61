// Rubrics, tags and authors as the public site sees them: per-language names and slugs.
import type { Kysely } from 'kysely';
import type { AuthorRef, RubricRef, TagRef } from '../domain/article.js';
import type { Lang } from '../domain/lang.js';
import type { Database } from './schema.js';

export interface RubricWithSlugs extends RubricRef {
  /** this rubric's slug in every language, for the language switch */
  slugs: Partial<Record<Lang, string>>;
}

export class TaxonomyReader {
  constructor(private readonly db: Kysely<Database>) {}

  /** Menu order. */
  async rubrics(lang: Lang): Promise<RubricRef[]> {
    return this.db
      .selectFrom('rubrics as r')
      .innerJoin('rubric_i18n as n', (j) => j.onRef('n.rubric_id', '=', 'r.id').on('n.lang', '=', lang))
      .orderBy('r.position')
      .orderBy('r.id')
      .select(['r.id', 'n.name', 'n.slug'])
      .execute();
  }

  async rubricBySlug(lang: Lang, slug: string): Promise<RubricWithSlugs | null> {
    const row = await this.db
      .selectFrom('rubric_i18n')
      .where('lang', '=', lang)
      .where('slug', '=', slug)
      .select(['rubric_id as id', 'name', 'slug'])
      .executeTakeFirst();
    if (!row) return null;
    const all = await this.db.selectFrom('rubric_i18n').where('rubric_id', '=', row.id).select(['lang', 'slug']).execute();
    return { ...row, slugs: Object.fromEntries(all.map((r) => [r.lang, r.slug])) };
  }

  async tagBySlug(lang: Lang, slug: string): Promise<(TagRef & { slugs: Partial<Record<Lang, string>> }) | null> {
    const row = await this.db
      .selectFrom('tag_i18n')
      .where('lang', '=', lang)
      .where('slug', '=', slug)
      .select(['tag_id as id', 'name', 'slug'])
      .executeTakeFirst();
    if (!row) return null;
    const all = await this.db.selectFrom('tag_i18n').where('tag_id', '=', row.id).select(['lang', 'slug']).execute();
    return { ...row, slugs: Object.fromEntries(all.map((r) => [r.lang, r.slug])) };
  }

  async authorBySlug(lang: Lang, slug: string): Promise<(AuthorRef & { bio: string | null }) | null> {
    const row = await this.db
      .selectFrom('authors as a')
      .innerJoin('author_i18n as n', (j) => j.onRef('n.author_id', '=', 'a.id').on('n.lang', '=', lang))
      .where('a.slug', '=', slug)
      .select(['a.id', 'a.slug', 'n.name', 'n.bio'])
      .executeTakeFirst();
    return row ?? null;
  }
}
