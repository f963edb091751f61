// The media JSON API under /api/v1/newsroom/media/: upload, the picker's list and search, one image,
// change its words, delete. Same role checks as the library pages (Bearer token or session + CSRF).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { audit } from '../audit/log.js';
import { forbidden, guard } from '../auth/guard.js';
import type { NewsroomDeps } from '../deps.js';
import { mediaPath } from '../../web/urls.js';
import { removeMediaFiles } from './process.js';
import { canDeleteImages, canEditImage, checkText } from './rules.js';
import { MediaStore, toItem, type ImageRecord } from './store.js';
import { receiveUploads, worstStatus, type UploadOutcome } from './upload.js';

const BASE = '/api/v1/newsroom/media/';

export function parseId(text: string): number | null {
  if (!/^\d{1,12}$/.test(text)) return null;
  const id = Number(text);
  return id > 0 ? id : null;
}

export function parsePage(value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return n >= 1 ? n : 1;
}

export function isOn(value: unknown): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** One sentence for the request: the single error, or how many files failed. */
export function uploadSummary(outcome: UploadOutcome): string | null {
  const failed = outcome.results.filter((r) => !r.ok);
  if (outcome.problem && !failed.length) return outcome.problem.error;
  if (!failed.length) return null;
  const first = failed.length === 1 && !failed[0].ok ? failed[0].error : `${failed.length} of ${outcome.results.length} files were not uploaded.`;
  return outcome.problem ? `${first} ${outcome.problem.error}` : first;
}

function detail(img: ImageRecord, canEdit: boolean) {
  return {
    ...toItem(img),
    file: mediaPath(img.file),
    mime: img.mime,
    sizeBytes: img.sizeBytes,
    uploadedBy: img.uploadedBy == null ? null : { id: img.uploadedBy, name: img.uploaderName },
    variants: img.variants.map((v) => ({ width: v.width, height: v.height, mime: v.mime, url: mediaPath(v.file) })),
    canEdit,
  };
}

function notFound(reply: FastifyReply) {
  return reply.code(404).send({ error: 'There is no image with this id.' });
}

export function mediaApiRoutes(app: FastifyInstance, deps: NewsroomDeps): void {
  const store = new MediaStore(deps.store.db);

  app.post(BASE, { preHandler: guard('media.upload') }, async (req, reply) => {
    const outcome = await receiveUploads(req, deps);
    const items = outcome.results.flatMap((r) => (r.ok ? [toItem(r.image)] : []));
    const files = outcome.results.flatMap((r) => (r.ok ? [] : [{ name: r.name, error: r.error }]));
    const summary = uploadSummary(outcome);
    if (items.length) return reply.code(201).send(summary ? { items, error: summary, files } : { items });
    return reply.code(worstStatus(outcome)).send({ error: summary ?? 'Nothing was uploaded.', files });
  });

  app.get<{ Querystring: Record<string, string | undefined> }>(BASE, { preHandler: guard('media.upload') }, async (req) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : '';
    const list = await store.list({ q, missingAlt: isOn(req.query.missingAlt), page: parsePage(req.query.page) });
    return { items: list.items.map(toItem), total: list.total, page: list.page, pageSize: list.pageSize };
  });

  app.get<{ Params: { id: string } }>(`${BASE}:id`, { preHandler: guard('media.upload') }, async (req, reply) => {
    const id = parseId(req.params.id);
    const img = id ? await store.get(id) : null;
    if (!img) return notFound(reply);
    return detail(img, canEditImage(req.staff!, img));
  });

  app.patch<{ Params: { id: string } }>(`${BASE}:id`, { preHandler: guard('media.upload') }, async (req, reply) => {
    const id = parseId(req.params.id);
    const img = id ? await store.get(id) : null;
    if (!img) return notFound(reply);
    if (!canEditImage(req.staff!, img)) return forbidden(req, reply, 'Only editors, or whoever uploaded this image, may change its alt text, caption and credit.');
    const body = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return reply.code(400).send({ error: 'Send a JSON object with alt, caption and/or credit.' });
    const { values, errors } = checkText(body as Record<string, unknown>);
    if (Object.keys(errors).length) return reply.code(400).send({ error: Object.values(errors)[0], fields: errors });
    await store.updateText(img.id, values);
    announceTextChange(deps, img, values);
    return detail((await store.get(img.id))!, true);
  });

  app.delete<{ Params: { id: string } }>(`${BASE}:id`, { preHandler: guard('media.upload') }, async (req, reply) => {
    const id = parseId(req.params.id);
    const img = id ? await store.get(id) : null;
    if (!img) return notFound(reply);
    if (!canDeleteImages(req.staff!)) return forbidden(req, reply, 'Only editors may delete images.');
    const uses = await store.usage(img);
    if (uses.length) {
      return reply.code(409).send({ error: `This image is used in ${uses.length === 1 ? 'an article' : `${uses.length} articles`}; remove it from them first.`, usedIn: uses });
    }
    await deleteImage(deps, store, img, req.staff!, req.ip);
    return { deleted: img.id };
  });
}

/** Removes the row, then its files; audited. The caller has checked the role and that nothing uses it. */
export async function deleteImage(deps: NewsroomDeps, store: MediaStore, img: ImageRecord, staff: { id: number; name: string }, ip: string): Promise<void> {
  await store.delete(img.id);
  await audit(deps.store.db, {
    user: staff,
    action: 'media.delete',
    target: img.originalName ?? img.file,
    details: { imageId: img.id, file: img.file },
    ip,
    at: deps.now(),
  });
  // nothing readers see changes: only unused images are deleted
  await removeMediaFiles(deps.config.mediaDir, [img.file, ...img.variants.map((v) => v.file)]);
}

/**
 * Readers see an image's credit (under covers); its alt text and caption in the library are what the
 * editor copies into articles, which keep their own. So only a new credit changes public pages.
 */
export function announceTextChange(deps: NewsroomDeps, img: ImageRecord, values: { credit?: string }): void {
  if (values.credit !== undefined && values.credit !== img.credit) deps.changed({ kind: 'media', imageId: img.id });
}
