// Rubrics and tags administration under /newsroom/taxonomy/ (editors and administrators):
// rubric names and slugs per language, menu order, delete when unused; tag search, rename, merge
// and delete. Every change is audited and announced with deps.changed({ kind: 'taxonomy' }); the
// public menu and rubric and tag pages read the database per request, so they change at once.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../domain/lang.js';
import { TaxonomyAdminStore, TaxonomyConflict, type Names, type TagAdmin } from '../../store/taxonomy-admin.js';
import { audit } from '../audit/log.js';
import { guard } from '../auth/guard.js';
import type { NewsroomDeps } from '../deps.js';
import { setFlash } from '../ui/flash.js';
import { sendPage } from '../ui/render.js';
import {
  displayName,
  NotFoundBody,
  RubricFormPage,
  RubricsPage,
  rubricsUrl,
  rubricUrl,
  tagsUrl,
  tagUrl,
} from './pages.js';
import { MergeConfirmPage, TagEditPage, TagsPage } from './tag-pages.js';
import { field, parseId, parseNames, takenErrors, type FieldErrors, type Typed } from './validate.js';

export const TAGS_PER_PAGE = 50;

type Body = Record<string, unknown>;
type IdReq = FastifyRequest<{ Params: { id: string }; Querystring: Record<string, string | undefined>; Body: Body }>;

