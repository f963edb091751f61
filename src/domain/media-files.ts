// How a picture in an article body is tied back to the media library. Body image nodes carry a path
// (/media/uploads/2024/02/<id>-1280.jpg, the original, or any rendition); the library names every
// rendition "<stem>-<width>.<ext>" next to its original "<stem>.<ext>" (uploads and the demo alike), so
// the images row can be found by file name in one indexed query, without scanning the variants JSON.
import type { ImageRef } from './article.js';
import type { DocNode } from './document/types.js';

const ORIGINAL_EXTS = ['jpg', 'jpeg', 'png', 'webp', 'gif'];

/** "uploads/2024/02/ab12.jpg" for "/media/uploads/2024/02/ab12.jpg"; null for anything not in our media folder. */
export function mediaFileOfSrc(src: string): string | null {
  const m = /^\/media\/([A-Za-z0-9._\-/]+)$/.exec(src);
  if (!m) return null;
  const file = m[1];
  if (file.split('/').some((seg) => seg === '' || seg === '.' || seg === '..')) return null;
  return file;
}

/** The file name without extension and without a rendition's "-<width>". */
export function mediaStem(file: string): string {
  return file.replace(/\.[A-Za-z0-9]+$/, '').replace(/-\d{2,5}$/, '');
}

/** images.file values a body path may belong to: itself (an original) or its original's possible names. */
export function libraryFileCandidates(file: string): string[] {
  const stem = mediaStem(file);
  return [...new Set([file, ...ORIGINAL_EXTS.map((ext) => `${stem}.${ext}`)])];
}

/** Sources of the body's pictures that point into our media folder (as written in the body). */
export function bodyImageSrcs(doc: DocNode): string[] {
  const out = new Set<string>();
  for (const node of doc.content ?? []) {
    if (node.type === 'image' && typeof node.attrs?.src === 'string' && mediaFileOfSrc(node.attrs.src)) out.add(node.attrs.src);
  }
  return [...out];
}

/** Finds, for a body path, the library image it is the original or a rendition of. */
export function bodyImageResolver(images: ImageRef[]): (src: string) => ImageRef | null {
  const byFile = new Map<string, ImageRef>();
  for (const img of images) {
    byFile.set(img.file, img);
    for (const v of img.variants) byFile.set(v.file, img);
  }
  return (src) => {
    const file = mediaFileOfSrc(src);
    return file ? byFile.get(file) ?? null : null;
  };
}
