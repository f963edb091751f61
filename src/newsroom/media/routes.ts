// The media library: pages under /newsroom/media/ and the JSON API under /api/v1/newsroom/media/.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, guard } from '../auth/guard.js';
import type { NewsroomDeps } from '../deps.js';
import { setFlash } from '../ui/flash.js';
import { sendPage } from '../ui/render.js';
import { announceTextChange, deleteImage, isOn, mediaApiRoutes, parseId, parsePage, uploadSummary } from './api.js';
import { ImageNotFound, ImagePage, imagePath, LibraryPage, LIBRARY_PATH, type LibraryProps } from './pages.js';
import { canDeleteImages, canEditImage, checkText, type TextField, type TextInput } from './rules.js';
import { MediaStore, type ImageRecord } from './store.js';
import { receiveUploads, worstStatus } from './upload.js';

export function mediaRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const store = new MediaStore(deps.store.db);
  mediaApiRoutes(app, deps);

  async function library(req: FastifyRequest, reply: FastifyReply, query: Record<string, unknown>, upload: LibraryProps['upload'] = null, status = 200) {
    const q = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
    const missingAlt = isOn(query.missingAlt);
    const list = await store.list({ q, missingAlt, page: parsePage(query.page) });
    return sendPage(req, reply, deps, { title: 'Media library', section: 'media', scripts: ['media'], status }, (csrf) =>
      LibraryPage({ staff: req.staff!, csrf, ...list, q, missingAlt, maxBytes: deps.config.mediaMaxBytes, upload }),
    );
  }

  app.get<{ Querystring: Record<string, unknown> }>(LIBRARY_PATH, { preHandler: guard('media.upload') }, async (req, reply) => library(req, reply, req.query));

  // The upload form without JavaScript (the island posts each file to the API instead).
  app.post('/newsroom/media/upload/', { preHandler: guard('media.upload') }, async (req, reply) => {
    const outcome = await receiveUploads(req, deps);
    const stored = outcome.results.filter((r) => r.ok).length;
    const summary = uploadSummary(outcome);
    if (!summary) {
      setFlash(reply, { kind: 'ok', text: `Uploaded ${stored} ${stored === 1 ? 'image' : 'images'}. Add alt text to each before an article with it is published.` });
      return reply.redirect(LIBRARY_PATH, 303);
    }
    return library(req, reply, {}, { results: outcome.results, problem: outcome.problem?.error ?? null }, stored ? 200 : worstStatus(outcome));
  });

  async function imagePage(req: FastifyRequest, reply: FastifyReply, img: ImageRecord, form?: { values: TextInput; errors: Partial<Record<TextField, string>> }) {
    const staff = req.staff!;
    const uses = await store.usage(img);
    return sendPage(
      req,
      reply,
      deps,
      { title: img.originalName ?? 'Image', section: 'media', status: form ? 400 : 200, flash: form ? { kind: 'error', text: 'Nothing was saved: please correct the marked fields.' } : undefined },
      (csrf) =>
        ImagePage({ staff, csrf, tz: deps.config.siteTz, img, uses, canEdit: canEditImage(staff, img), canDelete: canDeleteImages(staff), values: form?.values, errors: form?.errors }),
    );
  }

  async function load(req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply): Promise<ImageRecord | null> {
    const id = parseId(req.params.id);
    const img = id ? await store.get(id) : null;
    if (!img) {
      await sendPage(req, reply, deps, { title: 'Image not found', section: 'media', status: 404 }, () => ImageNotFound());
    }
    return img;
  }

  app.get<{ Params: { id: string } }>('/newsroom/media/:id/', { preHandler: guard('media.upload') }, async (req, reply) => {
    const img = await load(req, reply);
    if (!img) return reply;
    return imagePage(req, reply, img);
  });

  app.post<{ Params: { id: string } }>('/newsroom/media/:id/', { preHandler: guard('media.upload') }, async (req, reply) => {
    const img = await load(req, reply);
    if (!img) return reply;
    if (!canEditImage(req.staff!, img)) return forbidden(req, reply, 'Only editors, or whoever uploaded this image, may change its alt text, caption and credit.');
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const input: Record<string, unknown> = {};
    for (const f of ['alt', 'caption', 'credit'] as const) input[f] = typeof body[f] === 'string' ? body[f] : '';
    const { values, errors } = checkText(input);
    if (Object.keys(errors).length) return imagePage(req, reply, img, { values, errors });
    await store.updateText(img.id, values);
    announceTextChange(deps, img, values);
    setFlash(reply, { kind: 'ok', text: values.alt ? 'Saved.' : 'Saved. The image still needs alt text before an article with it can be published.' });
    return reply.redirect(imagePath(img.id), 303);
  });

  app.post<{ Params: { id: string } }>('/newsroom/media/:id/delete/', { preHandler: guard('media.upload') }, async (req, reply) => {
    const img = await load(req, reply);
    if (!img) return reply;
    if (!canDeleteImages(req.staff!)) return forbidden(req, reply, 'Only editors may delete images.');
    const uses = await store.usage(img);
    if (uses.length) {
      setFlash(reply, { kind: 'error', text: `Not deleted: the image is used in ${uses.length === 1 ? 'an article' : `${uses.length} articles`}. Remove it from them first.` });
      return reply.redirect(imagePath(img.id), 303);
    }
    await deleteImage(deps, store, img, req.staff!, req.ip);
    setFlash(reply, { kind: 'ok', text: `Deleted ${img.originalName ?? 'the image'}.` });
    return reply.redirect(LIBRARY_PATH, 303);
  });
}
