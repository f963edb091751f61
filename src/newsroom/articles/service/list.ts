// The newsroom's article list: filters, headline search, newest change first, and for every row the
// languages its story exists in (one extra query for the whole page, not one per row).
import { sql } from 'kysely';
import type { Lang } from '../../../domain/lang.js';
import { stemWord, words } from '../../../domain/search/index.js';
import { dayRange, isValidIsoDay } from '../../../i18n/format.js';
import type { ArticleStatus } from '../../../store/schema.js';
import type { NewsroomDeps } from '../../deps.js';
import type { ArticleListFilter, ArticleListItem, ArticleListPage } from '../contract.js';
import { invalid, isId, TRASH_KEEP_MS } from './common.js';

export const STATUSES: readonly ArticleStatus[] = ['draft', 'review', 'scheduled', 'published', 'unpublished', 'trashed'];
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export async function listArticles(deps: NewsroomDeps, filter: ArticleListFilter = {}): Promise<ArticleListPage> {
  const db = deps.store.db;
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(filter.pageSize ?? DEFAULT_PAGE_SIZE)));
  const page = Math.max(1, Math.min(100_000, Math.floor(filter.page ?? 1)));
  if (filter.status && filter.status !== 'all-but-trash' && !STATUSES.includes(filter.status)) throw invalid(`Unknown status. Use one of: ${STATUSES.join(', ')}.`, { status: 'Unknown status.' });
  if (filter.day !== undefined && !isValidIsoDay(filter.day)) throw invalid('The day must be a date like 2024-02-14.', { day: 'Use a date like 2024-02-14.' });
  for (const key of ['rubricId', 'authorId', 'createdBy'] as const) {
    if (filter[key] !== undefined && !isId(filter[key])) throw invalid(`${key} must be an id number.`, { [key]: 'Must be an id number.' });
  }

  let q = db.selectFrom('articles as a');
  q = !filter.status || filter.status === 'all-but-trash' ? q.where('a.status', '!=', 'trashed') : q.where('a.status', '=', filter.status);
  if (filter.lang) q = q.where('a.lang', '=', filter.lang);
  if (filter.rubricId !== undefined) q = q.where('a.rubric_id', '=', filter.rubricId);
  if (filter.createdBy !== undefined) q = q.where('a.created_by', '=', filter.createdBy);
  if (filter.authorId !== undefined) {
    const authorId = filter.authorId;
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('article_authors as aa').select('aa.article_id').whereRef('aa.article_id', '=', 'a.id').where('aa.author_id', '=', authorId)));
  }
  if (filter.day) {
    const { start, end } = dayRange(deps.config.siteTz, filter.day);
    q = q.where((eb) => eb.or([eb.and([eb('a.updated_at', '>=', start), eb('a.updated_at', '<', end)]), eb.and([eb('a.published_at', '>=', start), eb('a.published_at', '<', end)])]));
  }
  const text = filter.q?.trim().slice(0, 200);
  if (text) {
    // The headline's index forms (search_title, as the site search uses): every word of the query
    // must start a word of the headline, so a half-typed word already finds it. Digits alone may
    // also be an article id.
    const tokens = words(text).slice(0, 8).map((w) => stemWord(w, filter.lang ?? 'ru'));
    const asId = /^\d{1,10}$/.test(text) ? Number(text) : null;
    if (tokens.length) {
      q = q.where((eb) => {
        const byWords = eb.and(tokens.map((t) => sql<boolean>`(' ' || a.search_title) like ${'% ' + t + '%'}`));
        return asId != null && isId(asId) ? eb.or([byWords, eb('a.id', '=', asId)]) : byWords;
      });
    }
  }

  const totalRow = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const total = Number(totalRow.n);
  const rows = await q
    .leftJoin('rubric_i18n as r', (j) => j.onRef('r.rubric_id', '=', 'a.rubric_id').onRef('r.lang', '=', 'a.lang'))
    .leftJoin('users as u', 'u.id', 'a.created_by')
    .select(['a.id', 'a.story_id', 'a.lang', 'a.headline', 'a.status', 'a.published_at', 'a.updated_at', 'a.is_breaking', 'a.is_pinned', 'a.trashed_at', 'r.name as rubric_name', 'u.name as created_by_name'])
    .orderBy(filter.status === 'trashed' ? 'a.trashed_at' : 'a.updated_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  if (!rows.length) return { items: [], total, page, pageSize };

  const ids = rows.map((r) => r.id);
  const storyIds = [...new Set(rows.map((r) => r.story_id))];
  const [siblings, bylines] = await Promise.all([
    db.selectFrom('articles').where('story_id', 'in', storyIds).select(['id', 'story_id', 'lang', 'status']).execute(),
    db
      .selectFrom('article_authors as aa')
      .innerJoin('articles as a', 'a.id', 'aa.article_id')
      .innerJoin('author_i18n as ai', (j) => j.onRef('ai.author_id', '=', 'aa.author_id').onRef('ai.lang', '=', 'a.lang'))
      .where('aa.article_id', 'in', ids)
      .select(['aa.article_id', 'ai.name'])
      .orderBy('aa.article_id')
      .orderBy('aa.position')
      .execute(),
  ]);
  const order = (lang: string) => {
    const i = deps.config.langs.indexOf(lang as Lang);
    return i === -1 ? 99 : i;
  };

  const items: ArticleListItem[] = rows.map((r) => {
    const trashedAt = r.trashed_at == null ? null : Number(r.trashed_at);
    return {
      id: r.id,
      storyId: r.story_id,
      lang: r.lang as Lang,
      headline: r.headline,
      status: r.status,
      rubricName: r.rubric_name ?? null,
      authorNames: bylines.filter((b) => b.article_id === r.id).map((b) => b.name),
      createdByName: r.created_by_name ?? null,
      publishedAt: r.published_at == null ? null : Number(r.published_at),
      updatedAt: Number(r.updated_at),
      isBreaking: Boolean(r.is_breaking),
      isPinned: Boolean(r.is_pinned),
      languages: siblings
        .filter((s) => s.story_id === r.story_id)
        .sort((x, y) => order(x.lang) - order(y.lang))
        .map((s) => ({ lang: s.lang as Lang, id: s.id, status: s.status })),
      ...(r.status === 'trashed' ? { trashedAt, purgeAt: trashedAt == null ? null : trashedAt + TRASH_KEEP_MS } : {}),
    };
  });
  return { items, total, page, pageSize };
}
