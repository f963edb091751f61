// Builds the Fastify app from config and store: used by the server, the tests and the benchmark.
import path from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { startRatesJob } from '../services/rates/job.js';
import type { Lang } from '../domain/lang.js';
import type { Store } from '../store/db.js';
import { loadAssets, type Assets } from './assets.js';
import { baseContext } from './context.js';
import { articleRoutes } from './site/article/routes.js';
import { feedRoutes } from './feeds/routes.js';
import { dayRoutes } from './site/day/routes.js';
import { ratesRoutes } from './site/rates/routes.js';
import { ErrorPage } from './site/errors/page.js';
import { homeRoutes } from './site/home/routes.js';
import { listingRoutes } from './site/listing/routes.js';
import { searchRoutes } from './site/search/routes.js';
import { SiteServices } from './site/services.js';
import { sitemapRoutes } from './sitemaps/routes.js';
import { newsroomDeps, type ContentChange } from '../newsroom/deps.js';
import { newsroomPlugin } from '../newsroom/plugin.js';
import { loadNewsroomAssets } from '../newsroom/ui/assets.js';
import { installPageCache, staleCopy } from './cache/install.js';
import { sendStoredPage } from './cache/http.js';
import { callPurgeWebhook, keysForChange } from './cache/invalidate.js';
import { PageCache } from './cache/page-cache.js';
import { LiveFeed } from '../live/index.js';
import { Popular } from '../audience/popular/popular.js';
import { ViewCounter } from '../audience/views/counter.js';
import { viewRoutes } from '../audience/views/routes.js';

