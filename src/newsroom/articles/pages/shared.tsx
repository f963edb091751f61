// Helpers shared by the article page routes: the context they run in, URL ids, 404 and refusals.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from '../../../web/jsx.js';
import { forbidden } from '../../auth/guard.js';
import type { Staff } from '../../auth/sessions.js';
import type { NewsroomDeps } from '../../deps.js';
import { setFlash } from '../../ui/flash.js';
import { sendPage } from '../../ui/render.js';
import { ArticleActionError } from '../contract.js';
import type { ArticleService } from '../service/index.js';
import type { PageLookups } from './lookups.js';

export interface PageContext {
  deps: NewsroomDeps;
  service: ArticleService;
  lookups: PageLookups;
}

/** The id in the URL, or null (then the page is a 404). */
export function idParam(req: FastifyRequest, name = 'id'): number | null {
  const v = (req.params as Record<string, string>)[name];
  return /^\d{1,9}$/.test(v ?? '') && Number(v) > 0 ? Number(v) : null;
}

export function staffOf(req: FastifyRequest): Staff {
  return req.staff!;
}

export function notFoundPage(req: FastifyRequest, reply: FastifyReply, deps: NewsroomDeps, message = 'There is no such article. It may have been deleted from the trash.') {
  return sendPage(req, reply, deps, { title: 'Not found', section: 'articles', status: 404 }, () => (
    <div class="nr-card">
      <h1>Not found</h1>
      <p>{message}</p>
      <p>
        <a href="/newsroom/articles/">Back to the articles</a>
      </p>
    </div>
  ));
}

/** An ArticleActionError on a page: 404 and 403 get their pages; anything else goes back with the message. */
export function failPage(req: FastifyRequest, reply: FastifyReply, deps: NewsroomDeps, err: unknown, back: string) {
  if (!(err instanceof ArticleActionError)) throw err;
  if (err.status === 404) return notFoundPage(req, reply, deps, err.message);
  if (err.status === 403) return forbidden(req, reply, err.message);
  setFlash(reply, { kind: 'error', text: err.message });
  return reply.redirect(back, 303);
}

