// The article form: what the edit page's fields hold (strings, exactly as typed, so a refused form can
// be shown again without losing a letter), and how they become the raw input object that
// ArticleService.parseInput validates.
//
// The body travels twice: `body_json` (the document the editor island keeps current) and `body_text`
// (a plain textarea, the body for browsers without JavaScript: paragraphs separated by blank lines).
// `body_text_base` is a digest of the text the page was rendered with: when `body_text` no longer
// matches it, someone typed into the plain textarea, and that text is the body. Otherwise the JSON is,
// so an untouched rich body (links, lists, images) is never flattened into plain paragraphs.
import { createHash } from 'node:crypto';
import type { DocNode, InlineNode, ParagraphNode } from '../../../domain/document/types.js';
import { renderDocText } from '../../../domain/document/render-text.js';
import type { NewsroomArticle } from '../contract.js';
import { fromLocalInput, toLocalInput } from './time.js';

export interface ArticleFormValues {
  version: string;
  headline: string;
  lead: string;
  bodyJson: string;
  bodyText: string;
  bodyTextBase: string;
  slug: string;
  rubricId: string;
  tags: string;
  authorIds: string[];
  sourceName: string;
  sourceUrl: string;
  datelinePlace: string;
  coverImageId: string;
  coverCaption: string;
  coverAlt: string;
  isBreaking: boolean;
  isPinned: boolean;
  publishAt: string;
}

/** Form field name of each value (the names the editor island and autosave rely on). */
export const FIELD_NAMES: Record<keyof ArticleFormValues, string> = {
  version: 'version',
  headline: 'headline',
  lead: 'lead',
  bodyJson: 'body_json',
  bodyText: 'body_text',
  bodyTextBase: 'body_text_base',
  slug: 'slug',
  rubricId: 'rubric_id',
  tags: 'tags',
  authorIds: 'author_ids',
  sourceName: 'source_name',
  sourceUrl: 'source_url',
  datelinePlace: 'dateline_place',
  coverImageId: 'cover_image_id',
  coverCaption: 'cover_caption',
  coverAlt: 'cover_alt',
  isBreaking: 'is_breaking',
  isPinned: 'is_pinned',
  publishAt: 'publish_at',
};

/** A service error key (ArticleInput names, or a nested path like "body.content.3") -> the form field it belongs to. */
export function fieldFor(key: string): string {
  const head = key.split(/[.[]/)[0];
  const byInput: Record<string, string> = {
    headline: 'headline',
    lead: 'lead',
    body: 'body_text',
    slug: 'slug',
    rubricId: 'rubric_id',
    tags: 'tags',
    authorIds: 'author_ids',
    sourceName: 'source_name',
    sourceUrl: 'source_url',
    datelinePlace: 'dateline_place',
    coverImageId: 'cover_image_id',
    coverCaption: 'cover_caption',
    coverAlt: 'cover_alt',
    isBreaking: 'is_breaking',
    isPinned: 'is_pinned',
    publishAt: 'publish_at',
  };
  if (byInput[head]) return byInput[head];
  if (head === 'body_json') return 'body_text';
  return head;
}

/** Maps a service's per-field messages onto form field names (the first message per field wins). */
export function formErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const name = fieldFor(key);
    if (!(name in out)) out[name] = message;
  }
  return out;
}

function str(v: unknown): string {
  if (Array.isArray(v)) return str(v[v.length - 1]);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function strs(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(strs);
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
  if (typeof v === 'number') return [String(v)];
  return [];
}

function checked(v: unknown): boolean {
  const s = str(v);
  return s !== '' && s !== '0' && s !== 'false' && s !== 'off';
}

/** What a submitted urlencoded form holds (any missing field reads as empty). */
export function readForm(body: unknown): ArticleFormValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return {
    version: str(b.version).trim(),
    headline: str(b.headline),
    lead: str(b.lead),
    bodyJson: str(b.body_json),
    bodyText: str(b.body_text),
    bodyTextBase: str(b.body_text_base),
    slug: str(b.slug),
    rubricId: str(b.rubric_id).trim(),
    tags: str(b.tags),
    authorIds: strs(b.author_ids),
    sourceName: str(b.source_name),
    sourceUrl: str(b.source_url),
    datelinePlace: str(b.dateline_place),
    coverImageId: str(b.cover_image_id).trim(),
    coverCaption: str(b.cover_caption),
    coverAlt: str(b.cover_alt),
    isBreaking: checked(b.is_breaking),
    isPinned: checked(b.is_pinned),
    publishAt: str(b.publish_at).trim(),
  };
}

function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
}

/** The digest that marks the plain-text body as untouched. */
export function textDigest(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('base64url').slice(0, 16);
}

/** Plain text -> paragraphs: blank lines separate paragraphs, single line breaks stay line breaks. */
export function textToDoc(text: string): DocNode {
  const paragraphs = normalizeText(text)
    .split(/\n[ \t]*\n\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    type: 'doc',
    content: paragraphs.map((p): ParagraphNode => {
      const content: InlineNode[] = [];
      p.split('\n').forEach((line, i) => {
        if (i > 0) content.push({ type: 'hardBreak' });
        const t = line.trim();
        if (t) content.push({ type: 'text', text: t });
      });
      return { type: 'paragraph', content };
    }),
  };
}

/** The plain-text form of a body, as the no-JS textarea shows it. */
export function docToText(doc: DocNode): string {
  try {
    return renderDocText(doc);
  } catch {
    return '';
  }
}

