// Signing in and out, the first administrator's setup link, invitation and reset links, and the
// signed-in person's own account page (password, sessions, API tokens); GET /api/v1/newsroom/me.
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { h } from '../../web/jsx.js';
import { audit } from '../audit/log.js';
import { clearSessionCookie, forbidden, guard, setSessionCookie } from '../auth/guard.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { randomToken } from '../auth/secrets.js';
import type { Staff } from '../auth/sessions.js';
import type { NewsroomDeps } from '../deps.js';
import { setFlash } from '../ui/flash.js';
import { sendPage } from '../ui/render.js';
import { errorFlash, field } from './form.js';
import { linkPath, type LinkState, type OneTimeLink } from './links.js';
import type { UserRow } from '../users/store.js';
import { AccountPage, LinkProblemPage, LoginPage, SetPasswordPage, SetupPage, SignOutPage, type AccountPageProps } from './pages.js';
import { AccountService, checkEmail, checkName, checkNewPassword, MAX_TOKEN_NAME_LENGTH, type Actor, type FieldErrors } from './service.js';
import { lockMessage, LoginThrottle } from './throttle.js';

const GENERIC_LOGIN_ERROR = 'The email or password is not right.';

/**
 * Where to go after signing in: `next` when it is a path on this site under /newsroom/ (never another
 * host, never a scheme-relative or backslash trick), otherwise the newsroom's front page.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 500) return '/newsroom/';
  if (!next.startsWith('/newsroom/') || /[\\\s\u0000-\u001f]/.test(next)) return '/newsroom/';
  try {
    const u = new URL(next, 'http://newsroom.invalid');
    if (u.host !== 'newsroom.invalid' || !u.pathname.startsWith('/newsroom/')) return '/newsroom/';
    if (/^\/newsroom\/(login|logout|setup|invite|reset)\//.test(u.pathname)) return '/newsroom/';
    return u.pathname + u.search;
  } catch {
    return '/newsroom/';
  }
}

// Verifying against a real hash when the email is unknown makes that answer take as long as a wrong
// password, so timing does not tell which emails have accounts.
let dummyHash: Promise<string> | null = null;
async function burnVerify(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomToken());
  await verifyPassword(await dummyHash, password);
}

export function actorOf(req: FastifyRequest): Actor {
  return { user: req.staff ? { id: req.staff.id, name: req.staff.name } : null, ip: req.ip ?? null };
}

/** Account pages change credentials: only from a browser session, never with an API token. */
export const sessionOnly: preHandlerAsyncHookHandler = async (req, reply) => {
  if (req.staff?.via !== 'session') return forbidden(req, reply, 'Manage your account from the newsroom in a browser, not with an API token.');
};

function userAgent(req: FastifyRequest): string | null {
  const ua = req.headers['user-agent'];
  return typeof ua === 'string' ? ua : null;
}

