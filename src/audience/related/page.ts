// The related list under a public article: the stored list and the editors' overrides in one indexed
// query, joined to the articles for headline links and filtered to what may be shown now (published,
// time come, same language): a target unpublished after the list was computed simply drops out.
import { sql } from 'kysely';
import type { HeadlineRef } from '../../domain/article.js';
import type { Lang } from '../../domain/lang.js';
import { applyOverrides, type Override } from '../../domain/related/index.js';
import type { RelatedEngine } from './compute.js';
import { preparedQuery } from '../../store/prepared.js';

export class RelatedReader {
  /** the stored list and the overrides of one article, built and compiled once (src/store/prepared.ts) */
  private readonly rowsQuery;

  constructor(readonly engine: RelatedEngine) {
    const db = engine.store.db;
    this.rowsQuery = preparedQuery(db, (v: { id: number; lang: string; now: number }) => {
      const sources = db
        .selectFrom('related_articles')
        .where('article_id', '=', v.id)
        .select(['related_id', sql<string>`'auto'`.as('kind'), 'position'])
        .unionAll(db.selectFrom('related_overrides').where('article_id', '=', v.id).select(['related_id', 'kind', 'position']));
      return db
        .selectFrom(sources.as('x'))
        .innerJoin('articles as a', 'a.id', 'x.related_id')
        .where('a.lang', '=', v.lang)
        .where('a.status', '=', 'published')
        .where('a.published_at', '<=', v.now)
        .select(['x.kind', 'x.position', 'a.id', 'a.story_id', 'a.lang', 'a.slug', 'a.headline', 'a.published_at', 'a.is_breaking']);
    });
  }

  private rows(article: { id: number; lang: Lang }, now: number) {
    return this.rowsQuery({ id: article.id, lang: article.lang, now });
  }

  /** Up to ten headline links, pinned first; computes the list once when the article has none stored yet. */
  async forPage(article: { id: number; lang: Lang }, now: number): Promise<HeadlineRef[]> {
    let rows = await this.rows(article, now);
    if (!rows.some((r) => r.kind === 'auto') && (await this.engine.ensure(article.id, now))) rows = await this.rows(article, now);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const auto = rows.filter((r) => r.kind === 'auto').sort((a, b) => a.position - b.position).map((r) => r.id);
    const overrides: Override[] = rows.filter((r) => r.kind !== 'auto').map((r) => ({ relatedId: r.id, kind: r.kind as Override['kind'], position: r.position }));
    return applyOverrides(auto, overrides).map((id) => {
      const r = byId.get(id)!;
      return { id: r.id, storyId: r.story_id, lang: r.lang as Lang, slug: r.slug, headline: r.headline, publishedAt: Number(r.published_at), isBreaking: Boolean(r.is_breaking) };
    });
  }
}
