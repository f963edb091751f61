// The editor's routes: the new-article page, the edit page, saving from the form (with the conflict
// and validation pages that keep every typed letter), the autosave JSON endpoint, and the save that
// runs before a workflow button.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DocNode } from '../../../domain/document/types.js';
import { isKnownLang, type Lang } from '../../../domain/lang.js';
import { forbidden, guard } from '../../auth/guard.js';
import { can, canEditArticle } from '../../auth/roles.js';
import type { Staff } from '../../auth/sessions.js';
import { setFlash } from '../../ui/flash.js';
import { sendPage } from '../../ui/render.js';
import { ArticleActionError, type ArticleInput, type NewsroomArticle } from '../contract.js';
import { editPath, LANG_NAME } from './components.js';
import { EditPage } from './edit.js';
import { articleToForm, chooseBody, emptyForm, formErrors, formToRaw, readForm, resubmittedForm, type ArticleFormValues } from './form.js';
import { idParam, notFoundPage, staffOf, type PageContext } from './shared.js';
import { formatClock } from './time.js';
import { sidePanelViews } from '../../stats/article-data.js';

const EMPTY_DOC: DocNode = { type: 'doc', content: [] };

export function mayEdit(staff: Staff, a: NewsroomArticle): boolean {
  return canEditArticle({ id: staff.id, role: staff.role }, { created_by: a.createdBy, status: a.status });
}

interface RenderOptions {
  article: NewsroomArticle | null;
  lang: Lang;
  form: ArticleFormValues;
  errors?: Record<string, string>;
  message?: string | null;
  conflict?: { current: NewsroomArticle; message: string } | null;
  status?: number;
  /** ?from=ID: which article to show beside a translation */
  fromId?: number | null;
}

/** The article to show beside a translation: ?from=ID when it is of the same story, else the original. */
async function originalFor(ctx: PageContext, staff: Staff, a: NewsroomArticle, fromId: number | null): Promise<NewsroomArticle | null> {
  let id: number | null = null;
  if (fromId !== null && a.translations.some((t) => t.id === fromId)) id = fromId;
  else id = await ctx.lookups.originalOf(a);
  if (id === null) return null;
  try {
    return await ctx.service.get(staff, id);
  } catch (err) {
    if (err instanceof ArticleActionError) return null;
    throw err;
  }
}

export async function renderEdit(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, o: RenderOptions) {
  const { deps, lookups } = ctx;
  const staff = staffOf(req);
  const a = o.article;
  const coverId = /^\d{1,9}$/.test(o.form.coverImageId) ? Number(o.form.coverImageId) : null;
  const chosen = chooseBody(o.form);
  const body = chosen.ok ? chosen.doc : (a?.body ?? EMPTY_DOC);
  const [rubrics, authors, tags, cover, original, views] = await Promise.all([
    lookups.rubrics(o.lang),
    lookups.authors(o.lang),
    lookups.tagNames(o.lang),
    lookups.cover(coverId),
    a && !o.conflict ? originalFor(ctx, staff, a, o.fromId ?? null) : Promise.resolve(null),
    a ? sidePanelViews(deps.store.db, deps.config.siteTz, a.id, deps.now()) : Promise.resolve(null),
  ]);
  const title = a ? `Edit: ${a.headline || `#${a.id}`}` : `New ${LANG_NAME[o.lang]} article`;
  const canEdit = a ? mayEdit(staff, a) : can(staff.role, 'article.create');
  return sendPage(req, reply, deps, { title, section: 'articles', scripts: ['editor'], wide: Boolean(original || o.conflict), status: o.status }, (csrf) =>
    EditPage({
      staff,
      csrf,
      tz: deps.config.siteTz,
      now: deps.now(),
      langs: deps.config.langs,
      lang: o.lang,
      article: a,
      form: o.form,
      body,
      canEdit,
      errors: o.errors ?? {},
      message: o.message ?? null,
      conflict: o.conflict ?? null,
      original,
      rubrics,
      authors,
      tags,
      cover,
      baseUrl: deps.config.baseUrl,
      views,
    }),
  );
}

/** The service's validation of the raw input: its per-field messages by form field name (empty when valid). */
function serviceErrors(ctx: PageContext, raw: Record<string, unknown>): { errors: Record<string, string>; message: string | null; input: ArticleInput | null } {
  try {
    return { errors: {}, message: null, input: ctx.service.parseInput(raw) };
  } catch (err) {
    if (err instanceof ArticleActionError && err.status === 400) return { errors: formErrors(err.fields), message: err.message, input: null };
    throw err;
  }
}

