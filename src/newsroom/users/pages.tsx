// The users pages (administrators only): everyone with their role and status, the invitation form,
// and one user's page (role, disable/enable, a password link).
import { Fragment, h } from '../../web/jsx.js';
import { ROLES } from '../auth/roles.js';
import { Csrf, Field, SelectField } from '../accounts/form.js';
import { ROLE_HINTS, ROLE_LABELS, When } from '../accounts/pages.js';
import type { FieldErrors } from '../accounts/service.js';
import type { UserRow } from './store.js';

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

function RoleHint() {
  return (
    <Fragment>
      {ROLES.map((r, i) => (
        <Fragment>
          {i ? ' ' : ''}
          <strong>{ROLE_LABELS[r]}</strong>: {ROLE_HINTS[r]}.
        </Fragment>
      ))}
    </Fragment>
  );
}

export function StatusBadge(props: { user: UserRow }) {
  const u = props.user;
  if (u.disabled) return <span class="nr-badge nr-badge--trashed">disabled</span>;
  if (!u.hasPassword) return <span class="nr-badge nr-badge--review">invited</span>;
  return <span class="nr-badge nr-badge--published">active</span>;
}

/** A one-time link to pass on by hand (nothing is emailed). */
export function LinkBox(props: { id: string; title: string; url: string; who: string; expiresAt: number; tz: string }) {
  return (
    <div class="acc-secret" role="status">
      <p>
        <strong>{props.title}</strong> Pass this link on to {props.who} yourself — nothing is emailed. It works once, until <When tz={props.tz} ms={props.expiresAt} />.
      </p>
      <label class="nr-label" for={props.id}>
        One-time link
      </label>
      <input id={props.id} class="acc-code-input" type="text" readonly value={props.url} />
    </div>
  );
}

export interface InviteValues {
  name: string;
  email: string;
  role: string;
}

