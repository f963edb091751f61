// The audit log page: filters, the entries newest first, and paging.
import { Fragment, h } from '../../web/jsx.js';
import { Field, SelectField } from '../accounts/form.js';
import { When } from '../accounts/pages.js';
import type { AuditRow } from './query.js';

export interface AuditFilterValues {
  action: string;
  user: string;
  article: string;
  from: string;
  to: string;
}

export type AuditFilterErrors = Partial<Record<keyof AuditFilterValues, string>>;

function detailText(details: AuditRow['details']): string {
  if (details == null) return '';
  if (typeof details === 'string') return details;
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');
}

function pageHref(values: AuditFilterValues, page: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) q.set(k, v);
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return `/newsroom/audit/${s ? `?${s}` : ''}`;
}

function Who(props: { row: AuditRow; values: AuditFilterValues }) {
  const r = props.row;
  if (r.userId != null) return <a href={pageHref({ ...props.values, user: String(r.userId) }, 1)}>{r.userName ?? `user ${r.userId}`}</a>;
  const via = r.details && typeof r.details === 'object' && typeof r.details.via === 'string' ? r.details.via : null;
  return <span class="nr-muted">{via ?? (r.action === 'login.failed' ? 'not signed in' : 'system')}</span>;
}

export function AuditPage(p: {
  tz: string;
  rows: AuditRow[];
  total: number;
  page: number;
  pages: number;
  values: AuditFilterValues;
  errors: AuditFilterErrors;
  actions: string[];
  users: Array<{ id: number; name: string }>;
}) {
  const filtered = Object.values(p.values).some(Boolean);
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Audit log</h1>
        <p class="nr-muted">
          {p.total} {p.total === 1 ? 'entry' : 'entries'}
          {filtered ? ' match' : ''} · times in {p.tz}
        </p>
      </div>
      <form method="get" action="/newsroom/audit/" class="nr-filters nr-card" role="search" aria-label="Filter the audit log">
        <SelectField
          id="audit-action"
          name="action"
          label="Action"
          value={p.values.action}
          options={[{ value: '', label: 'Any action' }, ...(p.values.action && !p.actions.includes(p.values.action) ? [p.values.action] : []).concat(p.actions).map((a) => ({ value: a, label: a }))]}
          error={p.errors.action}
        />
        <SelectField
          id="audit-user"
          name="user"
          label="Who"
          value={p.values.user}
          options={[{ value: '', label: 'Anyone' }, { value: 'system', label: 'System, command line, not signed in' }, ...p.users.map((u) => ({ value: String(u.id), label: u.name }))]}
          error={p.errors.user}
        />
        <Field id="audit-article" name="article" label="Article id" type="text" inputmode="numeric" value={p.values.article} error={p.errors.article} maxlength={12} />
        <Field id="audit-from" name="from" label="From" type="date" value={p.values.from} error={p.errors.from} />
        <Field id="audit-to" name="to" label="To" type="date" value={p.values.to} error={p.errors.to} />
        <div class="nr-actions">
          <button type="submit" class="nr-button nr-button--primary">
            Filter
          </button>
          {filtered ? <a href="/newsroom/audit/">Clear filters</a> : null}
        </div>
      </form>
      {p.rows.length ? (
        <div class="nr-table-wrap" tabindex="0" role="region" aria-label="Audit log entries">
          <table class="nr-table acc-audit acc-stack">
            <caption class="nr-sr">Audit log entries, newest first{p.pages > 1 ? `, page ${p.page} of ${p.pages}` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Article</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
                <th scope="col">Address</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <td class="acc-nowrap" data-label="Time">
                    <When tz={p.tz} ms={r.at} seconds />
                  </td>
                  <td data-label="Who">
                    <Who row={r} values={p.values} />
                  </td>
                  <td data-label="Action">
                    <a class="acc-audit-action" href={pageHref({ ...p.values, action: r.action }, 1)}>
                      {r.action}
                    </a>
                  </td>
                  <td data-label="Article">{r.articleId != null ? <a href={`/newsroom/articles/${r.articleId}/`}>{`#${r.articleId}`}</a> : null}</td>
                  <td class="acc-break" data-label="Target">{r.target ?? ''}</td>
                  <td class="acc-break acc-audit-details" data-label="Details">{detailText(r.details)}</td>
                  <td class="acc-nowrap" data-label="Address">{r.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="nr-card">{filtered ? 'Nothing in the log matches these filters.' : 'The log is empty.'}</p>
      )}
      {p.pages > 1 ? (
        <nav class="nr-pager" aria-label="Pages of the audit log">
          {p.page > 1 ? (
            <a href={pageHref(p.values, p.page - 1)} rel="prev">
              ← Newer
            </a>
          ) : null}
          <span>
            Page {p.page} of {p.pages}
          </span>
          {p.page < p.pages ? (
            <a href={pageHref(p.values, p.page + 1)} rel="next">
              Older →
            </a>
          ) : null}
        </nav>
      ) : null}
    </Fragment>
  );
}