const sameList = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Would saving this input change nothing? (Then a workflow button does not write an empty revision.) */
function unchanged(staff: Staff, input: ArticleInput, a: NewsroomArticle): boolean {
  const feature = can(staff.role, 'article.feature');
  return (
    input.headline === a.headline &&
    input.lead === a.lead &&
    JSON.stringify(input.body) === JSON.stringify(a.body) &&
    input.slug === a.slug &&
    input.rubricId === a.rubricId &&
    sameList(input.tags, a.tags) &&
    (input.authorIds.length === 0 || sameList(input.authorIds, a.authorIds)) &&
    input.sourceName === a.sourceName &&
    input.sourceUrl === a.sourceUrl &&
    input.datelinePlace === a.datelinePlace &&
    input.coverImageId === a.coverImageId &&
    input.coverCaption === a.coverCaption &&
    input.coverAlt === a.coverAlt &&
    (!feature || (input.isBreaking === a.isBreaking && input.isPinned === a.isPinned)) &&
    (input.publishAt === a.publishAt || (input.publishAt === null && (a.status === 'published' || a.status === 'scheduled')))
  );
}

type SaveOutcome = { kind: 'saved'; article: NewsroomArticle } | { kind: 'unchanged' } | { kind: 'answered' };

/**
 * Saves the submitted form. On a refusal it answers with the edit page (400 with field messages, 409
 * with the conflict view), always showing exactly what was typed.
 */
async function saveFromForm(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, a: NewsroomArticle, opts: { skipUnchanged: boolean }): Promise<SaveOutcome> {
  const staff = staffOf(req);
  const form = readForm(req.body);
  const conv = formToRaw(form, ctx.deps.config.siteTz);
  const shown = resubmittedForm(form, conv.body);
  const fromId = fromParam(req);
  const checked = serviceErrors(ctx, conv.raw);
  const errors = { ...checked.errors, ...conv.errors };
  if (conv.version === null) errors.version = 'The form lost its version number. Reload the page (copy your text first).';
  if (Object.keys(errors).length) {
    await renderEdit(ctx, req, reply, { article: a, lang: a.lang, form: shown, errors, message: Object.keys(errors).length > 1 ? null : checked.message, status: 400, fromId });
    return { kind: 'answered' };
  }
  if (opts.skipUnchanged && checked.input && conv.version === a.version && unchanged(staff, checked.input, a)) return { kind: 'unchanged' };
  try {
    const result = await ctx.service.save(staff, a.id, conv.version!, conv.raw, { autosave: false });
    if (result.ok) return { kind: 'saved', article: result.article };
    await renderEdit(ctx, req, reply, { article: a, lang: a.lang, form: shown, conflict: { current: result.current, message: result.message }, status: 409 });
    return { kind: 'answered' };
  } catch (err) {
    if (!(err instanceof ArticleActionError)) throw err;
    if (err.status === 404) {
      await notFoundPage(req, reply, ctx.deps, err.message);
      return { kind: 'answered' };
    }
    if (err.status === 403) {
      await forbidden(req, reply, err.message);
      return { kind: 'answered' };
    }
    await renderEdit(ctx, req, reply, { article: a, lang: a.lang, form: shown, errors: formErrors(err.fields), message: err.message, status: err.status, fromId });
    return { kind: 'answered' };
  }
}

function fromParam(req: FastifyRequest): number | null {
  const q = (req.query ?? {}) as Record<string, unknown>;
  return typeof q.from === 'string' && /^\d{1,9}$/.test(q.from) ? Number(q.from) : null;
}

/** Loads the article for a page, answering 404/403 itself (then returns null). */
async function load(ctx: PageContext, req: FastifyRequest, reply: FastifyReply): Promise<NewsroomArticle | null> {
  const id = idParam(req);
  if (id === null) {
    await notFoundPage(req, reply, ctx.deps);
    return null;
  }
  try {
    return await ctx.service.get(staffOf(req), id);
  } catch (err) {
    if (!(err instanceof ArticleActionError)) throw err;
    if (err.status === 403) await forbidden(req, reply, err.message);
    else await notFoundPage(req, reply, ctx.deps, err.message);
    return null;
  }
}

/**
 * Before a workflow button (submit, publish, schedule, unpublish) sent with the whole form: save the
 * form when it changed anything. 'answered' means the edit page was sent back (refused save).
 */
export async function saveBeforeAction(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, id: number): Promise<'answered' | 'saved' | 'skipped'> {
  const b = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
  if (!('headline' in b) || !('version' in b)) return 'skipped';
  let a: NewsroomArticle;
  try {
    a = await ctx.service.get(staffOf(req), id);
  } catch (err) {
    if (err instanceof ArticleActionError) return 'skipped'; // the action itself reports it
    throw err;
  }
  if (!mayEdit(staffOf(req), a)) return 'skipped';
  const out = await saveFromForm(ctx, req, reply, a, { skipUnchanged: true });
  return out.kind === 'answered' ? 'answered' : out.kind === 'saved' ? 'saved' : 'skipped';
}