export function taxonomyRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const store = new TaxonomyAdminStore(deps.store);
  const langs = deps.config.langs as readonly Lang[];
  const pre = { preHandler: guard('taxonomy.manage') };
  const allLangs = new Set<string>(langs);

  const who = (req: FastifyRequest) => ({ id: req.staff!.id, name: req.staff!.name });
  const pickLang = (s: unknown): Lang => (typeof s === 'string' && allLangs.has(s) ? (s as Lang) : (langs.includes(deps.config.defaultLang) ? deps.config.defaultLang : langs[0]));

  function notFound(req: FastifyRequest, reply: FastifyReply, what: 'rubric' | 'tag') {
    return sendPage(req, reply, deps, { title: 'Not found', section: 'taxonomy', status: 404 }, () => NotFoundBody({ what, back: what === 'rubric' ? rubricsUrl : tagsUrl() }));
  }

  function formError(errors: FieldErrors) {
    const n = Object.keys(errors).length;
    return { kind: 'error' as const, text: n === 1 ? 'One field needs attention; nothing was saved.' : `${n} fields need attention; nothing was saved.` };
  }

  function typedOf(names: Names): Typed {
    return Object.fromEntries(Object.entries(names).map(([l, n]) => [l, { name: n.name, slug: n.slug }]));
  }

  // ----- rubrics -----

  app.get('/newsroom/taxonomy/', pre, async (req, reply) => {
    const rubrics = await store.rubrics();
    return sendPage(req, reply, deps, { title: 'Rubrics', section: 'taxonomy' }, (csrf) => RubricsPage({ rubrics, langs, csrf }));
  });

  app.get('/newsroom/taxonomy/rubrics/new/', pre, async (req, reply) =>
    sendPage(req, reply, deps, { title: 'New rubric', section: 'taxonomy' }, (csrf) => RubricFormPage({ rubric: null, typed: {}, errors: {}, langs, csrf, redirects: [] })),
  );

  app.post('/newsroom/taxonomy/rubrics/', pre, async (req, reply) => {
    const { typed, names, errors } = parseNames(req.body as Body, langs, allLangs);
    const again = (errs: FieldErrors, status = 400) =>
      sendPage(req, reply, deps, { title: 'New rubric', section: 'taxonomy', status, flash: formError(errs) }, (csrf) => RubricFormPage({ rubric: null, typed, errors: errs, langs, csrf, redirects: [] }));
    if (Object.keys(errors).length) return again(errors);
    const taken = await store.rubricSlugsTaken(Object.fromEntries(Object.entries(names).map(([l, n]) => [l, n.slug])), null);
    if (taken.length) return again(takenErrors(taken, names, 'rubric'), 409);
    let id: number;
    try {
      id = await store.createRubric(names, deps.now());
    } catch (err) {
      if (err instanceof TaxonomyConflict) return again({ [`slug_${langs[0]}`]: err.message }, 409);
      throw err;
    }
    await audit(deps.store.db, { user: who(req), action: 'rubric.change', target: displayName(names, langs), details: { op: 'create', id, names }, ip: req.ip, at: deps.now() });
    await deps.changed({ kind: 'taxonomy' });
    setFlash(reply, { kind: 'ok', text: `Rubric “${displayName(names, langs)}” created at the end of the menu.` });
    return reply.redirect(rubricsUrl, 303);
  });

  app.get('/newsroom/taxonomy/rubrics/:id/', pre, async (req: IdReq, reply) => {
    const id = parseId(req.params.id);
    const rubric = id && (await store.rubric(id));
    if (!rubric) return notFound(req, reply, 'rubric');
    const redirects = await store.redirectsTo('rubric', rubric.id);
    return sendPage(req, reply, deps, { title: `Rubric ${displayName(rubric.names, langs)}`, section: 'taxonomy' }, (csrf) =>
      RubricFormPage({ rubric, typed: typedOf(rubric.names), errors: {}, langs, csrf, redirects }),
    );
  });

  app.post('/newsroom/taxonomy/rubrics/:id/', pre, async (req: IdReq, reply) => {
    const id = parseId(req.params.id);
    const rubric = id && (await store.rubric(id));
    if (!rubric) return notFound(req, reply, 'rubric');
    const { typed, names, errors } = parseNames(req.body, langs, allLangs);
    const again = async (errs: FieldErrors, status = 400) => {
      const redirects = await store.redirectsTo('rubric', rubric.id);
      return sendPage(req, reply, deps, { title: `Rubric ${displayName(rubric.names, langs)}`, section: 'taxonomy', status, flash: formError(errs) }, (csrf) =>
        RubricFormPage({ rubric, typed, errors: errs, langs, csrf, redirects }),
      );
    };
    if (Object.keys(errors).length) return again(errors);
    const taken = await store.rubricSlugsTaken(Object.fromEntries(Object.entries(names).map(([l, n]) => [l, n.slug])), rubric.id);
    if (taken.length) return again(takenErrors(taken, names, 'rubric'), 409);
    let changed;
    try {
      changed = await store.updateRubric(rubric.id, names, deps.now());
    } catch (err) {
      if (err instanceof TaxonomyConflict) return again({ [`slug_${langs[0]}`]: err.message }, 409);
      throw err;
    }
    await audit(deps.store.db, {
      user: who(req),
      action: 'rubric.change',
      target: displayName(names, langs),
      details: { op: 'update', id: rubric.id, from: rubric.names, to: names },
      ip: req.ip,
      at: deps.now(),
    });
    await deps.changed({ kind: 'taxonomy' });
    const moved = changed.map((c) => `/${c.lang}/rubric/${c.from}/ now leads to /${c.lang}/rubric/${c.to}/`);
    setFlash(reply, { kind: 'ok', text: `Rubric saved.${moved.length ? ` ${moved.join('; ')}.` : ''}` });
    return reply.redirect(rubricUrl(rubric.id), 303);
  });

  app.post('/newsroom/taxonomy/rubrics/:id/move/', pre, async (req: IdReq, reply) => {
    const id = parseId(req.params.id);
    const rubric = id && (await store.rubric(id));
    if (!rubric) return notFound(req, reply, 'rubric');
    const direction = field(req.body, 'direction');
    if (direction !== 'up' && direction !== 'down') {
      setFlash(reply, { kind: 'error', text: 'Say whether to move the rubric up or down.' });
      return reply.redirect(rubricsUrl, 303);
    }
    const name = displayName(rubric.names, langs);
    if (await store.moveRubric(rubric.id, direction)) {
      await audit(deps.store.db, { user: who(req), action: 'rubric.change', target: name, details: { op: 'move', id: rubric.id, direction }, ip: req.ip, at: deps.now() });
      await deps.changed({ kind: 'taxonomy' });
      setFlash(reply, { kind: 'ok', text: `“${name}” moved ${direction}.` });
    } else {
      setFlash(reply, { kind: 'info', text: `“${name}” is already ${direction === 'up' ? 'first' : 'last'} in the menu.` });
    }
    return reply.redirect(rubricsUrl, 303);
  });

  app.post('/newsroom/taxonomy/rubrics/:id/delete/', pre, async (req: IdReq, reply) => {
    const id = parseId(req.params.id);
    const rubric = id && (await store.rubric(id));
    if (!rubric) return notFound(req, reply, 'rubric');
    const name = displayName(rubric.names, langs);
    try {
      await store.deleteRubric(rubric.id);
    } catch (err) {
      if (!(err instanceof TaxonomyConflict)) throw err;
      const fresh = (await store.rubric(rubric.id)) ?? rubric;
      const redirects = await store.redirectsTo('rubric', rubric.id);
      const text = `“${name}” was not deleted: ${err.message} Move those articles to another rubric first.`;
      return sendPage(req, reply, deps, { title: `Rubric ${name}`, section: 'taxonomy', status: 409, flash: { kind: 'error', text } }, (csrf) =>
        RubricFormPage({ rubric: fresh, typed: typedOf(fresh.names), errors: {}, langs, csrf, redirects }),
      );
    }
    await audit(deps.store.db, { user: who(req), action: 'rubric.change', target: name, details: { op: 'delete', id: rubric.id, names: rubric.names }, ip: req.ip, at: deps.now() });
    await deps.changed({ kind: 'taxonomy' });
    setFlash(reply, { kind: 'ok', text: `Rubric “${name}” deleted.` });
    return reply.redirect(rubricsUrl, 303);
  });

  // ----- tags -----

  app.get('/newsroom/taxonomy/tags/', pre, async (req: FastifyRequest<{ Querystring: Record<string, string | undefined> }>, reply) => {
    const lang = pickLang(req.query.lang);
    const q = (typeof req.query.q === 'string' ? req.query.q : '').trim().slice(0, 100);
    const sort = req.query.sort === 'count' ? 'count' : 'name';
    const asked = Number(req.query.page ?? '1');
    let page = Number.isInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
    let result = await store.tags({ lang, q, sort, limit: TAGS_PER_PAGE, offset: (page - 1) * TAGS_PER_PAGE });
    const pages = Math.max(1, Math.ceil(result.total / TAGS_PER_PAGE));
    if (page > pages) {
      page = pages;
      result = await store.tags({ lang, q, sort, limit: TAGS_PER_PAGE, offset: (page - 1) * TAGS_PER_PAGE });
    }
    return sendPage(req, reply, deps, { title: 'Tags', section: 'taxonomy' }, (csrf) =>
      TagsPage({ langs, lang, q, sort, page, pages, total: result.total, items: result.items, csrf }),
    );
  });

  async function tagPage(req: IdReq, reply: FastifyReply, tag: TagAdmin, opts: { typed?: Typed; errors?: FieldErrors; status?: number; flash?: { kind: 'error' | 'ok' | 'info'; text: string } } = {}) {
    const lang = pickLang(req.query.lang ?? field(req.body, 'lang'));
    const find = (typeof req.query.find === 'string' ? req.query.find : '').trim().slice(0, 100);
    const candidates = find ? (await store.tags({ lang, q: find, sort: 'count', limit: 11, offset: 0 })).items.filter((c) => c.id !== tag.id).slice(0, 10) : null;
    const redirects = await store.redirectsTo('tag', tag.id);
    return sendPage(req, reply, deps, { title: `Tag ${displayName(tag.names, langs, lang)}`, section: 'taxonomy', status: opts.status, flash: opts.flash }, (csrf) =>
      TagEditPage({ tag, langs, lang, typed: opts.typed ?? typedOf(tag.names), errors: opts.errors ?? {}, csrf, find, candidates, redirects }),
    );
  }

  async function loadTag(req: IdReq): Promise<TagAdmin | null> {
    const id = parseId(req.params.id);
    return id ? store.tag(id) : null;
  }

  app.get('/newsroom/taxonomy/tags/:id/', pre, async (req: IdReq, reply) => {
    const tag = await loadTag(req);
    if (!tag) return notFound(req, reply, 'tag');
    return tagPage(req, reply, tag);
  });

  app.post('/newsroom/taxonomy/tags/:id/', pre, async (req: IdReq, reply) => {
    const tag = await loadTag(req);
    if (!tag) return notFound(req, reply, 'tag');
    const lang = pickLang(field(req.body, 'lang'));
    // languages the tag has a name in must keep one; the others may stay empty
    const { typed, names, errors } = parseNames(req.body, langs, new Set(Object.keys(tag.names)));
    if (Object.keys(errors).length) return tagPage(req, reply, tag, { typed, errors, status: 400, flash: formError(errors) });
    const taken = await store.tagSlugsTaken(Object.fromEntries(Object.entries(names).map(([l, n]) => [l, n.slug])), tag.id);
    if (taken.length) {
      const errs = takenErrors(taken, names, 'tag');
      return tagPage(req, reply, tag, { typed, errors: errs, status: 409, flash: formError(errs) });
    }
    let changed;
    try {
      changed = await store.updateTag(tag.id, names, deps.now());
    } catch (err) {
      if (err instanceof TaxonomyConflict) return tagPage(req, reply, tag, { typed, status: 409, flash: { kind: 'error', text: err.message } });
      throw err;
    }
    await audit(deps.store.db, { user: who(req), action: 'tag.change', target: displayName(names, langs, lang), details: { op: 'rename', id: tag.id, from: tag.names, to: names }, ip: req.ip, at: deps.now() });
    await deps.changed({ kind: 'taxonomy' });
    const moved = changed.map((c) => `/${c.lang}/tag/${c.from}/ now leads to /${c.lang}/tag/${c.to}/`);
    setFlash(reply, { kind: 'ok', text: `Tag saved.${moved.length ? ` ${moved.join('; ')}.` : ''}` });
    return reply.redirect(tagUrl(tag.id, lang), 303);
  });

  app.get('/newsroom/taxonomy/tags/:id/merge/', pre, async (req: IdReq, reply) => {
    const from = await loadTag(req);
    if (!from) return notFound(req, reply, 'tag');
    const lang = pickLang(req.query.lang);
    const intoId = parseId(req.query.into);
    const into = intoId && intoId !== from.id ? await store.tag(intoId) : null;
    if (!into) return tagPage(req, reply, from, { status: 404, flash: { kind: 'error', text: 'Choose the tag to merge into from the search below.' } });
    const shared = await store.sharedArticles(from.id, into.id);
    return sendPage(req, reply, deps, { title: 'Merge tags', section: 'taxonomy' }, (csrf) => MergeConfirmPage({ from, into, shared, langs, lang, csrf }));
  });

  app.post('/newsroom/taxonomy/tags/:id/merge/', pre, async (req: IdReq, reply) => {
    const from = await loadTag(req);
    if (!from) return notFound(req, reply, 'tag');
    const lang = pickLang(field(req.body, 'lang'));
    const intoId = parseId(field(req.body, 'into'));
    const into = intoId && intoId !== from.id ? await store.tag(intoId) : null;
    if (!into) return tagPage(req, reply, from, { status: 400, flash: { kind: 'error', text: 'The tag to merge into does not exist (any more), or is this tag itself. Nothing was changed.' } });
    let result;
    try {
      result = await store.mergeTags(from.id, into.id, deps.now());
    } catch (err) {
      if (err instanceof TaxonomyConflict) return tagPage(req, reply, from, { status: 409, flash: { kind: 'error', text: `${err.message} Nothing was changed.` } });
      throw err;
    }
    const fromName = displayName(from.names, langs, lang);
    const intoName = displayName(into.names, langs, lang);
    await audit(deps.store.db, {
      user: who(req),
      action: 'tag.merge',
      target: `${fromName} → ${intoName}`,
      details: { from: { id: from.id, names: from.names }, into: { id: into.id, names: into.names }, moved: result.moved, duplicates: result.duplicates, adoptedLangs: result.adoptedLangs },
      ip: req.ip,
      at: deps.now(),
    });
    await deps.changed({ kind: 'taxonomy' });
    const dup = result.duplicates ? ` (${result.duplicates} already had both)` : '';
    setFlash(reply, { kind: 'ok', text: `“${fromName}” merged into “${intoName}”: ${result.moved} ${result.moved === 1 ? 'article' : 'articles'} moved${dup}.` });
    return reply.redirect(tagUrl(into.id, lang), 303);
  });

  app.post('/newsroom/taxonomy/tags/:id/delete/', pre, async (req: IdReq, reply) => {
    const tag = await loadTag(req);
    if (!tag) return notFound(req, reply, 'tag');
    const name = displayName(tag.names, langs, pickLang(req.query.lang));
    try {
      await store.deleteTag(tag.id);
    } catch (err) {
      if (!(err instanceof TaxonomyConflict)) throw err;
      const fresh = (await store.tag(tag.id)) ?? tag;
      return tagPage(req, reply, fresh, { status: 409, flash: { kind: 'error', text: `“${name}” was not deleted: ${err.message} Remove it from those articles or merge it into another tag.` } });
    }
    await audit(deps.store.db, { user: who(req), action: 'tag.change', target: name, details: { op: 'delete', id: tag.id, names: tag.names }, ip: req.ip, at: deps.now() });
    await deps.changed({ kind: 'taxonomy' });
    setFlash(reply, { kind: 'ok', text: `Tag “${name}” deleted.` });
    const back = field(req.body, 'back');
    return reply.redirect(back.startsWith('/newsroom/taxonomy/tags/') && !back.startsWith('//') ? back : tagsUrl(), 303);
  });
}
