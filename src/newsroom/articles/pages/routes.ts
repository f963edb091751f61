// The newsroom's article pages: list, new, edit (+ autosave), workflow actions, revisions and diff,
// the translation queue and the trash. Every route checks the role with guard(); the service checks
// again (it is the same code the JSON API uses), so a hand-made POST gets nothing a button would not.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isKnownLang, type Lang } from '../../../domain/lang.js';
import { guard } from '../../auth/guard.js';
import { can } from '../../auth/roles.js';
import type { Staff } from '../../auth/sessions.js';
import type { NewsroomDeps } from '../../deps.js';
import { setFlash } from '../../ui/flash.js';
import { sendPage } from '../../ui/render.js';
import { ArticleActionError, type NewsroomArticle } from '../contract.js';
import { ArticleService } from '../service/index.js';
import { editPath, LANG_NAME, STATUS_LABEL } from './components.js';
import { editRoutes, mayEdit, saveBeforeAction } from './edit-routes.js';
import { failPage, idParam, notFoundPage, staffOf, type PageContext } from './shared.js';
import { ListPage, readListQuery, toFilter } from './list.js';
import { PageLookups } from './lookups.js';
import { DiffPage, RevisionsPage } from './revisions.js';
import { formatFull, fromLocalInput } from './time.js';
import { QUEUE_PAGE_SIZE, QueuePage } from './translations.js';
import { TrashPage } from './trash.js';

