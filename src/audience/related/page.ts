// The related list under a public article: the stored list and the editors' overrides in one indexed
// query of ids, then the headlines as list summaries (src/store/summary-cache.ts), filtered to what may
// be shown now (published, time come, same language): a target unpublished after the list was computed
// simply drops out.
import { sql } from 'kysely';
import type { HeadlineRef } from '../../domain/article.js';
import type { Lang } from '../../domain/lang.js';
import { applyOverrides, type Override } from '../../domain/related/index.js';
import type { RelatedEngine } from './compute.js';
import type { ArticleReader } from '../../store/articles.js';
import { preparedQuery } from '../../store/prepared.js';

export class RelatedReader {
  /** the stored list and the overrides of one article: ids only, built and compiled once */
  private readonly idsQuery;

  /** `articles` gives the headlines (its summaries, src/store/summary-cache.ts) and filters what may be shown */
  constructor(
    readonly engine: RelatedEngine,
    private readonly articles: ArticleReader,
  ) {
    const db = engine.store.db;
    this.idsQuery = preparedQuery(db, (v: { id: number }) =>
      db
        .selectFrom('related_articles')
        .where('article_id', '=', v.id)
        .select(['related_id', sql<string>`'auto'`.as('kind'), 'position'])
        .unionAll(db.selectFrom('related_overrides').where('article_id', '=', v.id).select(['related_id', 'kind', 'position'])),
    );
  }

  /** Up to ten headline links, pinned first; computes the list once when the article has none stored yet. */
  async forPage(article: { id: number; lang: Lang }, now: number): Promise<HeadlineRef[]> {
    let rows = await this.idsQuery({ id: article.id });
    if (!rows.some((r) => r.kind === 'auto') && (await this.engine.ensure(article.id, now))) rows = await this.idsQuery({ id: article.id });
    const auto = rows.filter((r) => r.kind === 'auto').sort((a, b) => a.position - b.position).map((r) => r.related_id);
    const overrides: Override[] = rows.filter((r) => r.kind !== 'auto').map((r) => ({ relatedId: r.related_id, kind: r.kind as Override['kind'], position: r.position }));
    // Only published articles of the page's language whose time has come are shown (summariesOf checks).
    const candidates = [...new Set(rows.filter((r) => r.kind !== 'removed').map((r) => r.related_id))];
    const shown = new Map((await this.articles.summariesOf(article.lang, candidates, now)).map((a) => [a.id, a]));
    return applyOverrides(auto, overrides, (id) => shown.has(id)).map((id) => shown.get(id)!);
  }
}
