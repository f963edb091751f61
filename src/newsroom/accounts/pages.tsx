// Pages of the accounts area: sign in, first-administrator setup, choosing a password from a one-time
// link, link problems, and the signed-in person's own account (password, sessions, API tokens).
import { Fragment, h } from '../../web/jsx.js';
import type { SessionInfo, Staff } from '../auth/sessions.js';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { Csrf, Field, type FieldProps } from './form.js';
import type { FieldErrors } from './service.js';
import { formatWhen, isoInstant } from './time.js';

export const ROLE_LABELS: Record<string, string> = {
  administrator: 'Administrator',
  editor: 'Editor',
  author: 'Author',
  translator: 'Translator',
};

export const ROLE_HINTS: Record<string, string> = {
  administrator: 'users, settings and everything an editor does',
  editor: 'edits, publishes and schedules anything; rubrics and tags',
  author: 'writes own drafts and submits them for review',
  translator: 'translates stories and submits them for review',
};

function When(props: { tz: string; ms: number | null; seconds?: boolean }) {
  if (props.ms == null) return <span class="nr-muted">never</span>;
  return <time datetime={isoInstant(props.ms)}>{formatWhen(props.tz, props.ms, { seconds: props.seconds })}</time>;
}
export { When };

function NewPasswordFields(props: { errors: FieldErrors; idPrefix: string; label?: string; autofocus?: boolean }) {
  const common: Partial<FieldProps> = { type: 'password', autocomplete: 'new-password', required: true, minlength: MIN_PASSWORD_LENGTH, maxlength: 200 };
  return (
    <Fragment>
      <Field
        {...common}
        id={`${props.idPrefix}-password`}
        name="password"
        label={props.label ?? 'Password'}
        error={props.errors.password}
        autofocus={props.autofocus}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong, memorable password.`}
      />
      <Field {...common} id={`${props.idPrefix}-password2`} name="password2" label={`${props.label ?? 'Password'} again`} error={props.errors.password2} />
    </Fragment>
  );
}

export function LoginPage(props: { csrf: string; email: string; next: string | null; error?: string | null }) {
  return (
    <div class="nr-narrow nr-card acc-auth">
      <h1>Sign in to the newsroom</h1>
      {props.error ? (
        <p class="nr-flash nr-flash--error" role="alert" id="login-error">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/newsroom/login/" class="nr-form" novalidate>
        <Csrf token={props.csrf} />
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <Field id="login-email" name="email" type="email" label="Email" value={props.email} autocomplete="username" required autofocus={!props.email} />
        <Field id="login-password" name="password" type="password" label="Password" autocomplete="current-password" required autofocus={Boolean(props.email)} />
        <div class="nr-actions">
          <button type="submit" class="nr-button nr-button--primary">
            Sign in
          </button>
        </div>
      </form>
      <p class="nr-hint">Forgot your password? Ask an administrator for a reset link.</p>
    </div>
  );
}

export function SetupPage(props: { csrf: string; action: string; values: { name: string; email: string }; errors: FieldErrors }) {
  return (
    <div class="nr-narrow nr-card acc-auth">
      <h1>Set up the newsroom</h1>
      <p>Create the first administrator. They can then invite everyone else from the Users page.</p>
      <form method="post" action={props.action} class="nr-form" novalidate>
        <Csrf token={props.csrf} />
        <Field id="setup-name" name="name" label="Your name" value={props.values.name} error={props.errors.name} autocomplete="name" required maxlength={100} autofocus hint="Shown in the newsroom and as your byline." />
        <Field id="setup-email" name="email" type="email" label="Email" value={props.values.email} error={props.errors.email} autocomplete="username" required hint="You sign in with it." />
        <NewPasswordFields errors={props.errors} idPrefix="setup" />
        <div class="nr-actions">
          <button type="submit" class="nr-button nr-button--primary">
            Create the administrator
          </button>
        </div>
      </form>
    </div>
  );
}

export function SetPasswordPage(props: { csrf: string; action: string; kind: 'invite' | 'reset'; name: string; email: string; expiresAt: number; tz: string; errors: FieldErrors }) {
  return (
    <div class="nr-narrow nr-card acc-auth">
      <h1>{props.kind === 'invite' ? 'Welcome to the newsroom' : 'Choose a new password'}</h1>
      <p>
        {props.kind === 'invite' ? (
          <Fragment>
            Hello, <strong>{props.name}</strong>. Choose a password for <strong>{props.email}</strong> to finish setting up your account.
          </Fragment>
        ) : (
          <Fragment>
            A new password for <strong>{props.name}</strong> ({props.email}). Other devices signed in to this account will be signed out.
          </Fragment>
        )}
      </p>
      <form method="post" action={props.action} class="nr-form" novalidate>
        <Csrf token={props.csrf} />
        <input type="hidden" name="username" value={props.email} autocomplete="username" />
        <NewPasswordFields errors={props.errors} idPrefix="link" label={props.kind === 'invite' ? 'Password' : 'New password'} autofocus />
        <div class="nr-actions">
          <button type="submit" class="nr-button nr-button--primary">
            {props.kind === 'invite' ? 'Set password and sign in' : 'Change password and sign in'}
          </button>
        </div>
      </form>
      <p class="nr-hint">
        This link works once, until <When tz={props.tz} ms={props.expiresAt} />.
      </p>
    </div>
  );
}

/** A one-time link that cannot be used (used, expired, unknown, or setup already done). */
export function LinkProblemPage(props: { title: string; text: string; signIn?: boolean }) {
  return (
    <div class="nr-narrow nr-card acc-auth">
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      {props.signIn !== false ? (
        <p>
          <a class="nr-button" href="/newsroom/login/">
            Go to sign in
          </a>
        </p>
      ) : null}
    </div>
  );
}

export function SignOutPage(props: { csrf: string }) {
  return (
    <div class="nr-narrow nr-card acc-auth">
      <h1>Sign out</h1>
      <form method="post" action="/newsroom/logout/" class="nr-actions">
        <Csrf token={props.csrf} />
        <button type="submit" class="nr-button nr-button--primary">
          Sign out of the newsroom
        </button>
        <a href="/newsroom/">Stay signed in</a>
      </form>
    </div>
  );
}

export interface TokenListItem {
  id: number;
  name: string;
  prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface AccountPageProps {
  csrf: string;
  staff: Staff;
  tz: string;
  sessions: SessionInfo[];
  tokens: TokenListItem[];
  /** a token just created: shown once */
  newToken?: { name: string; token: string } | null;
  passwordErrors?: FieldErrors & { current?: string };
  tokenName?: string;
  tokenError?: string;
}

/** "Firefox on Linux" from a User-Agent, or the first words of it. */
export function describeAgent(ua: string | null): string {
  if (!ua) return 'Unknown browser';
  const browser = /Edg\//.test(ua) ? 'Edge' : /OPR\//.test(ua) ? 'Opera' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : null;
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS X|Macintosh/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : null;
  if (browser && os) return `${browser} on ${os}`;
  if (browser) return browser;
  return ua.length > 60 ? `${ua.slice(0, 60)}…` : ua;
}

export function AccountPage(p: AccountPageProps) {
  const errors = p.passwordErrors ?? {};
  const active = p.tokens.filter((t) => t.revoked_at == null);
  const revoked = p.tokens.filter((t) => t.revoked_at != null);
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Your account</h1>
      </div>
      <div class="acc-grid">
      <section class="nr-card acc-panel" aria-labelledby="acc-profile">
        <h2 id="acc-profile">Profile</h2>
        <dl class="acc-dl">
          <dt>Name</dt>
          <dd>{p.staff.name}</dd>
          <dt>Email</dt>
          <dd>{p.staff.email}</dd>
          <dt>Role</dt>
          <dd>
            {ROLE_LABELS[p.staff.role] ?? p.staff.role} <span class="nr-muted">— {ROLE_HINTS[p.staff.role]}</span>
          </dd>
        </dl>
      </section>

      <section class="nr-card acc-panel" aria-labelledby="acc-password">
        <h2 id="acc-password">Change password</h2>
        <form method="post" action="/newsroom/account/password/" class="nr-form" novalidate>
          <Csrf token={p.csrf} />
          <input type="hidden" name="username" value={p.staff.email} autocomplete="username" />
          <Field id="acc-current" name="current" type="password" label="Current password" autocomplete="current-password" required error={errors.current} />
          <NewPasswordFields errors={errors} idPrefix="acc" label="New password" />
          <div class="nr-actions">
            <button type="submit" class="nr-button nr-button--primary">
              Change password
            </button>
            <span class="nr-hint">Your other sessions will be signed out.</span>
          </div>
        </form>
      </section>

      </div>

      <section class="nr-card acc-panel" aria-labelledby="acc-sessions">
        <h2 id="acc-sessions">Where you are signed in</h2>
        <div class="nr-table-wrap" tabindex="0" role="region" aria-labelledby="acc-sessions">
          <table class="nr-table acc-stack">
            <caption class="nr-sr">Your sessions, most recently used first</caption>
            <thead>
              <tr>
                <th scope="col">Browser</th>
                <th scope="col">Address</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last active</th>
                <th scope="col">
                  <span class="nr-sr">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {p.sessions.map((s) => {
                const current = s.tokenHash === p.staff.sessionHash;
                return (
                  <tr>
                    <td data-label="Browser">
                      {describeAgent(s.userAgent)} {current ? <span class="nr-badge nr-badge--published">this session</span> : null}
                    </td>
                    <td data-label="Address">{s.ip ?? '—'}</td>
                    <td data-label="Signed in">
                      <When tz={p.tz} ms={s.createdAt} />
                    </td>
                    <td data-label="Last active">
                      <When tz={p.tz} ms={s.lastSeenAt} />
                    </td>
                    <td class="acc-cell-actions">
                      {current ? null : (
                        <form method="post" action="/newsroom/account/sessions/end/">
                          <Csrf token={p.csrf} />
                          <input type="hidden" name="session" value={s.tokenHash.slice(0, 16)} />
                          <button type="submit" class="nr-button nr-button--small">
                            Sign out<span class="nr-sr"> {describeAgent(s.userAgent)} from {s.ip ?? 'an unknown address'}</span>
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div class="nr-actions acc-spaced">
          <form method="post" action="/newsroom/account/sessions/others/">
            <Csrf token={p.csrf} />
            <button type="submit" class="nr-button" disabled={p.sessions.length <= 1 ? true : undefined}>
              Sign out everywhere else
            </button>
          </form>
          <form method="post" action="/newsroom/account/sessions/all/">
            <Csrf token={p.csrf} />
            <button type="submit" class="nr-button nr-button--danger">
              Sign out everywhere
            </button>
          </form>
        </div>
      </section>

      <section class="nr-card acc-panel" aria-labelledby="acc-tokens">
        <h2 id="acc-tokens">API tokens</h2>
        <p class="nr-hint">
          For scripts and importers using the newsroom API (<code>/api/v1/newsroom/</code>): send <code>Authorization: Bearer &lt;token&gt;</code>. A token can
          do what you can do; revoke it when it is no longer needed.
        </p>
        {p.newToken ? (
          <div class="acc-secret" role="status">
            <p>
              <strong>New token “{p.newToken.name}”.</strong> Copy it now: it is shown only this once.
            </p>
            <label class="nr-label" for="acc-new-token">
              Token
            </label>
            <input id="acc-new-token" class="acc-code-input" type="text" readonly value={p.newToken.token} />
          </div>
        ) : null}
        {active.length ? (
          <div class="nr-table-wrap" tabindex="0" role="region" aria-label="Your active API tokens">
            <table class="nr-table acc-stack">
              <caption class="nr-sr">Your active API tokens</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">
                    <span class="nr-sr">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {active.map((t) => (
                  <tr>
                    <td data-label="Name">{t.name}</td>
                    <td data-label="Starts with">
                      <code>{t.prefix}…</code>
                    </td>
                    <td data-label="Created">
                      <When tz={p.tz} ms={Number(t.created_at)} />
                    </td>
                    <td data-label="Last used">
                      <When tz={p.tz} ms={t.last_used_at == null ? null : Number(t.last_used_at)} />
                    </td>
                    <td class="acc-cell-actions">
                      <form method="post" action={`/newsroom/account/tokens/${t.id}/revoke/`}>
                        <Csrf token={p.csrf} />
                        <button type="submit" class="nr-button nr-button--small nr-button--danger">
                          Revoke<span class="nr-sr"> {t.name}</span>
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="nr-muted">You have no active API tokens.</p>
        )}
        <form method="post" action="/newsroom/account/tokens/" class="nr-form acc-form-row acc-spaced" novalidate>
          <Csrf token={p.csrf} />
          <Field id="acc-token-name" name="name" label="New token name" value={p.tokenName ?? ''} error={p.tokenError} required maxlength={100} hint="What it is for, e.g. “wire importer”." />
          <div class="nr-actions">
            <button type="submit" class="nr-button">
              Create token
            </button>
          </div>
        </form>
        {revoked.length ? (
          <details class="acc-spaced">
            <summary>Revoked tokens ({revoked.length})</summary>
            <ul class="acc-plain-list">
              {revoked.map((t) => (
                <li>
                  {t.name} <code>{t.prefix}…</code> — revoked <When tz={p.tz} ms={Number(t.revoked_at)} />
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </Fragment>
  );
}
