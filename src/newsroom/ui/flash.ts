// One-shot messages across a redirect ("Published.", "Saved.") in a short-lived cookie.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Flash } from './layout.js';

const COOKIE = 'nd_flash';

export function setFlash(reply: FastifyReply, flash: Flash): void {
  reply.setCookie(COOKIE, Buffer.from(JSON.stringify(flash)).toString('base64url'), { path: '/newsroom/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
}

export function takeFlash(req: FastifyRequest, reply: FastifyReply): Flash | null {
  const value = req.cookies?.[COOKIE];
  if (!value) return null;
  reply.clearCookie(COOKIE, { path: '/newsroom/' });
  try {
    const f = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Flash;
    if ((f.kind === 'ok' || f.kind === 'error' || f.kind === 'info') && typeof f.text === 'string') return { kind: f.kind, text: f.text.slice(0, 500) };
  } catch {
    /* a damaged cookie is simply ignored */
  }
  return null;
}
