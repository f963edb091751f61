// ArticleService: the business rules of newsroom articles, shared by the newsroom pages, the JSON API
// and the scheduler. Every method checks the acting user's role (auth/roles.ts) and refuses with an
// ArticleActionError (contract.ts) whose status says why: 400 invalid input, 403 role, 404 missing,
// 409 state or conflict. One file per use case:
//   validate.ts      input -> ArticleInput (zod), references
//   create.ts        a new story          translations.ts  translate, the translation queue
//   save.ts          optimistic locking, revisions, autosave thinning
//   workflow.ts      submit, publish, schedule, unpublish, feature, publishDue (scheduler)
//   revisions.ts     list, restore        diff.ts          word-level diff of two revisions
//   trash.ts         trash, restore, purge after 30 days
//   list.ts, read.ts the list with filters, one article
import type { Lang } from '../../../domain/lang.js';
import type { NewsroomDeps } from '../../deps.js';
import type {
  ArticleInput,
  ArticleListFilter,
  ArticleListPage,
  NewsroomArticle,
  RevisionDiff,
  RevisionSummary,
  SaveResult,
  TranslationQueuePage,
} from '../contract.js';
import { altProblem } from './alt.js';
import type { Actor } from './common.js';
import { createArticle } from './create.js';
import { diffRevisions } from './diff.js';
import { listArticles } from './list.js';
import { readArticle } from './read.js';
import { listRevisions, restoreRevision } from './revisions.js';
import { saveArticle } from './save.js';
import { translateArticle, translationQueue } from './translations.js';
import { listTrash, purgeExpired, restoreArticle, trashArticle } from './trash.js';
import { checkReferences, parseInput } from './validate.js';
import { publishArticle, publishDue, scheduleArticle, setFeatured, submitArticle, unpublishArticle } from './workflow.js';

export type { Actor } from './common.js';
export { TRASH_KEEP_MS } from './common.js';
export { AUTOSAVE_WINDOW_MS } from './save.js';
export { MIN_SCHEDULE_AHEAD_MS, MAX_SCHEDULE_AHEAD_MS } from './workflow.js';
export { LIMITS, parseTime } from './validate.js';
export { STATUSES } from './list.js';

export class ArticleService {
  constructor(private readonly deps: NewsroomDeps) {}

  /** Checks the shape of an input and fills defaults (no database). Throws 400 with per-field messages. */
  parseInput(raw: unknown): ArticleInput {
    return parseInput(raw, this.deps.config.siteTz);
  }

  /** parseInput plus the database checks (rubric, bylines and cover image exist). */
  async validateInput(raw: unknown): Promise<ArticleInput> {
    const input = parseInput(raw, this.deps.config.siteTz);
    await checkReferences(this.deps.store.db, input);
    return input;
  }

  /** Any signed-in user may read any article (editing is checked separately). */
  get(_staff: Actor, id: number): Promise<NewsroomArticle> {
    return readArticle(this.deps.store.db, id, this.deps.now());
  }

  list(_staff: Actor, filter: ArticleListFilter = {}): Promise<ArticleListPage> {
    return listArticles(this.deps, filter);
  }

  create(staff: Actor, lang: Lang | string, raw: unknown): Promise<NewsroomArticle> {
    return createArticle(this.deps, staff, lang, raw);
  }

  translate(staff: Actor, sourceId: number, lang: Lang | string): Promise<NewsroomArticle> {
    return translateArticle(this.deps, staff, sourceId, lang);
  }

  save(staff: Actor, id: number, baseVersion: number, raw: unknown, opts: { autosave?: boolean } = {}): Promise<SaveResult> {
    return saveArticle(this.deps, staff, id, baseVersion, raw, opts);
  }

  submit(staff: Actor, id: number): Promise<NewsroomArticle> {
    return submitArticle(this.deps, staff, id);
  }

  publish(staff: Actor, id: number): Promise<NewsroomArticle> {
    return publishArticle(this.deps, staff, id);
  }

  /** `at`: epoch milliseconds, at least a minute ahead. */
  schedule(staff: Actor, id: number, at: number): Promise<NewsroomArticle> {
    return scheduleArticle(this.deps, staff, id, at);
  }

  unpublish(staff: Actor, id: number): Promise<NewsroomArticle> {
    return unpublishArticle(this.deps, staff, id);
  }

  setFeatured(staff: Actor, id: number, flags: { isPinned?: boolean; isBreaking?: boolean }): Promise<NewsroomArticle> {
    return setFeatured(this.deps, staff, id, flags);
  }

  trash(staff: Actor, id: number): Promise<NewsroomArticle> {
    return trashArticle(this.deps, staff, id);
  }

  restore(staff: Actor, id: number): Promise<NewsroomArticle> {
    return restoreArticle(this.deps, staff, id);
  }

  listTrash(opts: { page?: number; pageSize?: number; lang?: Lang } = {}): Promise<ArticleListPage> {
    return listTrash(this.deps, opts);
  }

  /** Deletes what has been in the trash for more than 30 days (the scheduler calls it hourly). */
  purgeExpired(): Promise<number> {
    return purgeExpired(this.deps);
  }

  revisions(staff: Actor, id: number): Promise<RevisionSummary[]> {
    return listRevisions(this.deps, staff, id);
  }

  diff(staff: Actor, id: number, fromRevId: number, toRevId: number): Promise<RevisionDiff> {
    return diffRevisions(this.deps, staff, id, fromRevId, toRevId);
  }

  restoreRevision(staff: Actor, id: number, revId: number, baseVersion: number): Promise<SaveResult> {
    return restoreRevision(this.deps, staff, id, revId, baseVersion);
  }

  translationQueue(lang: Lang | string, opts: { limit?: number; page?: number } = {}): Promise<TranslationQueuePage> {
    return translationQueue(this.deps, lang, opts);
  }

  /** Puts scheduled articles whose time has come online (the scheduler calls it every 10 s). */
  publishDue(): Promise<number> {
    return publishDue(this.deps);
  }

  /** What keeps an article from going live for lack of alt text (null when nothing), for the editor to show early. */
  async altProblem(article: Pick<ArticleInput, 'coverImageId' | 'coverAlt' | 'body'>): Promise<{ message: string; fields: Record<string, string> } | null> {
    return altProblem(this.deps.store.db, article);
  }
}
