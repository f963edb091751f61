// /newsroom/audit/ (administrators): the audit log, newest first, with filters and pages.
import type { FastifyInstance } from 'fastify';
import { isValidIsoDay } from '../../i18n/format.js';
import { h } from '../../web/jsx.js';
import { guard } from '../auth/guard.js';
import type { NewsroomDeps } from '../deps.js';
import { sendPage } from '../ui/render.js';
import { AuditPage, type AuditFilterErrors, type AuditFilterValues } from './pages.js';
import { auditActions, AUDIT_PAGE_SIZE, readAudit, type AuditFilter } from './query.js';

function one(v: unknown): string {
  return typeof v === 'string' ? v.trim().slice(0, 100) : '';
}

export function auditRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const db = deps.store.db;
  const tz = deps.config.siteTz;

  app.get('/newsroom/audit/', { preHandler: guard('audit.view') }, async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const values: AuditFilterValues = { action: one(q.action), user: one(q.user), article: one(q.article).replace(/^#/, ''), from: one(q.from), to: one(q.to) };
    const errors: AuditFilterErrors = {};
    const filter: AuditFilter = {};
    if (values.action) {
      if (/^[a-z][a-z0-9._-]*$/.test(values.action)) filter.action = values.action;
      else errors.action = 'Choose an action from the list.';
    }
    if (values.user === 'system') filter.user = 'system';
    else if (values.user) {
      if (/^\d{1,9}$/.test(values.user)) filter.user = Number(values.user);
      else errors.user = 'Choose a person from the list.';
    }
    if (values.article) {
      if (/^\d{1,9}$/.test(values.article)) filter.articleId = Number(values.article);
      else errors.article = 'An article id is a number, like 1234.';
    }
    for (const k of ['from', 'to'] as const) {
      if (!values[k]) continue;
      if (isValidIsoDay(values[k])) filter[k] = values[k];
      else errors[k] = 'Enter a date as YYYY-MM-DD.';
    }
    if (filter.from && filter.to && filter.from > filter.to) errors.to = 'This date is before the “From” date.';
    const pageParam = one(q.page);
    let page = /^\d{1,6}$/.test(pageParam) ? Math.max(1, Number(pageParam)) : 1;
    const hasErrors = Object.keys(errors).length > 0;
    let { rows, total } = hasErrors ? { rows: [], total: 0 } : await readAudit(db, tz, filter, page);
    const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
    if (page > pages && total > 0) {
      page = pages;
      ({ rows, total } = await readAudit(db, tz, filter, page));
    }
    const [actions, users] = await Promise.all([
      auditActions(db),
      db.selectFrom('users').select(['id', 'name']).orderBy('name').execute(),
    ]);
    return sendPage(
      req,
      reply,
      deps,
      { title: 'Audit log', section: 'audit', wide: true, status: hasErrors ? 400 : 200, flash: hasErrors ? { kind: 'error', text: 'Check the filters marked below.' } : undefined },
      () => h(AuditPage, { tz, rows, total, page, pages, values, errors, actions, users }),
    );
  });
}