export function UsersPage(p: {
  csrf: string;
  tz: string;
  users: UserRow[];
  lastSignIn: Map<number, number>;
  me: number;
  invite: InviteValues;
  errors: FieldErrors;
  invited?: { user: UserRow; url: string; expiresAt: number } | null;
}) {
  const active = p.users.filter((u) => !u.disabled).length;
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Users</h1>
        <p class="nr-muted">
          {p.users.length} {p.users.length === 1 ? 'account' : 'accounts'}, {active} active
        </p>
      </div>
      {p.invited ? <LinkBox id="invite-link" title={`${p.invited.user.name} is invited as ${ROLE_LABELS[p.invited.user.role].toLowerCase()}.`} url={p.invited.url} who={p.invited.user.name} expiresAt={p.invited.expiresAt} tz={p.tz} /> : null}
      <div class="nr-table-wrap" tabindex="0" role="region" aria-label="Newsroom accounts">
        <table class="nr-table acc-users acc-stack">
          <caption class="nr-sr">Newsroom accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
            </tr>
          </thead>
          <tbody>
            {p.users.map((u) => (
              <tr class={u.disabled ? 'acc-row-muted' : undefined}>
                <td data-label="Name">
                  <a href={`/newsroom/users/${u.id}/`}>{u.name}</a>
                  {u.id === p.me ? <span class="nr-muted"> (you)</span> : null}
                </td>
                <td data-label="Email" class="acc-break">{u.email}</td>
                <td data-label="Role">{ROLE_LABELS[u.role] ?? u.role}</td>
                <td data-label="Status">
                  <StatusBadge user={u} />
                </td>
                <td data-label="Last sign-in">
                  <When tz={p.tz} ms={p.lastSignIn.get(u.id) ?? null} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section class="nr-card acc-panel acc-spaced" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <p class="nr-hint">You get a one-time link (valid 7 days) to send them; they choose their own password on it.</p>
        <form method="post" action="/newsroom/users/" class="nr-form acc-form-columns" novalidate>
          <Csrf token={p.csrf} />
          <Field id="invite-name" name="name" label="Name" value={p.invite.name} error={p.errors.name} required maxlength={100} autocomplete="off" hint="Also their byline." />
          <Field id="invite-email" name="email" type="email" label="Email" value={p.invite.email} error={p.errors.email} required autocomplete="off" />
          <SelectField id="invite-role" name="role" label="Role" value={p.invite.role || 'author'} options={roleOptions} error={p.errors.role} hint={<RoleHint />} />
          <div class="nr-actions">
            <button type="submit" class="nr-button nr-button--primary">
              Create invitation link
            </button>
          </div>
        </form>
      </section>
    </Fragment>
  );
}

export function UserPage(p: {
  csrf: string;
  tz: string;
  user: UserRow;
  me: number;
  lastSignIn: number | null;
  sessions: number;
  tokens: number;
  link?: { url: string; expiresAt: number; kind: 'invite' | 'reset' } | null;
  roleError?: string;
}) {
  const u = p.user;
  const base = `/newsroom/users/${u.id}`;
  return (
    <Fragment>
      <p class="acc-breadcrumb">
        <a href="/newsroom/users/">Users</a>
      </p>
      <div class="nr-pagehead">
        <h1>
          {u.name} {u.id === p.me ? <span class="nr-muted">(you)</span> : null}
        </h1>
        <StatusBadge user={u} />
      </div>
      {p.link ? (
        <LinkBox id="user-link" title={p.link.kind === 'invite' ? 'New invitation link.' : 'Password reset link.'} url={p.link.url} who={u.name} expiresAt={p.link.expiresAt} tz={p.tz} />
      ) : null}
      <section class="nr-card acc-panel" aria-labelledby="user-about">
        <h2 id="user-about">Account</h2>
        <dl class="acc-dl">
          <dt>Email</dt>
          <dd>{u.email}</dd>
          <dt>Role</dt>
          <dd>{ROLE_LABELS[u.role] ?? u.role}</dd>
          <dt>Created</dt>
          <dd>
            <When tz={p.tz} ms={u.createdAt} />
          </dd>
          <dt>Last sign-in</dt>
          <dd>
            <When tz={p.tz} ms={p.lastSignIn} />
          </dd>
          <dt>Open sessions</dt>
          <dd>{p.sessions}</dd>
          <dt>Active API tokens</dt>
          <dd>{p.tokens}</dd>
        </dl>
        <p>
          <a href={`/newsroom/audit/?user=${u.id}`}>What {u.name} did (audit log)</a>
        </p>
      </section>

      <div class="acc-user-grid">
      <section class="nr-card acc-panel" aria-labelledby="user-role">
        <h2 id="user-role">Role</h2>
        <form method="post" action={`${base}/role/`} class="nr-form" novalidate>
          <Csrf token={p.csrf} />
          <SelectField id="user-role-select" name="role" label={`Role of ${u.name}`} value={u.role} options={roleOptions} error={p.roleError} hint={<RoleHint />} />
          <div class="nr-actions">
            <button type="submit" class="nr-button">
              Change role
            </button>
          </div>
        </form>
      </section>

      <section class="nr-card acc-panel" aria-labelledby="user-password">
        <h2 id="user-password">Password</h2>
        {u.disabled ? (
          <p class="nr-muted">Enable the account first to give {u.name} a password link.</p>
        ) : (
          <form method="post" action={`${base}/reset/`} class="acc-stacked-actions">
            <Csrf token={p.csrf} />
            <button type="submit" class="nr-button">
              {u.hasPassword ? 'Create a password reset link' : 'Create a new invitation link'}
            </button>
            <span class="nr-hint">{u.hasPassword ? 'Valid 24 hours; earlier links stop working.' : 'Valid 7 days; earlier links stop working.'}</span>
          </form>
        )}
      </section>

      <section class="nr-card acc-panel" aria-labelledby="user-access">
        <h2 id="user-access">Access</h2>
        {u.disabled ? (
          <form method="post" action={`${base}/enable/`} class="acc-stacked-actions">
            <Csrf token={p.csrf} />
            <button type="submit" class="nr-button nr-button--primary">
              Enable {u.name}
            </button>
            <span class="nr-hint">They can sign in again and their API tokens work again.</span>
          </form>
        ) : (
          <form method="post" action={`${base}/disable/`} class="acc-stacked-actions">
            <Csrf token={p.csrf} />
            <button type="submit" class="nr-button nr-button--danger">
              Disable {u.name}
            </button>
            <span class="nr-hint">Signs them out everywhere; their API tokens stop working. Their articles stay.</span>
          </form>
        )}
      </section>
      </div>
    </Fragment>
  );
}

export function UserNotFound() {
  return (
    <div class="nr-narrow nr-card">
      <h1>No such user</h1>
      <p>
        <a href="/newsroom/users/">Back to users</a>
      </p>
    </div>
  );
}
