// Sends a newsroom page: the layout around the page's content, with the CSRF token and any flash.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Child } from '../../web/jsx.js';
import { csrfTokenFor } from '../auth/guard.js';
import type { NewsroomDeps } from '../deps.js';
import { takeFlash } from './flash.js';
import { NewsroomLayout, type Flash, type Section } from './layout.js';

export interface PageOptions {
  title: string;
  section?: Section;
  scripts?: string[];
  wide?: boolean;
  status?: number;
  /** shown instead of (or when there is no) flash from a redirect, e.g. a form error */
  flash?: Flash | null;
}

export function sendPage(req: FastifyRequest, reply: FastifyReply, deps: NewsroomDeps, opts: PageOptions, body: (csrf: string) => Child) {
  const csrf = csrfTokenFor(req, reply, deps);
  const flash = opts.flash ?? takeFlash(req, reply);
  const page = NewsroomLayout({ title: opts.title, assets: deps.assets, staff: req.staff, csrf, section: opts.section, flash, scripts: opts.scripts, wide: opts.wide, children: body(csrf) });
  return reply.code(opts.status ?? 200).header('content-type', 'text/html; charset=utf-8').send(page.html);
}
