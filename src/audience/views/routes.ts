// POST /api/v1/views (the article page's beacon) and GET /api/v1/views/<id>.gif (the no-JS fallback
// in a <noscript> image). Both answer at once from memory; the database sees only the batches.
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isDatabaseUnavailable } from '../../web/app.js';
import { beaconId, articleId } from './beacon.js';
import type { BeaconOutcome, ViewCounter } from './counter.js';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const BODY_LIMIT = 1024;
const GIF_NAME = /^(\d{1,10})\.gif$/;

function fail(reply: FastifyReply, status: number, error: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ error });
}

export async function viewRoutes(app: FastifyInstance, counter: ViewCounter): Promise<void> {
  // Beacons arrive as JSON, text/plain or a form: this scope reads every body as text (at most 1 KB)
  // and beacon.ts decides, so no content type can reach a parser that answers 500.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));

  async function record(id: number, req: { ip: string; headers: IncomingHttpHeaders }, reply: FastifyReply): Promise<BeaconOutcome | null> {
    try {
      return await counter.record({ id, address: req.ip, headers: req.headers });
    } catch (err) {
      // Only the lookup of an article not yet known touches the database: if it is down, say so.
      if (!isDatabaseUnavailable(err)) throw err;
      reply.header('retry-after', '30');
      fail(reply, 503, 'the view could not be checked now; try again later');
      return null;
    }
  }

  type Refusal = Extract<BeaconOutcome, { kind: 'flood' | 'unknown' }>;
  function refused(reply: FastifyReply, outcome: BeaconOutcome): outcome is Refusal {
    if (outcome.kind === 'flood') {
      reply.header('retry-after', String(outcome.retryAfter));
      fail(reply, 429, 'too many views from this address; try again later');
      return true;
    }
    if (outcome.kind === 'unknown') {
      fail(reply, 404, 'no published article has this id');
      return true;
    }
    return false;
  }

  app.post('/api/v1/views', { bodyLimit: BODY_LIMIT }, async (req, reply) => {
    const parsed = beaconId(req.headers['content-type'], req.body);
    if ('error' in parsed) return fail(reply, parsed.status, parsed.error);
    const outcome = await record(parsed.id, req, reply);
    if (!outcome || refused(reply, outcome)) return reply;
    return reply.header('cache-control', 'no-store').send({ counted: outcome.kind === 'counted', views: outcome.views });
  });

  app.get<{ Params: { file: string } }>('/api/v1/views/:file', async (req, reply) => {
    const m = GIF_NAME.exec(req.params.file);
    if (!m) return /\.gif$/i.test(req.params.file) ? fail(reply, 400, 'the address must be /api/v1/views/<article id>.gif') : reply.callNotFound();
    const parsed = articleId(m[1]);
    if ('error' in parsed) return fail(reply, parsed.status, parsed.error);
    // A HEAD (link checkers, previews) is nobody reading.
    if (req.method === 'HEAD') return reply.header('cache-control', 'no-store').header('content-type', 'image/gif').send(PIXEL);
    const outcome = await record(parsed.id, req, reply);
    if (!outcome || refused(reply, outcome)) return reply;
    reply.header('cache-control', 'no-store');
    // Robots and prefetches get nothing to draw (204); readers get the pixel, counted or a repeat.
    if (outcome.kind === 'skipped') return reply.code(204).send();
    return reply.header('content-type', 'image/gif').send(PIXEL);
  });
}
