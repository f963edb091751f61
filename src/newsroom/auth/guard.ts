// Request authentication for /newsroom/ and /api/v1/newsroom/: who is asking (session cookie or
// Bearer token), CSRF checks on every state-changing request, and route guards by permission.
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { NewsroomDeps } from '../deps.js';
import { sendPage } from '../ui/render.js';
import { h } from '../../web/jsx.js';
import { can, type Action } from './roles.js';
import { randomToken, safeEqual } from './secrets.js';
import { SESSION_COOKIE, type Staff } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** the signed-in newsroom user, or null */
    staff: Staff | null;
  }
}

/** Double-submit cookie for forms shown before anyone is signed in (login, setup, invitations). */
export const PRE_SESSION_CSRF_COOKIE = 'nd_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function isApiRequest(req: FastifyRequest): boolean {
  return req.url.startsWith('/api/');
}

export function secureCookies(req: FastifyRequest, deps: NewsroomDeps): boolean {
  return req.protocol === 'https' || deps.config.baseUrl.startsWith('https://');
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, deps: NewsroomDeps, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(req, deps),
    maxAge: Math.floor(deps.config.sessionMaxMs / 1000),
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply, deps: NewsroomDeps): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(req, deps) });
}

/**
 * The CSRF token a form on this response must carry: the session's own, or (before sign-in) a
 * random one set as a cookie and echoed in the form (double submit).
 */
export function csrfTokenFor(req: FastifyRequest, reply: FastifyReply, deps: NewsroomDeps): string {
  if (req.staff?.csrf) return req.staff.csrf;
  const existing = req.cookies?.[PRE_SESSION_CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{20,100}$/.test(existing)) return existing;
  const token = randomToken();
  reply.setCookie(PRE_SESSION_CSRF_COOKIE, token, { path: '/newsroom/', httpOnly: true, sameSite: 'strict', secure: secureCookies(req, deps) });
  req.cookies[PRE_SESSION_CSRF_COOKIE] = token;
  return token;
}

function submittedCsrf(req: FastifyRequest): string {
  const header = req.headers[CSRF_HEADER];
  if (typeof header === 'string' && header) return header;
  const body = req.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && typeof body[CSRF_FIELD] === 'string') return body[CSRF_FIELD] as string;
  // multipart bodies are read by the handler, after this check: a no-JS upload form puts it in the URL
  const query = req.query as Record<string, unknown> | undefined;
  if (req.isMultipart?.() && query && typeof query[CSRF_FIELD] === 'string') return query[CSRF_FIELD] as string;
  return '';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The newsroom's deps per request, so that forbidden() can render a page in the newsroom layout. */
const depsOfRequest = new WeakMap<FastifyRequest, NewsroomDeps>();

export function installAuth(app: FastifyInstance, deps: NewsroomDeps): void {
  app.decorateRequest('staff', null);

  app.addHook('onRequest', async (req, reply) => {
    depsOfRequest.set(req, deps);
    // Newsroom responses are personal: never stored by a browser cache, proxy or CDN, never indexed.
    reply.header('cache-control', 'private, no-store');
    reply.header('x-robots-tag', 'noindex, nofollow');
    const auth = req.headers.authorization;
    if (typeof auth === 'string' && /^bearer\s+/i.test(auth)) {
      req.staff = await deps.apiTokens.lookup(auth.replace(/^bearer\s+/i, '').trim());
      if (!req.staff) return reply.code(401).send({ error: 'The API token is not valid, has been revoked, or its user is disabled.' });
      return;
    }
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) {
      req.staff = await deps.sessions.lookup(token);
      if (!req.staff) clearSessionCookie(req, reply, deps);
    }
  });

  // CSRF: every state-changing request made with cookies must prove it came from our own page.
  app.addHook('preHandler', async (req, reply) => {
    if (SAFE_METHODS.has(req.method)) return;
    if (req.staff?.via === 'token') return; // no cookies involved: nothing to forge
    const origin = req.headers.origin;
    if (typeof origin === 'string' && origin !== 'null') {
      const host = req.headers['x-forwarded-host'] ?? req.headers.host;
      let originHost = '';
      try {
        originHost = new URL(origin).host;
      } catch {
        /* unparsable: refused below */
      }
      if (originHost !== host && origin !== new URL(deps.config.baseUrl).origin) return refuseCsrf(req, reply);
    }
    const expected = req.staff?.csrf ?? req.cookies?.[PRE_SESSION_CSRF_COOKIE] ?? '';
    const given = submittedCsrf(req);
    if (!expected || !given || !safeEqual(expected, given)) return refuseCsrf(req, reply);
  });
}

function refuseCsrf(req: FastifyRequest, reply: FastifyReply) {
  const message = 'This form has expired or did not come from this site. Reload the page and try again; nothing was changed.';
  if (isApiRequest(req) || req.headers.accept?.includes('application/json')) return reply.code(403).send({ error: message, code: 'csrf' });
  return reply.code(403).header('content-type', 'text/plain; charset=utf-8').send(message);
}

/** Route guard: the request must come from a signed-in user allowed to do `action` (or anyone signed in). */
export function guard(action?: Action): preHandlerAsyncHookHandler {
  return async function (req, reply) {
    if (!req.staff) {
      if (isApiRequest(req)) return reply.code(401).send({ error: 'Sign in or send an API token (Authorization: Bearer …).' });
      const next = encodeURIComponent(req.url);
      return reply.redirect(`/newsroom/login/?next=${next}`, 303);
    }
    if (action && !can(req.staff.role, action)) {
      return forbidden(req, reply);
    }
  };
}

export function forbidden(req: FastifyRequest, reply: FastifyReply, message = 'Your role does not allow this.') {
  if (isApiRequest(req)) return reply.code(403).send({ error: message });
  const deps = depsOfRequest.get(req);
  if (deps) {
    return sendPage(req, reply, deps, { title: 'Not allowed', status: 403 }, () =>
      h(
        'div',
        { class: 'nr-narrow nr-card' },
        h('h1', null, 'Not allowed'),
        h('p', null, message),
        h('p', null, req.staff ? `You are signed in as ${req.staff.name} (${req.staff.role}). ` : '', h('a', { href: '/newsroom/' }, 'Back to the newsroom')),
      ),
    );
  }
  return reply.code(403).header('content-type', 'text/html; charset=utf-8').send(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not allowed — Newsroom</title></head><body><main><h1>Not allowed</h1><p>${escapeText(message)}</p><p><a href="/newsroom/">Back to the newsroom</a></p></main></body></html>`);
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
