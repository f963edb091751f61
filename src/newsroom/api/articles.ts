// The newsroom's JSON API for articles, under /api/v1/newsroom/: what scripts, importers and tests
// use to drive the newsroom, with the same role checks as the pages (ArticleService). It accepts an
// API token (Authorization: Bearer …) or the browser session (state changes then need the
// x-csrf-token header; the foundation's hook checks it).
//
// Errors are JSON { error, fields? }: 400 invalid input (also malformed JSON and wrong types), 401 not
// signed in, 403 role, 404 unknown article or revision, 409 state or version conflict
// ({ error, current } for a save based on an old version).
//
//   POST /articles/                         { lang, ...ArticleInput }          201 article
//   GET  /articles/?status&lang&rubric&author&createdBy&day&q&page&pageSize     200 { items, total, page, pageSize }
//   GET  /articles/:id                                                          200 article
//   PUT  /articles/:id[?autosave=1]        { version, ...ArticleInput }        200 article | 409 { error, current }
//   POST /articles/:id/submit | publish | unpublish | trash | restore          200 article
//   POST /articles/:id/schedule            { at: ISO string or epoch ms }      200 article
//   POST /articles/:id/feature             { isPinned?, isBreaking? }          200 article
//   POST /articles/:id/translations        { lang }                            201 article
//   GET  /articles/:id/revisions                                               200 { revisions }
//   GET  /articles/:id/revisions/diff?from=&to=                                200 diff
//   POST /articles/:id/revisions/:rev/restore  { version }                     200 article | 409 { error, current }
//   GET  /translations/queue?lang=&page=&limit=                                200 { items, total, page, pageSize }
//   GET  /trash/?page=&lang=                                                   200 { items, total, page, pageSize }
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { isKnownLang, type Lang } from '../../domain/lang.js';
import { guard } from '../auth/guard.js';
import type { Action } from '../auth/roles.js';
import type { Staff } from '../auth/sessions.js';
import type { NewsroomDeps } from '../deps.js';
import { ArticleActionError, type ArticleListFilter, type SaveResult } from '../articles/contract.js';
import { ArticleService, parseTime, STATUSES } from '../articles/service/index.js';
import { MAX_ID } from '../articles/service/common.js';

const BASE = '/api/v1/newsroom';

type Query = Record<string, unknown>;

function bad(message: string, field?: string): ArticleActionError {
  return new ArticleActionError(message, 400, field ? { [field]: message } : {});
}

/** A path id: digits only, within the column's range; anything else is simply not found. */
function pathId(value: unknown, what = 'article'): number {
  const s = typeof value === 'string' ? value : '';
  const n = /^\d{1,10}$/.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_ID) throw new ArticleActionError(`There is no such ${what}.`, 404);
  return n;
}

/** One query parameter as text (undefined when absent); repeated parameters are refused. */
function one(query: Query, key: string): string | undefined {
  const v = query[key];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') throw bad(`Give the ${key} parameter once.`, key);
  return v;
}

function numberParam(query: Query, key: string, max = MAX_ID): number | undefined {
  const v = one(query, key);
  if (v === undefined) return undefined;
  if (!/^\d{1,10}$/.test(v) || Number(v) < 1 || Number(v) > max) throw bad(`${key} must be a whole number from 1 to ${max}.`, key);
  return Number(v);
}

function langParam(deps: NewsroomDeps, value: unknown, key = 'lang'): Lang | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !isKnownLang(value) || !deps.config.langs.includes(value)) throw bad(`${key} must be one of: ${deps.config.langs.join(', ')}.`, key);
  return value;
}

function bodyObject(req: FastifyRequest): Record<string, unknown> {
  const b = req.body;
  if (b === undefined || b === null || b === '') return {};
  if (typeof b !== 'object' || Array.isArray(b)) throw bad('Send a JSON object.');
  return b as Record<string, unknown>;
}

