// Conditional GET for generated documents (feeds, sitemaps): a strong ETag from the body, and the
// 304 decision from If-None-Match (or, without it, If-Modified-Since).
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when the client's copy is still current. Weak and strong forms of the tag both match. */
export function notModified(req: FastifyRequest, etag: string, lastModified?: number): boolean {
  const inm = req.headers['if-none-match'];
  if (inm) {
    const bare = etag.replace(/^W\//, '');
    return inm.split(',').some((tag) => {
      const v = tag.trim();
      return v === '*' || v.replace(/^W\//, '') === bare;
    });
  }
  const ims = req.headers['if-modified-since'];
  if (ims && lastModified !== undefined) {
    const since = Date.parse(ims);
    return !Number.isNaN(since) && Math.floor(lastModified / 1000) <= Math.floor(since / 1000);
  }
  return false;
}
