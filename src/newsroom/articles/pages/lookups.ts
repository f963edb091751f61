// Small read-only look-ups the article pages need around the service: choices for the form's selects
// (rubrics, bylines, tags), the cover thumbnail, and which article of a story is the original.
import type { Kysely } from 'kysely';
import type { Lang } from '../../../domain/lang.js';
import type { ArticleStatus, Database } from '../../../store/schema.js';

export interface Choice {
  id: number;
  name: string;
}

export interface CoverPreview {
  id: number;
  /** a small rendition's site path */
  src: string;
  width: number;
  height: number;
  alt: string | null;
}

export class PageLookups {
  constructor(private readonly db: Kysely<Database>) {}

  /** Rubrics in menu order, named in `lang` (falling back to any language). */
  async rubrics(lang: Lang): Promise<Choice[]> {
    const rows = await this.db
      .selectFrom('rubrics as r')
      .innerJoin('rubric_i18n as n', 'n.rubric_id', 'r.id')
      .select(['r.id', 'r.position', 'n.lang', 'n.name'])
      .orderBy('r.position')
      .orderBy('r.id')
      .execute();
    return pickNames(rows, lang);
  }

  /** Every byline, by name in `lang`. */
  async authors(lang: Lang): Promise<Choice[]> {
    const rows = await this.db.selectFrom('author_i18n').select(['author_id as id', 'lang', 'name']).execute();
    return pickNames(rows, lang).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Existing tag names in `lang`, for the tag field's suggestions. */
  async tagNames(lang: Lang, limit = 1000): Promise<string[]> {
    const rows = await this.db.selectFrom('tag_i18n').where('lang', '=', lang).select('name').orderBy('name').limit(limit).execute();
    return rows.map((r) => r.name);
  }

  async cover(id: number | null): Promise<CoverPreview | null> {
    if (id === null || !Number.isSafeInteger(id)) return null;
    const row = await this.db.selectFrom('images').where('id', '=', id).select(['id', 'file', 'width', 'height', 'variants', 'alt']).executeTakeFirst();
    if (!row) return null;
    let variants: Array<{ width: number; height: number; file: string; mime: string }> = [];
    try {
      variants = JSON.parse(row.variants);
    } catch {
      /* an image without renditions shows its original */
    }
    const small = variants.filter((v) => v.mime === 'image/jpeg' || v.mime === 'image/webp').sort((a, b) => a.width - b.width).find((v) => v.width >= 240);
    const pick = small ?? { file: row.file, width: row.width, height: row.height };
    return { id: row.id, src: `/media/${pick.file.split('/').map(encodeURIComponent).join('/')}`, width: pick.width, height: pick.height, alt: row.alt };
  }

  /**
   * The original of a translation: the earliest-created article of the story in another language, or
   * null when this article is itself the first.
   */
  async originalOf(article: { id: number; storyId: number; lang: Lang; createdAt: number }): Promise<number | null> {
    const first = await this.db
      .selectFrom('articles')
      .where('story_id', '=', article.storyId)
      .where('status', '!=', 'trashed')
      .select(['id', 'lang', 'created_at'])
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!first || first.id === article.id || first.lang === article.lang) return null;
    return first.id;
  }

  /** When each trashed article was deleted, by whom, and the status it will come back in. */
  async trashDetails(ids: number[]): Promise<Map<number, { trashedAt: number | null; byName: string | null; statusBefore: ArticleStatus | null }>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .selectFrom('articles as a')
      .leftJoin('users as u', 'u.id', 'a.updated_by')
      .where('a.id', 'in', ids)
      .select(['a.id', 'a.trashed_at', 'a.status_before_trash', 'u.name'])
      .execute();
    return new Map(rows.map((r) => [r.id, { trashedAt: r.trashed_at == null ? null : Number(r.trashed_at), byName: r.name ?? null, statusBefore: r.status_before_trash }]));
  }

  /** Display names of users (trash: who deleted). */
  async userNames(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)].filter((n) => Number.isSafeInteger(n));
    if (!unique.length) return new Map();
    const rows = await this.db.selectFrom('users').where('id', 'in', unique).select(['id', 'name']).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

function pickNames(rows: Array<{ id: number; lang: string; name: string }>, lang: Lang): Choice[] {
  const order: number[] = [];
  const names = new Map<number, string>();
  for (const r of rows) {
    if (!names.has(r.id)) order.push(r.id);
    if (!names.has(r.id) || r.lang === lang) names.set(r.id, r.name);
  }
  return order.map((id) => ({ id, name: names.get(id)! }));
}