function versionOf(body: Record<string, unknown>): number {
  const v = body.version;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_ID) throw bad('Send the version number the edit is based on (the "version" of the article you loaded).', 'version');
  return n;
}

function flagOf(v: unknown, key: string): boolean | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'boolean') return v;
  throw bad(`${key} must be true or false.`, key);
}

function staffOf(req: FastifyRequest): Staff {
  return req.staff!;
}

function sendSave(reply: FastifyReply, result: SaveResult) {
  if (!result.ok) return reply.code(409).send({ error: result.message, conflict: true, current: result.current });
  return reply.code(200).send(result.autosaveOnly ? { ...result.article, autosaveOnly: true } : result.article);
}

/** Fastify's own 4xx errors (body parsing, content type, size) in our { error } shape and words. */
function frameworkMessage(err: FastifyError): string {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is not valid JSON.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the request body as JSON (content-type: application/json).';
    default:
      return err instanceof SyntaxError ? 'The request body is not valid JSON.' : err.message;
  }
}

export function articleApiRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  void app.register(async (api) => {
    const articles = new ArticleService(deps);

    // Every route here needs a signed-in user: answer 401 before anything else looks at the request
    // (an anonymous POST would otherwise meet the CSRF check first).
    api.addHook('onRequest', async (req, reply) => {
      if (!req.staff && !reply.sent) return reply.code(401).send({ error: 'Sign in or send an API token (Authorization: Bearer …).' });
    });

    api.setErrorHandler(async (err: FastifyError, req, reply) => {
      if (err instanceof ArticleActionError) {
        return reply.code(err.status).send(Object.keys(err.fields).length ? { error: err.message, fields: err.fields } : { error: err.message });
      }
      const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
      if (status === 500) {
        req.log.error({ err, url: req.url }, 'newsroom API request failed');
        return reply.code(500).send({ error: 'Something went wrong on the server. The change may not have been saved; reload and check.' });
      }
      return reply.code(status).send({ error: frameworkMessage(err) });
    });

    /** Registers a route with and without the trailing slash. */
    function route(method: 'GET' | 'POST' | 'PUT', path: string, action: Action | null, handler: RouteHandlerMethod) {
      const preHandler = action ? guard(action) : guard();
      const bare = path.replace(/\/$/, '');
      for (const url of new Set([BASE + bare, BASE + bare + '/'])) api.route({ method, url, preHandler, handler });
    }

    route('POST', '/articles/', 'article.create', async (req, reply) => {
      const body = bodyObject(req);
      const lang = langParam(deps, body.lang) ?? deps.config.defaultLang;
      return reply.code(201).send(await articles.create(staffOf(req), lang, body));
    });

    route('GET', '/articles/', null, async (req) => {
      const query = (req.query ?? {}) as Query;
      const status = one(query, 'status');
      if (status !== undefined && status !== 'all-but-trash' && !(STATUSES as readonly string[]).includes(status)) throw bad(`status must be one of: ${STATUSES.join(', ')}.`, 'status');
      const createdBy = one(query, 'createdBy') === 'me' ? staffOf(req).id : numberParam(query, 'createdBy');
      const filter: ArticleListFilter = {
        status: status as ArticleListFilter['status'],
        lang: langParam(deps, one(query, 'lang')),
        rubricId: numberParam(query, 'rubric'),
        authorId: numberParam(query, 'author'),
        createdBy,
        day: one(query, 'day'),
        q: one(query, 'q'),
        page: numberParam(query, 'page', 100_000),
        pageSize: numberParam(query, 'pageSize', 200),
      };
      return articles.list(staffOf(req), filter);
    });

    route('GET', '/articles/:id', null, async (req) => articles.get(staffOf(req), pathId((req.params as Query).id)));

    route('PUT', '/articles/:id', null, async (req, reply) => {
      const id = pathId((req.params as Query).id);
      const body = bodyObject(req);
      const autosave = ['1', 'true'].includes(String((req.query as Query)?.autosave ?? ''));
      return sendSave(reply, await articles.save(staffOf(req), id, versionOf(body), body, { autosave }));
    });

    route('POST', '/articles/:id/submit', 'article.submit', async (req) => articles.submit(staffOf(req), pathId((req.params as Query).id)));
    route('POST', '/articles/:id/publish', 'article.publish', async (req) => articles.publish(staffOf(req), pathId((req.params as Query).id)));
    route('POST', '/articles/:id/unpublish', 'article.unpublish', async (req) => articles.unpublish(staffOf(req), pathId((req.params as Query).id)));
    route('POST', '/articles/:id/trash', 'article.delete', async (req) => articles.trash(staffOf(req), pathId((req.params as Query).id)));
    route('POST', '/articles/:id/restore', 'article.restore', async (req) => articles.restore(staffOf(req), pathId((req.params as Query).id)));

    route('POST', '/articles/:id/schedule', 'article.schedule', async (req) => {
      const id = pathId((req.params as Query).id);
      const at = parseTime(bodyObject(req).at, deps.config.siteTz);
      if (typeof at !== 'number') throw bad('Send "at": the time to publish, as an ISO date-time (2024-02-14T15:00:00+06:00) or epoch milliseconds.', 'at');
      return articles.schedule(staffOf(req), id, at);
    });

    route('POST', '/articles/:id/feature', 'article.feature', async (req) => {
      const id = pathId((req.params as Query).id);
      const body = bodyObject(req);
      const flags = { isPinned: flagOf(body.isPinned, 'isPinned'), isBreaking: flagOf(body.isBreaking, 'isBreaking') };
      if (flags.isPinned === undefined && flags.isBreaking === undefined) throw bad('Send isPinned and/or isBreaking (true or false).');
      return articles.setFeatured(staffOf(req), id, flags);
    });

    route('POST', '/articles/:id/translations', 'article.translate', async (req, reply) => {
      const id = pathId((req.params as Query).id);
      const lang = langParam(deps, bodyObject(req).lang);
      if (!lang) throw bad(`Send "lang": one of ${deps.config.langs.join(', ')}.`, 'lang');
      return reply.code(201).send(await articles.translate(staffOf(req), id, lang));
    });

    route('GET', '/articles/:id/revisions', null, async (req) => ({ revisions: await articles.revisions(staffOf(req), pathId((req.params as Query).id)) }));

    route('GET', '/articles/:id/revisions/diff', null, async (req) => {
      const id = pathId((req.params as Query).id);
      const query = (req.query ?? {}) as Query;
      const from = numberParam(query, 'from');
      const to = numberParam(query, 'to');
      if (from === undefined || to === undefined) throw bad('Send the two revision ids to compare: ?from=…&to=…');
      return articles.diff(staffOf(req), id, from, to);
    });

    // restoring is an edit: the service lets editors restore any article, others their own editable drafts
    route('POST', '/articles/:id/revisions/:rev/restore', null, async (req, reply) => {
      const params = req.params as Query;
      const id = pathId(params.id);
      const rev = pathId(params.rev, 'revision');
      return sendSave(reply, await articles.restoreRevision(staffOf(req), id, rev, versionOf(bodyObject(req))));
    });

    route('GET', '/translations/queue', null, async (req) => {
      const query = (req.query ?? {}) as Query;
      const lang = langParam(deps, one(query, 'lang'));
      if (!lang) throw bad(`Send ?lang=: one of ${deps.config.langs.join(', ')}.`, 'lang');
      return articles.translationQueue(lang, { page: numberParam(query, 'page', 100_000), limit: numberParam(query, 'limit', 200) });
    });

    route('GET', '/trash/', null, async (req) => {
      const query = (req.query ?? {}) as Query;
      return articles.listTrash({ page: numberParam(query, 'page', 100_000), lang: langParam(deps, one(query, 'lang')) });
    });
  });
}
