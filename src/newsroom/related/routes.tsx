// Related stories in the newsroom (editors and administrators, action 'article.related'):
//   GET  /newsroom/articles/:id/related/                       the page
//   POST /newsroom/articles/:id/related/pin/     target | related_id
//   POST /newsroom/articles/:id/related/unpin/   related_id
//   POST /newsroom/articles/:id/related/move/    related_id, direction=up|down
//   POST /newsroom/articles/:id/related/remove/  related_id
//   POST /newsroom/articles/:id/related/restore/ related_id
//   GET  /api/v1/newsroom/articles/:id/related   { items, pinned, removed }
//   PUT  /api/v1/newsroom/articles/:id/related   { pinned: [ids in order], removed: [ids] }
// Every change is audited ('article.related') and announced, which purges the article's cached pages.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from '../../web/jsx.js';
import { audit } from '../audit/log.js';
import { guard } from '../auth/guard.js';
import type { NewsroomDeps } from '../deps.js';
import { setFlash } from '../ui/flash.js';
import { sendPage } from '../ui/render.js';
import { RelatedPage, relatedPath } from './page.js';
import { RelatedAdmin, RelatedInputError, type RelatedArticle } from './service.js';

type Req = FastifyRequest<{ Params: { id: string }; Body: unknown }>;

const MAX_ID = 2_147_483_647;

