// What an upload really is, from its first bytes (magic numbers) — never from its name or the
// Content-Type the browser declared. Only the four formats every browser shows are accepted.

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'gif';

export interface SniffedType {
  kind: ImageKind;
  mime: `image/${ImageKind}`;
  /** extension of the stored original */
  ext: 'jpg' | 'png' | 'webp' | 'gif';
}

const TYPES: Record<ImageKind, SniffedType> = {
  jpeg: { kind: 'jpeg', mime: 'image/jpeg', ext: 'jpg' },
  png: { kind: 'png', mime: 'image/png', ext: 'png' },
  webp: { kind: 'webp', mime: 'image/webp', ext: 'webp' },
  gif: { kind: 'gif', mime: 'image/gif', ext: 'gif' },
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(buf: Uint8Array, bytes: number[], at = 0): boolean {
  if (buf.length < at + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[at + i] !== bytes[i]) return false;
  return true;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The image type of these bytes, or null when they are not a JPEG, PNG, WebP or GIF. */
export function sniffImage(buf: Uint8Array): SniffedType | null {
  // JPEG: SOI marker followed by the start of another marker
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(buf, PNG_SIGNATURE)) return TYPES.png;
  if (startsWith(buf, ascii('GIF87a')) || startsWith(buf, ascii('GIF89a'))) return TYPES.gif;
  // WebP: a RIFF container whose form type is WEBP, with a VP8/VP8L/VP8X chunk
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8) && startsWith(buf, ascii('VP8'), 12)) return TYPES.webp;
  return null;
}

export const ACCEPTED_MIME = Object.values(TYPES).map((t) => t.mime);
