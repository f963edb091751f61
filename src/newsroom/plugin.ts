// The newsroom: every page under /newsroom/ and the JSON API under /api/v1/newsroom/, in one Fastify
// scope so that its cookies, body parsers, authentication and CSRF hooks apply to nothing else.
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { accountRoutes } from './accounts/routes.js';
import { articleApiRoutes } from './api/articles.js';
import { startScheduler } from './articles/scheduler.js';
import { articlePageRoutes } from './articles/pages/routes.js';
import { auditRoutes } from './audit/routes.js';
import { guard, installAuth } from './auth/guard.js';
import type { NewsroomDeps } from './deps.js';
import { mediaRoutes } from './media/routes.js';
import { ratesCorrectionRoutes } from './rates/routes.js';
import { relatedRoutes } from './related/routes.js';
import { statsRoutes } from './stats/routes.js';
import { taxonomyRoutes } from './taxonomy/routes.js';
import { userRoutes } from './users/routes.js';

export async function newsroomPlugin(app: FastifyInstance, deps: NewsroomDeps): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: 5 * 1024 * 1024 });
  await app.register(fastifyMultipart, { limits: { fileSize: deps.config.mediaMaxBytes, files: 20, fields: 20 } });
  installAuth(app, deps);

  app.get('/newsroom/', { preHandler: guard() }, async (_req, reply) => reply.redirect('/newsroom/articles/', 303));

  accountRoutes(app, deps);
  userRoutes(app, deps);
  auditRoutes(app, deps);
  articlePageRoutes(app, deps);
  articleApiRoutes(app, deps);
  mediaRoutes(app, deps);
  taxonomyRoutes(app, deps);
  ratesCorrectionRoutes(app, deps);
  relatedRoutes(app, deps);
  statsRoutes(app, deps);

  if (deps.config.scheduler) {
    const scheduler = startScheduler(deps);
    app.addHook('onClose', async () => scheduler.stop());
  }
}