function jsonError(reply: FastifyReply, status: number, error: string, fields: Record<string, string> = {}) {
  return reply.code(status).send({ ok: false, error, fields });
}

export function editRoutes(app: FastifyInstance, ctx: PageContext): void {
  const { deps, service } = ctx;
  const tz = deps.config.siteTz;

  const langOf = (req: FastifyRequest): Lang => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const b = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const v = typeof b.lang === 'string' ? b.lang : typeof q.lang === 'string' ? q.lang : '';
    return isKnownLang(v) && deps.config.langs.includes(v) ? v : deps.config.defaultLang;
  };

  app.get('/newsroom/articles/new/', { preHandler: guard('article.create') }, async (req, reply) => {
    return renderEdit(ctx, req, reply, { article: null, lang: langOf(req), form: emptyForm() });
  });

  app.post('/newsroom/articles/new/', { preHandler: guard('article.create') }, async (req, reply) => {
    const staff = staffOf(req);
    const lang = langOf(req);
    const form = readForm(req.body);
    const conv = formToRaw(form, tz);
    const shown = { ...resubmittedForm(form, conv.body), version: '0' };
    const checked = serviceErrors(ctx, conv.raw);
    const errors = { ...checked.errors, ...conv.errors };
    if (Object.keys(errors).length) {
      return renderEdit(ctx, req, reply, { article: null, lang, form: shown, errors, message: Object.keys(errors).length > 1 ? null : checked.message, status: 400 });
    }
    try {
      const a = await service.create(staff, lang, conv.raw);
      setFlash(reply, { kind: 'ok', text: 'Draft created.' });
      return reply.redirect(editPath(a.id), 303);
    } catch (err) {
      if (!(err instanceof ArticleActionError)) throw err;
      if (err.status === 403) return forbidden(req, reply, err.message);
      return renderEdit(ctx, req, reply, { article: null, lang, form: shown, errors: formErrors(err.fields), message: err.message, status: err.status === 404 ? 400 : err.status });
    }
  });

  app.get('/newsroom/articles/:id/', { preHandler: guard() }, async (req, reply) => {
    const a = await load(ctx, req, reply);
    if (!a) return reply;
    return renderEdit(ctx, req, reply, { article: a, lang: a.lang, form: articleToForm(a, tz), fromId: fromParam(req) });
  });

  app.post('/newsroom/articles/:id/', { preHandler: guard() }, async (req, reply) => {
    const a = await load(ctx, req, reply);
    if (!a) return reply;
    if (!mayEdit(staffOf(req), a)) return forbidden(req, reply, a.status === 'trashed' ? 'This article is in the trash. Restore it before editing.' : 'You cannot change this article.');
    const out = await saveFromForm(ctx, req, reply, a, { skipUnchanged: false });
    if (out.kind === 'answered') return reply;
    setFlash(reply, { kind: 'ok', text: 'Saved.' });
    return reply.redirect(editPath(a.id), 303);
  });

  // The editor island posts the same urlencoded form here while the person types.
  app.post('/newsroom/articles/:id/autosave/', { preHandler: guard() }, async (req, reply) => {
    const id = idParam(req);
    if (id === null) return jsonError(reply, 404, 'There is no such article.');
    const staff = staffOf(req);
    const form = readForm(req.body);
    const conv = formToRaw(form, tz);
    if (conv.version === null) return jsonError(reply, 400, 'The form lost its version number. Reload the page (copy your text first).', { version: 'Missing.' });
    if (Object.keys(conv.errors).length) return jsonError(reply, 400, Object.values(conv.errors)[0], conv.errors);
    try {
      const result = await service.save(staff, id, conv.version, conv.raw, { autosave: true });
      if (!result.ok) {
        const c = result.current;
        return reply.code(409).send({
          ok: false,
          conflict: true,
          message: result.message,
          current: { version: c.version, headline: c.headline, updatedByName: c.updatedByName, updatedAt: c.updatedAt },
        });
      }
      const art = result.article;
      const pending = Boolean(result.autosaveOnly);
      const at = deps.now();
      return reply.send({
        ok: true,
        version: art.version,
        savedAt: at,
        savedAtText: pending ? `Draft kept at ${formatClock(tz, at)}; the live article changes when you press Update.` : `Saved at ${formatClock(tz, at)}`,
        ...(pending ? { autosaveOnly: true } : {}),
      });
    } catch (err) {
      if (!(err instanceof ArticleActionError)) throw err;
      return jsonError(reply, err.status, err.message, formErrors(err.fields));
    }
  });
}
