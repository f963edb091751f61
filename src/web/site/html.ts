import type { FastifyReply } from 'fastify';
import type { SafeHtml } from '../jsx.js';

/** Sends a rendered reader page. */
export function sendHtml(reply: FastifyReply, page: SafeHtml, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', status === 200 ? 'public, max-age=60, stale-while-revalidate=60' : 'no-cache')
    .send(page.html);
}

/** Parses `?page=N`: undefined for page 1 written as such (to redirect), null when it is not a page number. */
export function parsePage(raw: unknown): number | null | 'redirect-to-first' {
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n === 1 ? 'redirect-to-first' : n;
}
