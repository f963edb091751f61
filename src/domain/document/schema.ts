// Validation of article bodies from outside (editor, API, importers): only the node and mark types we
// render, links only http(s) and mailto, image sources only our media or https.
import { z } from 'zod';
import type { DocNode } from './types.js';

export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(href.trim());
}

export function isSafeImageSrc(src: string): boolean {
  return /^\/media\/[A-Za-z0-9._\-/]+$/.test(src) || /^https:\/\/[^\s"'<>]+$/i.test(src);
}

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }).strict(),
  z.object({ type: z.literal('italic') }).strict(),
  z
    .object({
      type: z.literal('link'),
      attrs: z.object({ href: z.string().max(2000).refine(isSafeHref, 'links may only use http, https or mailto') }).passthrough(),
    })
    .strict(),
]);

const inlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1).max(20000), marks: z.array(markSchema).max(5).optional() }).strict(),
  z.object({ type: z.literal('hardBreak') }).strict(),
]);

const paragraph = z.object({ type: z.literal('paragraph'), content: z.array(inlineSchema).optional() }).strict();
const heading = z
  .object({ type: z.literal('heading'), attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }).strict(), content: z.array(inlineSchema).optional() })
  .strict();

type ListNodeInput = { type: 'bulletList' | 'orderedList'; attrs?: { start?: number }; content: Array<{ type: 'listItem'; content: unknown[] }> };
const listItem: z.ZodType<{ type: 'listItem'; content: unknown[] }> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(z.union([paragraph, bulletList, orderedList])).min(1) }).strict(),
);
const bulletList: z.ZodType<ListNodeInput> = z.lazy(() =>
  z.object({ type: z.literal('bulletList'), content: z.array(listItem).min(1) }).strict(),
) as z.ZodType<ListNodeInput>;
const orderedList: z.ZodType<ListNodeInput> = z.lazy(() =>
  z
    .object({ type: z.literal('orderedList'), attrs: z.object({ start: z.number().int().min(0).optional() }).strict().optional(), content: z.array(listItem).min(1) })
    .strict(),
) as z.ZodType<ListNodeInput>;

const blockquote = z
  .object({
    type: z.literal('blockquote'),
    attrs: z.object({ attribution: z.string().max(300).nullable().optional() }).strict().optional(),
    content: z.array(paragraph).min(1),
  })
  .strict();

const image = z
  .object({
    type: z.literal('image'),
    attrs: z
      .object({
        src: z.string().max(2000).refine(isSafeImageSrc, 'images must come from the media library or an https address'),
        alt: z.string().max(500),
        caption: z.string().max(1000).nullable().optional(),
        credit: z.string().max(300).nullable().optional(),
        width: z.number().int().positive().nullable().optional(),
        height: z.number().int().positive().nullable().optional(),
      })
      .strict(),
  })
  .strict();

const embed = z
  .object({
    type: z.literal('embed'),
    attrs: z
      .object({
        provider: z.enum(['youtube', 'post']),
        url: z.string().max(2000).refine((u) => /^https:\/\//i.test(u), 'embeds must use an https address'),
        title: z.string().max(300).nullable().optional(),
      })
      .strict(),
  })
  .strict();

export const docSchema = z
  .object({
    type: z.literal('doc'),
    content: z.array(z.union([paragraph, heading, blockquote, bulletList, orderedList, image, embed])).max(2000),
  })
  .strict();

export type DocValidation = { ok: true; doc: DocNode } | { ok: false; errors: string[] };

export function validateDoc(input: unknown): DocValidation {
  const result = docSchema.safeParse(input);
  if (result.success) return { ok: true, doc: result.data as DocNode };
  return { ok: false, errors: result.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) };
}