function bodyField(req: FastifyRequest, name: string): string {
  const b = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
  const v = b[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

export function articlePageRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const ctx: PageContext = { deps, service: new ArticleService(deps), lookups: new PageLookups(deps.store.db) };
  const { service, lookups } = ctx;
  const tz = deps.config.siteTz;

  // ---------- list ----------
  app.get('/newsroom/articles/', { preHandler: guard() }, async (req, reply) => {
    const staff = staffOf(req);
    const q = readListQuery(req.query);
    const filter = toFilter(q, staff);
    const lang = filter.lang ?? deps.config.defaultLang;
    const [page, rubrics, authors] = await Promise.all([service.list(staff, filter), lookups.rubrics(lang), lookups.authors(lang)]);
    const now = deps.now();
    return sendPage(req, reply, deps, { title: 'Articles', section: 'articles' }, (csrf) =>
      ListPage({ staff, csrf, langs: deps.config.langs, defaultLang: deps.config.defaultLang, tz, now, query: q, page, rubrics, authors }),
    );
  });

  // ---------- new, edit, save, autosave ----------
  editRoutes(app, ctx);

  // ---------- workflow actions ----------
  // With an editable form the action buttons send the whole form: it is saved first (so "Publish now"
  // publishes what is on the screen), then the action runs. A bare POST (from a read-only view or a
  // script) runs the action alone.
  const actions: Array<{ name: string; action: Parameters<typeof guard>[0]; run: (staff: Staff, id: number, req: FastifyRequest) => Promise<{ text: string; to?: string }> }> = [
    { name: 'submit', action: 'article.submit', run: async (s, id) => (await service.submit(s, id), { text: 'Submitted for review. An editor will look at it.' }) },
    {
      name: 'publish',
      action: 'article.publish',
      run: async (s, id) => {
        const a = await service.publish(s, id);
        return { text: a.publicPath ? 'Published. It is on the site now.' : 'Published.' };
      },
    },
    {
      name: 'schedule',
      action: 'article.schedule',
      run: async (s, id, req) => {
        const at = fromLocalInput(tz, bodyField(req, 'at'));
        if (at === null || Number.isNaN(at)) throw new ArticleActionError('Choose the date and time to publish at.', 400, { at: 'Enter a date and time.' });
        const a = await service.schedule(s, id, at);
        return { text: `Scheduled. It goes live ${a.publishedAt ? formatFull(tz, a.publishedAt) : 'at the chosen time'} (site time).` };
      },
    },
    { name: 'unpublish', action: 'article.unpublish', run: async (s, id) => (await service.unpublish(s, id), { text: 'Unpublished. It is no longer on the site.' }) },
    {
      name: 'trash',
      action: 'article.delete',
      run: async (s, id) => {
        const a = await service.trash(s, id);
        return { text: `“${a.headline.slice(0, 80)}” is in the trash. An editor can restore it for 30 days.`, to: '/newsroom/articles/' };
      },
    },
    {
      name: 'restore',
      action: 'article.restore',
      run: async (s, id) => {
        const a = await service.restore(s, id);
        return { text: `Restored “${a.headline.slice(0, 80)}” as ${STATUS_LABEL[a.status].toLowerCase()}.`, to: '/newsroom/trash/' };
      },
    },
    {
      name: 'translate',
      action: 'article.translate',
      run: async (s, id, req) => {
        const lang = bodyField(req, 'lang');
        const a = await service.translate(s, id, lang);
        return { text: `${LANG_NAME[a.lang]} draft created. The original is shown beside it.`, to: editPath(a.id) };
      },
    },
  ];
  for (const act of actions) {
    app.post(`/newsroom/articles/:id/${act.name}/`, { preHandler: guard(act.action) }, async (req, reply) => {
      const id = idParam(req);
      if (id === null) return notFoundPage(req, reply, deps);
      const staff = staffOf(req);
      if (act.name !== 'trash' && act.name !== 'restore' && act.name !== 'translate') {
        const saved = await saveBeforeAction(ctx, req, reply, id);
        if (saved === 'answered') return reply;
      }
      try {
        const done = await act.run(staff, id, req);
        setFlash(reply, { kind: 'ok', text: done.text });
        return reply.redirect(done.to ?? editPath(id), 303);
      } catch (err) {
        return failPage(req, reply, deps, err, act.name === 'restore' ? '/newsroom/trash/' : editPath(id));
      }
    });
  }

  // ---------- revisions ----------
  // As the service: editors restore any article's revisions, authors and translators those of their own editable drafts.
  const mayRestoreRevision = (staff: Staff, a: NewsroomArticle) => (can(staff.role, 'revision.restore') || a.createdBy === staff.id) && mayEdit(staff, a);

  app.get('/newsroom/articles/:id/revisions/', { preHandler: guard() }, async (req, reply) => {
    const id = idParam(req);
    if (id === null) return notFoundPage(req, reply, deps);
    const staff = staffOf(req);
    try {
      const [article, revisions] = await Promise.all([service.get(staff, id), service.revisions(staff, id)]);
      const now = deps.now();
      return sendPage(req, reply, deps, { title: `Revisions: ${article.headline}`, section: 'articles' }, (csrf) =>
        RevisionsPage({ article, revisions, csrf, tz, now, mayRestore: mayRestoreRevision(staff, article) }),
      );
    } catch (err) {
      return failPage(req, reply, deps, err, editPath(id));
    }
  });

  app.get('/newsroom/articles/:id/revisions/diff/', { preHandler: guard() }, async (req, reply) => {
    const id = idParam(req);
    if (id === null) return notFoundPage(req, reply, deps);
    const staff = staffOf(req);
    const q = (req.query ?? {}) as Record<string, unknown>;
    const from = typeof q.from === 'string' && /^\d{1,9}$/.test(q.from) ? Number(q.from) : null;
    const to = typeof q.to === 'string' && /^\d{1,9}$/.test(q.to) ? Number(q.to) : null;
    if (from === null || to === null) {
      setFlash(reply, { kind: 'error', text: 'Choose two versions to compare.' });
      return reply.redirect(`/newsroom/articles/${id}/revisions/`, 303);
    }
    try {
      const [article, diff] = await Promise.all([service.get(staff, id), service.diff(staff, id, from, to)]);
      const now = deps.now();
      return sendPage(req, reply, deps, { title: `Changes: ${article.headline}`, section: 'articles' }, (csrf) =>
        DiffPage({ article, diff, csrf, tz, now, mayRestore: mayRestoreRevision(staff, article) }),
      );
    } catch (err) {
      return failPage(req, reply, deps, err, `/newsroom/articles/${id}/revisions/`);
    }
  });

  app.post('/newsroom/articles/:id/revisions/:rev/restore/', { preHandler: guard() }, async (req, reply) => {
    const id = idParam(req);
    const rev = idParam(req, 'rev');
    if (id === null || rev === null) return notFoundPage(req, reply, deps);
    const staff = staffOf(req);
    const base = bodyField(req, 'version');
    try {
      const result = await service.restoreRevision(staff, id, rev, /^\d{1,9}$/.test(base) ? Number(base) : 0);
      if (!result.ok) {
        setFlash(reply, { kind: 'error', text: result.message });
        return reply.redirect(`/newsroom/articles/${id}/revisions/`, 303);
      }
      setFlash(reply, { kind: 'ok', text: `Restored. The article is now version ${result.article.version}, with the text of the version you chose.` });
      return reply.redirect(editPath(id), 303);
    } catch (err) {
      return failPage(req, reply, deps, err, `/newsroom/articles/${id}/revisions/`);
    }
  });

  // ---------- translation queue ----------
  app.get('/newsroom/translations/', { preHandler: guard('article.translate') }, async (req, reply) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const langs = deps.config.langs;
    const wanted = typeof q.lang === 'string' && isKnownLang(q.lang) && langs.includes(q.lang) ? q.lang : (langs.find((l) => l !== deps.config.defaultLang) ?? langs[0]);
    const page = typeof q.page === 'string' && /^\d{1,5}$/.test(q.page) && Number(q.page) > 0 ? Number(q.page) : 1;
    const results = await Promise.all(langs.map((l) => service.translationQueue(l, { limit: l === wanted ? QUEUE_PAGE_SIZE : 1, page: l === wanted ? page : 1 })));
    const tabs = langs.map((l, i) => ({ lang: l, count: results[i].total }));
    const mine = results[langs.indexOf(wanted)];
    const now = deps.now();
    return sendPage(req, reply, deps, { title: `Translations into ${LANG_NAME[wanted as Lang]}`, section: 'translations' }, (csrf) =>
      QueuePage({ lang: wanted as Lang, tabs, items: mine.items, total: mine.total, page, csrf, tz, now, mayTranslate: can(staffOf(req).role, 'article.translate'), mayRestore: can(staffOf(req).role, 'article.restore') }),
    );
  });

  // ---------- trash ----------
  app.get('/newsroom/trash/', { preHandler: guard('article.restore') }, async (req, reply) => {
    const staff = staffOf(req);
    const list = await service.listTrash({ page: 1, pageSize: 200 });
    const details = await lookups.trashDetails(list.items.map((i) => i.id));
    const rows = list.items.map((i) => {
      const d = details.get(i.id);
      return { id: i.id, lang: i.lang, headline: i.headline, trashedAt: i.trashedAt ?? d?.trashedAt ?? i.updatedAt, trashedByName: d?.byName ?? null, statusBefore: d?.statusBefore ?? null, purgeAt: i.purgeAt ?? null };
    });
    const now = deps.now();
    return sendPage(req, reply, deps, { title: 'Trash', section: 'trash' }, (csrf) => TrashPage({ rows, csrf, tz, now, mayRestore: can(staff.role, 'article.restore') }));
  });
}