export interface AppOptions {
  config: Config;
  store: Store;
  /** fixed clock for tests; defaults to the real one */
  now?: () => number;
  logger?: boolean;
  assets?: Assets;
  /** told about every change readers can see (publishing, rates, …) */
  onChange?: (change: ContentChange) => void;
  /** the page cache (tests and the benchmark look into it); built from config when not given */
  pageCache?: PageCache;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data: blob: https:; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
};

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { config, store } = opts;
  const app = Fastify({
    logger: opts.logger === false ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 300 },
    // One line per request only when debugging; errors are always logged.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
  });
  const assets = opts.assets ?? (await loadAssets({ cacheDir: path.join(config.dataDir, 'assets') }));
  // View counting and Popular (src/audience): counts in memory, written in batches, flushed on close.
  const views = new ViewCounter({ db: store.db, tz: config.siteTz, now: opts.now ?? Date.now, flushMs: config.viewsFlushMs, enabled: config.views, log: app.log });
  const popular = new Popular(store.db, views, opts.now ?? Date.now);
  const svc = new SiteServices(store, config, assets, opts.now ?? Date.now, popular);
  const newsroomAssets = loadNewsroomAssets();
  const now = opts.now ?? Date.now;
  const pageCache = opts.pageCache ?? new PageCache({ maxBytes: config.pageCacheBytes, now });
  const live = new LiveFeed({ config, db: store.db, assets, now, log: app.log });
  app.decorate('pageCache', pageCache);
  app.decorate('views', views);
  app.decorate('popular', popular);
  app.decorate('contentChanged', (change: ContentChange) => changed(change));

  /** A change readers can see: drop the cached pages that show it, tell a CDN, tell whoever listens. */
  async function changed(change: ContentChange): Promise<void> {
    // The shared parts (menu, header rates, news feed) first: pages rebuilt from here on read them anew.
    svc.contentChanged(change);
    // Related lists first (src/audience/related): the pages purged below are rebuilt with the new ones.
    if (change.kind === 'article') {
      try {
        const followers = await svc.related.engine.storyChanged(change.storyId, now());
        if (followers.length) pageCache.purge(followers.map((id) => `story:${id}`));
      } catch (err) {
        app.log.error({ err, change }, 'related stories: could not recompute the lists of a changed story');
      }
    }
    try {
      const keys = await keysForChange(store.db, config.siteTz, change);
      pageCache.purge(keys);
      if (config.purgeWebhookUrl) void callPurgeWebhook(config.purgeWebhookUrl, keys, app.log);
    } catch (err) {
      // Without the keys we cannot be precise: drop everything rather than serve an old page.
      app.log.warn({ err }, 'page cache: could not work out what a change touches; dropping every page');
      pageCache.purge(['all']);
    }
    views.contentChanged(change);
    popular.contentChanged(change);
    // Readers with a page open see new headlines appear in the day feed (src/live).
    await live.changed(change);
    opts.onChange?.(change);
  }

  app.addHook('onRequest', async (req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    // Reader pages live at folder-style URLs; "/ru/123" becomes "/ru/123/".
    const url = req.url;
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    if ((req.method === 'GET' || req.method === 'HEAD') && !pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname) && !pathname.startsWith('/static/') && !pathname.startsWith('/media/') && !pathname.startsWith('/api/') && pathname !== '/healthz') {
      return reply.redirect(pathname + '/' + (q === -1 ? '' : url.slice(q)), 301);
    }
  });

  // Error and not-found handlers come before any route: a route takes the handlers present when it is built.
  function langOf(req: FastifyRequest): Lang {
    const first = req.url.split('/')[1] ?? '';
    return svc.isEnabled(first) ? first : config.defaultLang;
  }

  async function errorContext(lang: Lang) {
    const now = svc.now();
    try {
      return await svc.context(lang, now);
    } catch {
      // The database may be what failed: the error page still renders, without menu and rates.
      return { ...baseContext(lang, config, now, assets), rubrics: [], rates: null, languageLinks: {} };
    }
  }

  app.setNotFoundHandler(async (req, reply) => {
    const ctx = await errorContext(langOf(req));
    return reply.code(404).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(ErrorPage({ ctx, status: 404 }).html);
  });

  app.setErrorHandler(async (error: Error & { statusCode?: number }, req, reply) => {
    let status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      // The last copy of a public page beats an error page (stale-if-error).
      const stale = staleCopy(pageCache, req);
      if (stale) {
        req.log.warn({ err: error, url: req.url }, 'serving a stale cached page: rendering failed');
        return reply.code(200).send(sendStoredPage(req, reply, stale, 'STALE', now()));
      }
      if (isDatabaseUnavailable(error)) status = 503;
      req.log.error({ err: error, url: req.url }, 'request failed');
    }
    if (status === 503) {
      const ctx = await errorContext(langOf(req));
      return reply.code(503).header('retry-after', '30').header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(ErrorPage({ ctx, status: 503 }).html);
    }
    if (status !== 500 && status !== 404) {
      return reply.code(status).header('cache-control', 'no-store').send({ error: error.message });
    }
    const ctx = await errorContext(langOf(req));
    return reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(ErrorPage({ ctx, status: status as 404 | 500 }).html);
  });

  installPageCache(app, { cache: pageCache, ttlMs: config.pageCacheTtlMs, now });

  app.get('/static/*', async (req, reply) => {
    const p = req.url.split('?')[0];
    const asset = assets.byPath.get(p) ?? newsroomAssets.byPath.get(p);
    if (!asset) return reply.callNotFound();
    return reply.header('content-type', asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body);
  });

  // Browsers ask for /favicon.ico whatever the page says.
  app.get('/favicon.ico', async (_req, reply) =>
    reply.header('content-type', assets.icon.type).header('cache-control', 'public, max-age=86400').send(assets.icon.body),
  );

  if (!existsSync(config.mediaDir)) mkdirSync(config.mediaDir, { recursive: true });
  await app.register(fastifyStatic, {
    root: config.mediaDir,
    prefix: '/media/',
    decorateReply: false,
    index: false,
    list: false,
    dotfiles: 'deny',
    maxAge: '365d',
    immutable: true,
  });

  app.get('/healthz', async (_req, reply) => {
    try {
      await store.db.selectFrom('stories').select('id').limit(1).execute();
      return reply.header('cache-control', 'no-store').send({ status: 'ok', database: store.dialect });
    } catch {
      return reply.code(503).header('cache-control', 'no-store').send({ status: 'unavailable', database: store.dialect });
    }
  });

  homeRoutes(app, svc);
  articleRoutes(app, svc);
  listingRoutes(app, svc);
  dayRoutes(app, svc);
  ratesRoutes(app, svc);
  searchRoutes(app, svc);
  feedRoutes(app, svc);
  sitemapRoutes(app, svc);
  live.install(app);
  await app.register(async (scope) => viewRoutes(scope, views));
  views.start();
  // Runs after the server has stopped taking requests and before the caller closes the store.
  app.addHook('onClose', async () => views.close());
  const deps = newsroomDeps({ store, config, now, log: app.log, assets: newsroomAssets, changed });
  await app.register(async (scope) => newsroomPlugin(scope, deps));

  const ratesJob = startRatesJob({ config, store, log: app.log, now: opts.now, onStored: () => changed({ kind: 'rates' }) });
  app.addHook('onClose', async () => ratesJob.stop());
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    pageCache: PageCache;
    /** the view counter (tests flush it; the benchmark reads it) */
    views: ViewCounter;
    popular: Popular;
    /** what the newsroom calls after a change readers can see (tests call it after writing to the store) */
    contentChanged: (change: ContentChange) => Promise<void>;
  }
}

/** Errors that mean the database cannot be reached (as opposed to a bug): answered with 503. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  return (
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|57P0[1-3]|08\d{3}|53300|SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|CORRUPT|FULL|NOTADB)\w*)$/.test(code) ||
    /driver has already been destroyed|database connection is not open|Connection terminated|Cannot use a pool after calling end|The database connection is not open/i.test(message)
  );
}