export type BodyChoice = { ok: true; doc: DocNode; from: 'json' | 'text' } | { ok: false; error: string };

/** Which body the form carries (see the note at the top). */
export function chooseBody(v: Pick<ArticleFormValues, 'bodyJson' | 'bodyText' | 'bodyTextBase'>): BodyChoice {
  const textEdited = v.bodyTextBase !== '' ? textDigest(v.bodyText) !== v.bodyTextBase : !v.bodyJson.trim();
  if (v.bodyJson.trim() && !textEdited) {
    try {
      const doc = JSON.parse(v.bodyJson) as DocNode;
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, error: 'The body could not be read. Reload the page; your text is still in the form.' };
      return { ok: true, doc, from: 'json' };
    } catch {
      return { ok: false, error: 'The body could not be read (damaged JSON). Reload the page; your text is still in the form.' };
    }
  }
  return { ok: true, doc: textToDoc(v.bodyText), from: 'text' };
}

function splitTags(s: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of s.split(/[,\n]/)) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

function optionalText(s: string): string | null {
  const t = s.trim();
  return t ? t : null;
}

export interface FormConversion {
  /** the object for ArticleService.parseInput */
  raw: Record<string, unknown>;
  /** the submitted base version, or null when missing or not a number */
  version: number | null;
  /** problems found before the service sees the input, by form field name */
  errors: Record<string, string>;
  /** the body as understood, for showing the form again */
  body: DocNode | null;
}

/** Form values -> the raw input object. Nothing here throws: unreadable values become field errors. */
export function formToRaw(v: ArticleFormValues, tz: string): FormConversion {
  const errors: Record<string, string> = {};
  const body = chooseBody(v);
  if (!body.ok) errors.body_text = body.error;

  const int = (s: string, field: string, label: string): number | null => {
    if (!s) return null;
    if (!/^\d{1,12}$/.test(s)) {
      errors[field] = `${label} must be a number.`;
      return null;
    }
    return Number(s);
  };
  const rubricId = int(v.rubricId, 'rubric_id', 'The rubric');
  const coverImageId = int(v.coverImageId, 'cover_image_id', 'The cover image');
  const authorIds: number[] = [];
  for (const a of v.authorIds) {
    if (/^\d{1,12}$/.test(a)) {
      if (!authorIds.includes(Number(a))) authorIds.push(Number(a));
    } else errors.author_ids = 'Choose authors from the list.';
  }
  let publishAt = fromLocalInput(tz, v.publishAt);
  if (publishAt !== null && Number.isNaN(publishAt)) {
    errors.publish_at = 'Enter a date and time, e.g. 2024-02-14 14:30.';
    publishAt = null;
  }
  const versionOk = /^\d{1,12}$/.test(v.version);

  const raw: Record<string, unknown> = {
    headline: v.headline.trim(),
    lead: v.lead.trim(),
    body: body.ok ? body.doc : { type: 'doc', content: [] },
    slug: v.slug.trim(),
    rubricId,
    tags: splitTags(v.tags),
    authorIds,
    sourceName: optionalText(v.sourceName),
    sourceUrl: optionalText(v.sourceUrl),
    datelinePlace: optionalText(v.datelinePlace),
    coverImageId,
    coverCaption: optionalText(v.coverCaption),
    coverAlt: optionalText(v.coverAlt),
    isBreaking: v.isBreaking,
    isPinned: v.isPinned,
    publishAt,
  };
  return { raw, version: versionOk ? Number(v.version) : null, errors, body: body.ok ? body.doc : null };
}

/** The form as a stored article fills it. */
export function articleToForm(a: NewsroomArticle, tz: string): ArticleFormValues {
  const text = docToText(a.body);
  return {
    version: String(a.version),
    headline: a.headline,
    lead: a.lead,
    bodyJson: JSON.stringify(a.body),
    bodyText: text,
    bodyTextBase: textDigest(text),
    slug: a.slug,
    rubricId: a.rubricId === null ? '' : String(a.rubricId),
    tags: a.tags.join(', '),
    authorIds: a.authorIds.map(String),
    sourceName: a.sourceName ?? '',
    sourceUrl: a.sourceUrl ?? '',
    datelinePlace: a.datelinePlace ?? '',
    coverImageId: a.coverImageId === null ? '' : String(a.coverImageId),
    coverCaption: a.coverCaption ?? '',
    coverAlt: a.coverAlt ?? '',
    isBreaking: a.isBreaking,
    isPinned: a.isPinned,
    publishAt: toLocalInput(tz, a.publishAt),
  };
}

/** An empty form for a new article. */
export function emptyForm(): ArticleFormValues {
  const text = '';
  return {
    version: '0',
    headline: '',
    lead: '',
    bodyJson: JSON.stringify({ type: 'doc', content: [] }),
    bodyText: text,
    bodyTextBase: textDigest(text),
    slug: '',
    rubricId: '',
    tags: '',
    authorIds: [],
    sourceName: '',
    sourceUrl: '',
    datelinePlace: '',
    coverImageId: '',
    coverCaption: '',
    coverAlt: '',
    isBreaking: false,
    isPinned: false,
    publishAt: '',
  };
}

/**
 * The form shown again after a refused save: exactly what was typed, with the body JSON set to the
 * body as understood (so the editor island opens the user's own text), the base digest unchanged.
 */
export function resubmittedForm(v: ArticleFormValues, body: DocNode | null): ArticleFormValues {
  return body ? { ...v, bodyJson: JSON.stringify(body) } : v;
}
