// The alt-text rule: an article goes live only when every picture it shows can be described to a
// reader who cannot see it. A picture counts as described when its own alt text (the cover's
// cover_alt, a body image node's alt) or the media library's alt text for that image is filled in.
import type { DocNode, ImageNode } from '../../../domain/document/types.js';
import { libraryFileCandidates, mediaFileOfSrc } from '../../../domain/media-files.js';
import type { Db } from './common.js';

export interface AltCheckTarget {
  coverImageId: number | null;
  coverAlt: string | null;
  body: DocNode;
}

function bodyImages(doc: DocNode): ImageNode[] {
  return doc.content.filter((b): b is ImageNode => b.type === 'image');
}

/** Human-readable names of the pictures that lack alt text (empty when the article may go live). */
export async function imagesWithoutAlt(db: Db, a: AltCheckTarget): Promise<{ cover: string | null; body: string[] }> {
  const images = bodyImages(a.body);
  // A body picture shows the library original or one of its renditions (src/domain/media-files.ts).
  const paths = [...new Set(images.map((i) => mediaFileOfSrc(i.attrs.src)).filter((p): p is string => p != null))];
  const candidates = [...new Set(paths.flatMap(libraryFileCandidates))];
  const rows = candidates.length ? await db.selectFrom('images').where('file', 'in', candidates).select(['file', 'alt', 'variants']).execute() : [];
  const libraryAlt = new Map<string, string>();
  for (const p of paths) {
    const row = rows.find((r) => r.file === p || variantFiles(r.variants).includes(p));
    if (row) libraryAlt.set(p, row.alt?.trim() ?? '');
  }

  let cover: string | null = null;
  if (a.coverImageId != null && !a.coverAlt?.trim()) {
    const img = await db.selectFrom('images').where('id', '=', a.coverImageId).select(['file', 'alt', 'original_name']).executeTakeFirst();
    if (img && !img.alt?.trim()) cover = `the cover image (${img.original_name || img.file})`;
  }
  const body: string[] = [];
  images.forEach((img, i) => {
    if (img.attrs.alt?.trim()) return;
    const p = mediaFileOfSrc(img.attrs.src);
    if (p != null && libraryAlt.get(p)) return;
    body.push(`picture ${i + 1} in the body (${p ?? img.attrs.src})`);
  });
  return { cover, body };
}

/** The message and per-field notes when pictures lack alt text, or null. */
export async function altProblem(db: Db, a: AltCheckTarget): Promise<{ message: string; fields: Record<string, string> } | null> {
  const { cover, body } = await imagesWithoutAlt(db, a);
  if (!cover && !body.length) return null;
  const list = [...(cover ? [cover] : []), ...body];
  const fields: Record<string, string> = {};
  if (cover) fields.coverAlt = 'Describe the cover image (alt text) before publishing.';
  if (body.length) fields.body = `Describe every picture (alt text) before publishing: ${body.join('; ')}.`;
  return {
    message: `Add alt text before publishing — a description for readers who cannot see the picture is missing for ${list.join('; ')}. Fill it in here or in the media library.`,
    fields,
  };
}

function variantFiles(json: string): string[] {
  try {
    const list = JSON.parse(json) as Array<{ file?: unknown }>;
    return Array.isArray(list) ? list.map((v) => v.file).filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}
