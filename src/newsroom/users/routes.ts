// /newsroom/users/ (administrators): the list, inviting by link, one user's role, access and password link.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from '../../web/jsx.js';
import { errorFlash, field } from '../accounts/form.js';
import { actorOf } from '../accounts/routes.js';
import { AccountRuleError, AccountService, checkEmail, checkName, checkRole, type FieldErrors } from '../accounts/service.js';
import { guard } from '../auth/guard.js';
import { isRole } from '../auth/roles.js';
import type { Staff } from '../auth/sessions.js';
import type { NewsroomDeps } from '../deps.js';
import { setFlash } from '../ui/flash.js';
import { sendPage } from '../ui/render.js';
import { UserNotFound, UserPage, UsersPage, type InviteValues } from './pages.js';
import type { UserRow } from './store.js';

export function userRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const accounts = new AccountService(deps.store.db, deps.config, deps.now, { sessions: deps.sessions, tokens: deps.apiTokens });
  const tz = deps.config.siteTz;
  const admin = { preHandler: guard('users.manage') };

  async function listPage(req: FastifyRequest, reply: FastifyReply, opts: { invite?: InviteValues; errors?: FieldErrors; invited?: { user: UserRow; url: string; expiresAt: number }; status?: number } = {}) {
    const [users, lastSignIn] = await Promise.all([accounts.users.list(), accounts.users.lastSignIns()]);
    const errors = opts.errors ?? {};
    return sendPage(req, reply, deps, { title: 'Users', section: 'users', status: opts.status, flash: errorFlash(errors) }, (csrf) =>
      h(UsersPage, { csrf, tz, users, lastSignIn, me: (req.staff as Staff).id, invite: opts.invite ?? { name: '', email: '', role: 'author' }, errors, invited: opts.invited ?? null }),
    );
  }

  async function userPage(req: FastifyRequest, reply: FastifyReply, user: UserRow, opts: { link?: { url: string; expiresAt: number; kind: 'invite' | 'reset' }; roleError?: string; status?: number } = {}) {
    const [lastSignIns, sessions, tokens] = await Promise.all([accounts.users.lastSignIns(), deps.sessions.list(user.id), deps.apiTokens.list(user.id)]);
    return sendPage(req, reply, deps, { title: user.name, section: 'users', status: opts.status, flash: opts.roleError ? errorFlash({ role: opts.roleError }) : undefined }, (csrf) =>
      h(UserPage, {
        csrf,
        tz,
        user,
        me: (req.staff as Staff).id,
        lastSignIn: lastSignIns.get(user.id) ?? null,
        sessions: sessions.length,
        tokens: tokens.filter((t) => t.revoked_at == null).length,
        link: opts.link ?? null,
        roleError: opts.roleError,
      }),
    );
  }

  async function target(req: FastifyRequest, reply: FastifyReply): Promise<UserRow | null> {
    const id = Number((req.params as { id: string }).id);
    const user = Number.isSafeInteger(id) && id > 0 ? await accounts.users.byId(id) : null;
    if (!user) {
      await sendPage(req, reply, deps, { title: 'No such user', section: 'users', status: 404 }, () => h(UserNotFound, {}));
      return null;
    }
    return user;
  }

  app.get('/newsroom/users/', admin, async (req, reply) => listPage(req, reply));

  app.post('/newsroom/users/', admin, async (req, reply) => {
    const invite = { name: field(req.body, 'name').trim(), email: field(req.body, 'email').trim(), role: field(req.body, 'role') };
    const errors: FieldErrors = { name: checkName(invite.name), email: checkEmail(invite.email), role: checkRole(invite.role) };
    if (!errors.name && !errors.email && !errors.role && isRole(invite.role)) {
      try {
        const invited = await accounts.invite({ name: invite.name, email: invite.email, role: invite.role }, actorOf(req));
        return listPage(req, reply, { invited, status: 201 });
      } catch (err) {
        if (!(err instanceof AccountRuleError)) throw err;
        errors.email = err.message;
      }
    }
    return listPage(req, reply, { invite, errors, status: 400 });
  });

  app.get('/newsroom/users/:id/', admin, async (req, reply) => {
    const user = await target(req, reply);
    return user ? userPage(req, reply, user) : reply;
  });

  app.post('/newsroom/users/:id/role/', admin, async (req, reply) => {
    const user = await target(req, reply);
    if (!user) return reply;
    const role = field(req.body, 'role');
    if (!isRole(role)) return userPage(req, reply, user, { roleError: checkRole(role), status: 400 });
    try {
      const changed = await accounts.setRole(user.id, role, actorOf(req));
      const self = user.id === (req.staff as Staff).id;
      setFlash(reply, { kind: 'ok', text: changed.role === user.role ? `${user.name} already has that role.` : `${user.name} is now ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}.` });
      // Someone who gave up their own administrator role can no longer see this page.
      return reply.redirect(self && role !== 'administrator' ? '/newsroom/account/' : `/newsroom/users/${user.id}/`, 303);
    } catch (err) {
      if (!(err instanceof AccountRuleError)) throw err;
      return userPage(req, reply, user, { roleError: err.message, status: 409 });
    }
  });

  for (const action of ['disable', 'enable'] as const) {
    app.post(`/newsroom/users/:id/${action}/`, admin, async (req, reply) => {
      const user = await target(req, reply);
      if (!user) return reply;
      try {
        await accounts.setDisabled(user.id, action === 'disable', actorOf(req));
      } catch (err) {
        if (!(err instanceof AccountRuleError)) throw err;
        setFlash(reply, { kind: 'error', text: err.message });
        return reply.redirect(`/newsroom/users/${user.id}/`, 303);
      }
      if (action === 'disable' && user.id === (req.staff as Staff).id) return reply.redirect('/newsroom/login/', 303);
      setFlash(reply, {
        kind: 'ok',
        text: action === 'disable' ? `${user.name} is disabled: signed out everywhere, and their API tokens no longer work.` : `${user.name} can sign in again.`,
      });
      return reply.redirect(`/newsroom/users/${user.id}/`, 303);
    });
  }

  app.post('/newsroom/users/:id/reset/', admin, async (req, reply) => {
    const user = await target(req, reply);
    if (!user) return reply;
    try {
      const made = await accounts.resetLink(user.id, actorOf(req));
      return userPage(req, reply, user, { link: { url: made.url, expiresAt: made.expiresAt, kind: made.kind }, status: 201 });
    } catch (err) {
      if (!(err instanceof AccountRuleError)) throw err;
      setFlash(reply, { kind: 'error', text: err.message });
      return reply.redirect(`/newsroom/users/${user.id}/`, 303);
    }
  });
}