export function accountRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const db = deps.store.db;
  const accounts = new AccountService(db, deps.config, deps.now, { sessions: deps.sessions, tokens: deps.apiTokens });
  const throttle = new LoginThrottle(db, deps.now);
  const tz = deps.config.siteTz;

  async function signIn(req: FastifyRequest, reply: FastifyReply, user: { id: number; name: string }, action: 'login' | 'setup' | null) {
    // A browser that was signed in as someone else leaves that session behind for good.
    if (req.staff?.sessionHash) await deps.sessions.revoke(req.staff.sessionHash);
    const session = await deps.sessions.create(user.id, req.ip ?? null, userAgent(req));
    setSessionCookie(req, reply, deps, session.token);
    if (action) await audit(db, { user: { id: user.id, name: user.name }, action, ip: req.ip ?? null, at: deps.now() });
  }

  // ---- sign in / sign out ----

  function loginPage(req: FastifyRequest, reply: FastifyReply, opts: { email?: string; next?: string | null; error?: string | null; status?: number }) {
    return sendPage(req, reply, deps, { title: 'Sign in', status: opts.status }, (csrf) =>
      h(LoginPage, { csrf, email: opts.email ?? '', next: opts.next ?? null, error: opts.error ?? null }),
    );
  }

  app.get('/newsroom/login/', async (req, reply) => {
    const next = (req.query as Record<string, unknown>).next;
    if (req.staff) return reply.redirect(safeNext(next), 303);
    return loginPage(req, reply, { next: typeof next === 'string' && safeNext(next) !== '/newsroom/' ? safeNext(next) : null });
  });

  app.post('/newsroom/login/', async (req, reply) => {
    const email = field(req.body, 'email').trim().slice(0, 254);
    const password = field(req.body, 'password');
    const nextRaw = field(req.body, 'next');
    const next = safeNext(nextRaw) === '/newsroom/' ? null : safeNext(nextRaw);
    const ip = req.ip ?? null;
    if (!email || !password) return loginPage(req, reply, { email, next, error: 'Enter your email and your password.', status: 400 });

    // The lock is checked before the password: a right password does not open a locked account.
    const lock = await throttle.lockFor(email, ip);
    if (lock) {
      await audit(db, { user: null, action: 'login.failed', target: email, details: { reason: 'locked', scope: lock.scope }, ip, at: deps.now() });
      return loginPage(req, reply, { email, next, error: lockMessage(lock, deps.now()), status: 429 });
    }

    const user = await accounts.users.byEmail(email);
    let ok = false;
    // the same work whether or not the account exists or has a password yet (invited, not set up)
    if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, password);
    else await burnVerify(password);
    if (!ok) {
      await throttle.recordFailure(email, ip);
      await audit(db, { user: null, action: 'login.failed', target: email, details: { reason: user ? 'password' : 'unknown email' }, ip, at: deps.now() });
      const nowLocked = await throttle.lockFor(email, ip);
      if (nowLocked) return loginPage(req, reply, { email, next, error: lockMessage(nowLocked, deps.now()), status: 429 });
      return loginPage(req, reply, { email, next, error: GENERIC_LOGIN_ERROR, status: 400 });
    }
    if (user!.disabled) {
      await audit(db, { user: { id: user!.id, name: user!.name }, action: 'login.failed', target: user!.email, details: { reason: 'disabled' }, ip, at: deps.now() });
      return loginPage(req, reply, { email, next, error: 'This account is disabled. An administrator can enable it again.', status: 403 });
    }
    await throttle.clearAccount(email);
    await signIn(req, reply, user!, 'login');
    return reply.redirect(next ?? '/newsroom/', 303);
  });

  app.get('/newsroom/logout/', async (req, reply) => {
    if (!req.staff) return reply.redirect('/newsroom/login/', 303);
    return sendPage(req, reply, deps, { title: 'Sign out' }, (csrf) => h(SignOutPage, { csrf }));
  });

  app.post('/newsroom/logout/', async (req, reply) => {
    const staff = req.staff;
    if (staff?.sessionHash) {
      await deps.sessions.revoke(staff.sessionHash);
      await audit(db, { user: { id: staff.id, name: staff.name }, action: 'logout', ip: req.ip ?? null, at: deps.now() });
    }
    clearSessionCookie(req, reply, deps);
    if (staff) setFlash(reply, { kind: 'ok', text: 'You have signed out.' });
    return reply.redirect('/newsroom/login/', 303);
  });

  // ---- the first administrator ----

  async function setupState(token: string): Promise<{ problem: { status: number; title: string; text: string } } | { link: Extract<LinkState, { state: 'valid' }>['link'] }> {
    if ((await accounts.users.count()) > 0) {
      return { problem: { status: 410, title: 'The newsroom is already set up', text: 'Setup links work only before the first account exists. Sign in, or ask an administrator for an invitation.' } };
    }
    const found = await accounts.links.find(token);
    if (found.state === 'valid' && found.link.kind === 'setup') return { link: found.link };
    return { problem: linkProblem(found, 'setup') };
  }

  app.get('/newsroom/setup/:token/', async (req, reply) => {
    const { token } = req.params as { token: string };
    const s = await setupState(token);
    if ('problem' in s) return sendPage(req, reply, deps, { title: s.problem.title, status: s.problem.status }, () => h(LinkProblemPage, s.problem));
    return sendPage(req, reply, deps, { title: 'Set up the newsroom' }, (csrf) => h(SetupPage, { csrf, action: linkPath('setup', token), values: { name: '', email: '' }, errors: {} }));
  });

  app.post('/newsroom/setup/:token/', async (req, reply) => {
    const { token } = req.params as { token: string };
    const s = await setupState(token);
    if ('problem' in s) return sendPage(req, reply, deps, { title: s.problem.title, status: s.problem.status }, () => h(LinkProblemPage, s.problem));
    const values = { name: field(req.body, 'name').trim(), email: field(req.body, 'email').trim() };
    const password = field(req.body, 'password');
    const errors: FieldErrors = { name: checkName(values.name), email: checkEmail(values.email), ...checkNewPassword(password, field(req.body, 'password2')) };
    if (Object.values(errors).some(Boolean)) {
      return sendPage(req, reply, deps, { title: 'Set up the newsroom', status: 400, flash: errorFlash(errors) }, (csrf) => h(SetupPage, { csrf, action: linkPath('setup', token), values, errors }));
    }
    const passwordHash = await hashPassword(password);
    if (!(await accounts.links.consume(s.link.id)) || (await accounts.users.count()) > 0) {
      const problem = { title: 'This setup link has already been used', text: 'The first administrator exists. Sign in with that account.' };
      return sendPage(req, reply, deps, { title: problem.title, status: 410 }, () => h(LinkProblemPage, problem));
    }
    const user = await accounts.users.create({ name: values.name, email: values.email, role: 'administrator', passwordHash });
    await signIn(req, reply, user, null);
    await audit(db, { user: { id: user.id, name: user.name }, action: 'setup', target: user.email, ip: req.ip ?? null, at: deps.now() });
    setFlash(reply, { kind: 'ok', text: `Welcome, ${user.name}. You are the administrator: invite your colleagues from the Users page.` });
    return reply.redirect('/newsroom/', 303);
  });

  // ---- invitation and reset links ----

  type Problem = { status: number; title: string; text: string };
  type PasswordLink = { link: OneTimeLink & { kind: 'invite' | 'reset'; userId: number }; user: UserRow };
  async function passwordLinkState(token: string): Promise<{ problem: Problem } | PasswordLink> {
    const found = await accounts.links.find(token);
    if (found.state !== 'valid' || found.link.kind === 'setup' || found.link.userId == null) return { problem: linkProblem(found, 'password') };
    const user = await accounts.users.byId(found.link.userId);
    if (!user) return { problem: linkProblem({ state: 'unknown' }, 'password') };
    if (user.disabled) return { problem: { status: 403, title: 'This account is disabled', text: 'An administrator has disabled this account, so the link does not work. Ask them to enable it.' } };
    return { link: found.link as PasswordLink['link'], user };
  }

  for (const prefix of ['invite', 'reset'] as const) {
    const path = `/newsroom/${prefix}/:token/`;
    app.get(path, async (req, reply) => {
      const { token } = req.params as { token: string };
      const s = await passwordLinkState(token);
      if ('problem' in s) return sendPage(req, reply, deps, { title: s.problem.title, status: s.problem.status }, () => h(LinkProblemPage, s.problem));
      return sendPage(req, reply, deps, { title: s.link.kind === 'invite' ? 'Welcome' : 'New password' }, (csrf) =>
        h(SetPasswordPage, { csrf, action: linkPath(prefix, token), kind: s.link.kind, name: s.user.name, email: s.user.email, expiresAt: s.link.expiresAt, tz, errors: {} }),
      );
    });

    app.post(path, async (req, reply) => {
      const { token } = req.params as { token: string };
      const s = await passwordLinkState(token);
      if ('problem' in s) return sendPage(req, reply, deps, { title: s.problem.title, status: s.problem.status }, () => h(LinkProblemPage, s.problem));
      const password = field(req.body, 'password');
      const errors = checkNewPassword(password, field(req.body, 'password2'));
      if (Object.values(errors).some(Boolean)) {
        return sendPage(req, reply, deps, { title: s.link.kind === 'invite' ? 'Welcome' : 'New password', status: 400, flash: errorFlash(errors) }, (csrf) =>
          h(SetPasswordPage, { csrf, action: linkPath(prefix, token), kind: s.link.kind, name: s.user.name, email: s.user.email, expiresAt: s.link.expiresAt, tz, errors }),
        );
      }
      const passwordHash = await hashPassword(password);
      if (!(await accounts.links.consume(s.link.id))) {
        const problem = linkProblem({ state: 'used', link: s.link }, 'password');
        return sendPage(req, reply, deps, { title: problem.title, status: problem.status }, () => h(LinkProblemPage, problem));
      }
      await accounts.users.setPassword(s.user.id, passwordHash);
      await deps.sessions.revokeAll(s.user.id);
      await accounts.links.revokeForUser(s.user.id);
      await throttle.clearAccount(s.user.email);
      const who = { id: s.user.id, name: s.user.name };
      await audit(db, { user: who, action: 'password.change', target: s.user.email, details: { via: s.link.kind }, ip: req.ip ?? null, at: deps.now() });
      await signIn(req, reply, who, 'login');
      setFlash(reply, { kind: 'ok', text: s.link.kind === 'invite' ? `Welcome, ${s.user.name}. Your password is set.` : 'Your new password is set.' });
      return reply.redirect('/newsroom/', 303);
    });
  }

  // ---- the signed-in person's account ----

  async function accountPage(req: FastifyRequest, reply: FastifyReply, extra: Partial<AccountPageProps> & { status?: number } = {}) {
    const staff = req.staff as Staff;
    const [sessions, tokens] = await Promise.all([deps.sessions.list(staff.id), deps.apiTokens.list(staff.id)]);
    const { status, ...props } = extra;
    const flash = props.passwordErrors ? errorFlash(props.passwordErrors) : props.tokenError ? errorFlash({ name: props.tokenError }) : undefined;
    return sendPage(req, reply, deps, { title: 'Your account', section: 'account', status, flash }, (csrf) =>
      h(AccountPage, {
        csrf,
        staff,
        tz,
        sessions,
        tokens: tokens.map((t) => ({ ...t, created_at: Number(t.created_at), last_used_at: t.last_used_at == null ? null : Number(t.last_used_at), revoked_at: t.revoked_at == null ? null : Number(t.revoked_at) })),
        ...props,
      }),
    );
  }

  const signedIn = { preHandler: [guard(), sessionOnly] };

  app.get('/newsroom/account/', signedIn, async (req, reply) => accountPage(req, reply));

  app.post('/newsroom/account/password/', signedIn, async (req, reply) => {
    const staff = req.staff as Staff;
    const current = field(req.body, 'current');
    const password = field(req.body, 'password');
    const ip = req.ip ?? null;
    const lock = await throttle.lockFor(staff.email, ip);
    if (lock) return accountPage(req, reply, { status: 429, passwordErrors: { current: lockMessage(lock, deps.now()) } });
    const user = await accounts.users.byId(staff.id);
    if (!current || !user || !(await verifyPassword(user.passwordHash, current))) {
      if (current) {
        await throttle.recordFailure(staff.email, ip);
        await audit(db, { user: { id: staff.id, name: staff.name }, action: 'login.failed', target: staff.email, details: { reason: 'wrong current password on the account page' }, ip, at: deps.now() });
      }
      return accountPage(req, reply, { status: 400, passwordErrors: { current: current ? 'This is not your current password.' : 'Enter your current password.' } });
    }
    const errors = checkNewPassword(password, field(req.body, 'password2'));
    if (!errors.password && !errors.password2 && password === current) errors.password = 'The new password is the same as the current one.';
    if (errors.password || errors.password2) return accountPage(req, reply, { status: 400, passwordErrors: errors });
    await accounts.users.setPassword(staff.id, await hashPassword(password));
    const ended = await deps.sessions.revokeAll(staff.id, staff.sessionHash);
    await accounts.links.revokeForUser(staff.id);
    await audit(db, { user: { id: staff.id, name: staff.name }, action: 'password.change', target: staff.email, details: { otherSessionsEnded: ended }, ip, at: deps.now() });
    setFlash(reply, { kind: 'ok', text: ended ? `Password changed. ${ended} other session${ended === 1 ? ' was' : 's were'} signed out.` : 'Password changed.' });
    return reply.redirect('/newsroom/account/', 303);
  });

  app.post('/newsroom/account/sessions/end/', signedIn, async (req, reply) => {
    const staff = req.staff as Staff;
    const prefix = field(req.body, 'session');
    const sessions = await deps.sessions.list(staff.id);
    const target = /^[0-9a-f]{16}$/.test(prefix) ? sessions.find((s) => s.tokenHash.startsWith(prefix) && s.tokenHash !== staff.sessionHash) : undefined;
    if (target) {
      await deps.sessions.revoke(target.tokenHash);
      await audit(db, { user: { id: staff.id, name: staff.name }, action: 'logout', details: { session: 'another of theirs', ip: target.ip }, ip: req.ip ?? null, at: deps.now() });
      setFlash(reply, { kind: 'ok', text: 'That session has been signed out.' });
    } else {
      setFlash(reply, { kind: 'info', text: 'That session had already ended.' });
    }
    return reply.redirect('/newsroom/account/', 303);
  });

  app.post('/newsroom/account/sessions/others/', signedIn, async (req, reply) => {
    const staff = req.staff as Staff;
    const ended = await deps.sessions.revokeAll(staff.id, staff.sessionHash);
    await audit(db, { user: { id: staff.id, name: staff.name }, action: 'logout.everywhere', details: { kept: 'this session', ended }, ip: req.ip ?? null, at: deps.now() });
    setFlash(reply, { kind: 'ok', text: ended ? `Signed out of ${ended} other session${ended === 1 ? '' : 's'}.` : 'You were not signed in anywhere else.' });
    return reply.redirect('/newsroom/account/', 303);
  });

  app.post('/newsroom/account/sessions/all/', signedIn, async (req, reply) => {
    const staff = req.staff as Staff;
    const ended = await deps.sessions.revokeAll(staff.id);
    await audit(db, { user: { id: staff.id, name: staff.name }, action: 'logout.everywhere', details: { ended }, ip: req.ip ?? null, at: deps.now() });
    clearSessionCookie(req, reply, deps);
    setFlash(reply, { kind: 'ok', text: 'You have been signed out everywhere.' });
    return reply.redirect('/newsroom/login/', 303);
  });

  app.post('/newsroom/account/tokens/', signedIn, async (req, reply) => {
    const staff = req.staff as Staff;
    const name = field(req.body, 'name').trim();
    if (!name) return accountPage(req, reply, { status: 400, tokenName: name, tokenError: 'Give the token a name, so you can tell it apart later.' });
    if (name.length > MAX_TOKEN_NAME_LENGTH) return accountPage(req, reply, { status: 400, tokenName: name, tokenError: `The name may have at most ${MAX_TOKEN_NAME_LENGTH} characters.` });
    const made = await accounts.createToken(staff.id, name, actorOf(req));
    // The token is shown in this response only; nothing keeps it but its hash.
    return accountPage(req, reply, { status: 201, newToken: { name: made.name, token: made.token } });
  });

  app.post('/newsroom/account/tokens/:id/revoke/', signedIn, async (req, reply) => {
    const staff = req.staff as Staff;
    const id = Number((req.params as { id: string }).id);
    const done = Number.isSafeInteger(id) && (await accounts.revokeToken(staff.id, id, actorOf(req)));
    setFlash(reply, done ? { kind: 'ok', text: 'The token has been revoked; scripts using it are refused from now on.' } : { kind: 'info', text: 'That token was already revoked.' });
    return reply.redirect('/newsroom/account/', 303);
  });

  // ---- who am I (for scripts checking their token) ----

  for (const path of ['/api/v1/newsroom/me', '/api/v1/newsroom/me/']) {
    app.get(path, { preHandler: guard() }, async (req) => {
      const s = req.staff as Staff;
      return { id: s.id, email: s.email, name: s.name, role: s.role, authorId: s.authorId, via: s.via };
    });
  }
}

export function linkProblem(found: LinkState, purpose: 'setup' | 'password'): { status: number; title: string; text: string } {
  const again = purpose === 'setup' ? 'Restart the server to print a new setup link.' : 'Ask an administrator for a new link.';
  if (found.state === 'used') return { status: 410, title: 'This link has already been used', text: `Each link works only once. ${again}` };
  if (found.state === 'expired') return { status: 410, title: 'This link has expired', text: `${purpose === 'setup' ? 'Setup links work for 24 hours.' : 'Invitations work for 7 days and reset links for 24 hours.'} ${again}` };
  return { status: 404, title: 'This link is not valid', text: `Check that the whole address was copied. ${again}` };
}
