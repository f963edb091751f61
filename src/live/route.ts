// GET /api/v1/live/:lang — server-sent events of a language's new headlines.
//
// Outside the page cache (every /api/ path is: src/web/cache/install.ts), never stored by a proxy
// (no-store) nor buffered by nginx (x-accel-buffering). A reconnecting browser sends Last-Event-ID
// (or the page passes the newest id it shows as ?lastEventId= on the first connect): the headlines
// published after it are read from the database and sent first, at most REPLAY_LIMIT of them.
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../domain/lang.js';
import type { LiveFeed } from './index.js';
import { parseEventId } from './events.js';
import { missedSince } from './query.js';
import { LiveStream } from './streams.js';

/** How long a browser waits before reconnecting after the stream broke. */
export const RETRY_MS = 5000;

export function liveRoute(app: FastifyInstance, live: LiveFeed): void {
  const { config } = live;
  app.get<{ Params: { lang: string }; Querystring: Record<string, unknown> }>('/api/v1/live/:lang', { exposeHeadRoute: false }, async (req, reply) => {
    const { lang } = req.params;
    reply.header('cache-control', 'no-store');
    if (!(config.langs as string[]).includes(lang) || config.liveMaxStreams === 0) {
      return reply.code(404).send({ error: `There is no live feed for "${lang.slice(0, 20)}". Languages: ${config.langs.join(', ')}.` });
    }
    if (live.streams.full) {
      return reply.code(503).header('retry-after', '60').send({ error: 'This server has as many live readers as it can take. Try again in a minute.' });
    }
    const now = live.now();
    const cursor = parseEventId(req.headers['last-event-id'], now) ?? parseEventId(req.query.lastEventId, now);

    reply.hijack();
    const res = reply.raw;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(reply.getHeaders())) if (typeof v === 'string') headers[k] = v;
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
    res.socket?.setNoDelay(true);
    res.write(`retry: ${RETRY_MS}\n\n`);

    const stream = new LiveStream(lang as Lang, res, cursor);
    live.streams.add(stream);
    res.on('close', () => live.streams.remove(stream));
    if (!cursor) return;
    stream.hold();
    try {
      for (const a of await missedSince(live.db, lang as Lang, cursor, now)) stream.replay(live.renderer.event('add', a, now));
    } catch (err) {
      req.log.warn({ err }, 'live feed: could not replay missed headlines; the stream goes on without them');
    }
    stream.release();
  });
}
