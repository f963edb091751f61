// Receiving uploads (the JSON API and the library page's form share this): every part named "file" is
// read up to the configured size, typed from its first bytes, decoded, stripped and stored with its
// renditions by process.ts. Each file gets its own result; good ones are kept when another one fails.
import type { FastifyRequest } from 'fastify';
import { audit } from '../audit/log.js';
import type { NewsroomDeps } from '../deps.js';
import { ImageRefused, MAX_INPUT_PIXELS, processImage, removeMediaFiles } from './process.js';
import { sniffImage } from './sniff.js';
import { MediaStore, type ImageRecord } from './store.js';

export const MAX_FILES = 20;

export type UploadStatus = 400 | 413 | 415;

export type FileResult = { name: string; ok: true; image: ImageRecord } | { name: string; ok: false; status: UploadStatus; error: string };

export interface UploadOutcome {
  results: FileResult[];
  /** a problem with the request as a whole (not multipart, too many files, broken body) */
  problem: { status: UploadStatus; error: string } | null;
}

/** "20 MB", "1.5 MB", "300 KB" */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace(/\.0$/, '')} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The name as the uploader knows it: no folders, no control characters, not endless. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (clean || 'unnamed file').slice(0, 200);
}

export const typeError = (name: string) => `${name} is not a JPEG, PNG, WebP or GIF image.`;
export const sizeError = (name: string, max: number) => `${name} is larger than the ${formatBytes(max)} limit.`;

/** The HTTP status for a request in which no file was stored. */
export function worstStatus(outcome: UploadOutcome): UploadStatus {
  const statuses = [...outcome.results.flatMap((r) => (r.ok ? [] : [r.status])), ...(outcome.problem ? [outcome.problem.status] : [])];
  if (statuses.includes(413)) return 413;
  if (statuses.includes(415)) return 415;
  return 400;
}

export async function receiveUploads(req: FastifyRequest, deps: NewsroomDeps): Promise<UploadOutcome> {
  const results: FileResult[] = [];
  if (!req.isMultipart()) {
    return { results, problem: { status: 415, error: 'Send the images as multipart/form-data, one or more parts named "file".' } };
  }
  const staff = req.staff!;
  const maxBytes = deps.config.mediaMaxBytes;
  const store = new MediaStore(deps.store.db);
  let problem: UploadOutcome['problem'] = null;
  let sawFile = false;
  try {
    // throwFileSizeLimit off: an oversized file is marked `truncated` and the next files are still read
    const parts = req.parts({ limits: { fileSize: maxBytes, files: MAX_FILES }, throwFileSizeLimit: false } as Parameters<FastifyRequest['parts']>[0]);
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      // a file input left empty still sends a part, with no name and no bytes
      if (part.fieldname !== 'file' || (!part.filename && chunks.length === 0)) continue;
      sawFile = true;
      const name = cleanFileName(part.filename);
      if (part.file.truncated) {
        results.push({ name, ok: false, status: 413, error: sizeError(name, maxBytes) });
        continue;
      }
      const buf = Buffer.concat(chunks);
      results.push(await storeOne(buf, name, deps, store, staff, req.ip));
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT') problem = { status: 413, error: `At most ${MAX_FILES} files can be uploaded at once; the first ${MAX_FILES} were handled.` };
    else if (code === 'FST_REQ_FILE_TOO_LARGE') problem = { status: 413, error: `A file is larger than the ${formatBytes(maxBytes)} limit.` };
    else if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') problem = { status: 413, error: 'The upload has too many parts.' };
    else {
      req.log.warn({ err }, 'media upload: broken multipart body');
      problem = { status: 400, error: 'The upload was interrupted or is not a valid form; please try again.' };
    }
  }
  if (!sawFile && !problem) problem = { status: 400, error: 'Choose one or more images to upload (JPEG, PNG, WebP or GIF).' };
  return { results, problem };
}

async function storeOne(buf: Buffer, name: string, deps: NewsroomDeps, store: MediaStore, staff: { id: number; name: string }, ip: string): Promise<FileResult> {
  const type = sniffImage(buf);
  if (!type) return { name, ok: false, status: 415, error: typeError(name) };
  const now = deps.now();
  try {
    const processed = await processImage(buf, type, deps.config.mediaDir, now);
    let image: ImageRecord;
    try {
      image = await store.insert({ ...processed, originalName: name, uploadedBy: staff.id, createdAt: now });
    } catch (err) {
      await removeMediaFiles(deps.config.mediaDir, [processed.file, ...processed.variants.map((v) => v.file)]);
      throw err;
    }
    await audit(deps.store.db, { user: staff, action: 'media.upload', target: name, details: { imageId: image.id, file: image.file }, ip, at: now });
    return { name, ok: true, image };
  } catch (err) {
    if (err instanceof ImageRefused) {
      if (err.reason === 'pixels') {
        return { name, ok: false, status: 413, error: `${name} has too many pixels (more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels); make it smaller and try again.` };
      }
      deps.log.info({ file: name, reason: err.message }, 'media upload refused: unreadable image');
      return { name, ok: false, status: 415, error: `${name} could not be read as an image: it is damaged, incomplete or not really a ${type.kind.toUpperCase()}.` };
    }
    throw err;
  }
}