function idOf(value: unknown): number | null {
  const s = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  if (!/^\d{1,10}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= MAX_ID ? n : null;
}

function field(body: unknown, name: string): string | undefined {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' ? v : undefined;
}

export function relatedRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const admin = new RelatedAdmin(deps);
  const pre = { preHandler: guard('article.related') };

  async function load(req: Req): Promise<RelatedArticle | null> {
    const id = idOf(req.params.id);
    return id ? admin.article(id) : null;
  }

  function notFound(req: Req, reply: FastifyReply) {
    return sendPage(req, reply, deps, { title: 'Not found', section: 'articles', status: 404 }, () => (
      <div class="nr-narrow nr-card">
        <h1>Not found</h1>
        <p>There is no such article.</p>
        <p>
          <a href="/newsroom/articles/">Back to the articles</a>
        </p>
      </div>
    ));
  }

  async function page(req: Req, reply: FastifyReply, a: RelatedArticle, opts: { status?: number; error?: string; typed?: string } = {}) {
    const view = await admin.view(a);
    return sendPage(req, reply, deps, { title: `Related stories: ${a.headline || `#${a.id}`}`, section: 'articles', status: opts.status, flash: opts.error ? { kind: 'error', text: opts.error } : null }, (csrf) => (
      <RelatedPage view={view} csrf={csrf} baseUrl={deps.config.baseUrl} tz={deps.config.siteTz} error={opts.error} typed={opts.typed} />
    ));
  }

  async function announce(req: FastifyRequest, a: RelatedArticle, op: string, relatedId: number | null, details: Record<string, unknown> = {}) {
    await audit(deps.store.db, {
      user: { id: req.staff!.id, name: req.staff!.name },
      action: 'article.related',
      articleId: a.id,
      target: relatedId ? `#${relatedId}` : null,
      details: { op, ...(relatedId ? { relatedId } : {}), ...details },
      ip: req.ip,
      at: deps.now(),
    });
    try {
      await deps.changed({ kind: 'article', articleId: a.id, storyId: a.storyId });
    } catch (err) {
      deps.log.error({ err }, 'related stories: a listener of content changes failed');
    }
  }

  app.get('/newsroom/articles/:id/related/', pre, async (req: Req, reply) => {
    const a = await load(req);
    return a ? page(req, reply, a) : notFound(req, reply);
  });

  // One handler per form: each reads related_id (pin also accepts a pasted address), acts, redirects.
  const ops: Record<string, (a: RelatedArticle, req: Req) => Promise<string>> = {
    async pin(a, req) {
      const raw = field(req.body, 'related_id') ?? field(req.body, 'target');
      const target = await admin.pin(a, admin.parseTarget(raw), req.staff!.id);
      await announce(req, a, 'pin', target.id);
      return `Pinned “${target.headline}”.`;
    },
    async unpin(a, req) {
      const id = requireId(req);
      if (!(await admin.clear(a, id))) return `#${id} was not pinned.`;
      await announce(req, a, 'unpin', id);
      return `#${id} is no longer pinned.`;
    },
    async remove(a, req) {
      const id = requireId(req);
      await admin.remove(a, id, req.staff!.id);
      await announce(req, a, 'remove', id);
      return `#${id} removed from the list; “Restore” brings it back.`;
    },
    async restore(a, req) {
      const id = requireId(req);
      if (!(await admin.clear(a, id))) return `#${id} was not removed.`;
      await announce(req, a, 'restore', id);
      return `#${id} restored.`;
    },
    async move(a, req) {
      const id = requireId(req);
      const direction = field(req.body, 'direction');
      if (direction !== 'up' && direction !== 'down') throw new RelatedInputError('Say whether to move it up or down.');
      if (!(await admin.move(a, id, direction))) return `#${id} is already ${direction === 'up' ? 'first' : 'last'}.`;
      await announce(req, a, 'move', id, { direction });
      return `#${id} moved ${direction}.`;
    },
  };

  function requireId(req: Req): number {
    const id = idOf(field(req.body, 'related_id'));
    if (id == null) throw new RelatedInputError('The form did not say which story; reload the page and try again.');
    return id;
  }

  for (const [name, op] of Object.entries(ops)) {
    app.post(`/newsroom/articles/:id/related/${name}/`, pre, async (req: Req, reply) => {
      const a = await load(req);
      if (!a) return notFound(req, reply);
      try {
        const text = await op(a, req);
        setFlash(reply, { kind: 'ok', text });
        return reply.redirect(relatedPath(a.id), 303);
      } catch (err) {
        if (!(err instanceof RelatedInputError)) throw err;
        // Shown on the page itself with the refused input kept, answered with the error's status.
        return page(req, reply, a, { status: err.status, error: err.message, typed: name === 'pin' ? field(req.body, 'target') : undefined });
      }
    });
  }

  // ----- JSON API -----

  const API = '/api/v1/newsroom/articles/:id/related';

  app.get(API, pre, async (req: Req, reply) => {
    const a = await load(req);
    if (!a) return reply.code(404).send({ error: 'There is no such article.' });
    const view = await admin.view(a);
    const out = (it: (typeof view.shown)[number]) => ({ id: it.id, headline: it.headline, path: it.path, pinned: it.pinned, score: it.score, reasons: it.reasons });
    return reply.send({
      items: view.shown.map(out),
      pinned: [...view.shown.filter((it) => it.pinned), ...view.hiddenPins].map((it) => it.id),
      removed: view.removed.map((it) => it.id),
      candidates: view.candidates.map(out),
    });
  });

  app.put(API, pre, async (req: Req, reply) => {
    const a = await load(req);
    if (!a) return reply.code(404).send({ error: 'There is no such article.' });
    const body = req.body as { pinned?: unknown; removed?: unknown } | null;
    const list = (v: unknown, name: string): number[] => {
      if (v === undefined) return [];
      if (!Array.isArray(v) || v.some((x) => idOf(x) == null)) throw new RelatedInputError(`${name} must be a list of article numbers.`);
      return v.map((x) => idOf(x)!);
    };
    try {
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new RelatedInputError('Send a JSON object { "pinned": [...], "removed": [...] }.');
      const pinned = list(body.pinned, 'pinned');
      const removed = list(body.removed, 'removed');
      await admin.replace(a, pinned, removed, req.staff!.id);
      await announce(req, a, 'replace', null, { pinned, removed });
    } catch (err) {
      if (err instanceof RelatedInputError) return reply.code(err.status).send({ error: err.message });
      throw err;
    }
    const view = await admin.view(a);
    return reply.send({ items: view.shown.map((it) => ({ id: it.id, headline: it.headline, path: it.path, pinned: it.pinned, score: it.score, reasons: it.reasons })), pinned: view.shown.filter((it) => it.pinned).map((it) => it.id), removed: view.removed.map((it) => it.id) });
  });
}
