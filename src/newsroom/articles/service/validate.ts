// Article input from the editor form or the JSON API -> a checked ArticleInput. Shape and limits are
// checked here (zod, no database); references to rubrics, bylines and images in checkReferences().
// Every problem is reported per field, with a message a person can act on.
import { z } from 'zod';
import { validateDoc } from '../../../domain/document/schema.js';
import type { DocNode } from '../../../domain/document/types.js';
import { slugify } from '../../../i18n/slug.js';
import { ArticleActionError, type ArticleInput } from '../contract.js';
import { isId, type Db } from './common.js';

export const LIMITS = { headline: 300, lead: 1000, slug: 100, tags: 20, tag: 60, source: 200, url: 2000, dateline: 100, caption: 1000, alt: 500, authors: 10 } as const;

export const EMPTY_DOC: DocNode = { type: 'doc', content: [] };

// Control characters never belong in a text field (PostgreSQL refuses NUL outright).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function oneLine(s: string): string {
  return s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

function multiLine(s: string): string {
  return s.replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
}

const asText = (label: string) =>
  z.preprocess((v) => (v == null ? '' : typeof v === 'number' ? String(v) : v), z.string({ error: `${label} must be text.` }));

const line = (label: string, max: number) => asText(label).transform(oneLine).pipe(z.string().max(max, `${label} can be at most ${max} characters long.`));

/** An optional one-line text: empty becomes null. */
const optionalLine = (label: string, max: number) => line(label, max).transform((s) => s || null);

/** An id from JSON (number) or a form (digits); empty means none. */
const optionalId = (label: string) =>
  z.preprocess(
    (v) => (v === '' || v == null ? null : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : v),
    z.number({ error: `${label} must be an id number.` }).refine(isId, `${label} must be an id number.`).nullable(),
  );

const flag = z.preprocess((v) => {
  if (v == null || v === '' || v === false || v === 0 || v === '0' || v === 'false' || v === 'off') return false;
  if (v === true || v === 1 || v === '1' || v === 'true' || v === 'on') return true;
  return v;
}, z.boolean({ error: 'Must be true or false.' }));

/** A list from JSON (array) or a form (repeated field or comma-separated text). */
function list(v: unknown, split: RegExp): unknown {
  if (v == null || v === '') return [];
  if (typeof v === 'string') return v.split(split).map((s) => s.trim()).filter(Boolean);
  if (typeof v === 'number') return [v];
  return v;
}

const tags = z.preprocess(
  (v) => list(v, /,/),
  z
    .array(z.string({ error: 'Each tag must be text.' }).transform(oneLine).pipe(z.string().max(LIMITS.tag, `A tag can be at most ${LIMITS.tag} characters long.`)), { error: 'Tags must be a list of names.' })
    .transform((names) => {
      const seen = new Set<string>();
      return names.filter((n) => n && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
    })
    .pipe(z.array(z.string()).max(LIMITS.tags, `At most ${LIMITS.tags} tags.`)),
);

const authorIds = z.preprocess(
  (v) => (list(v, /[,\s]+/) as unknown[] | unknown),
  z
    .array(
      z.preprocess((x) => (typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : x), z.number({ error: 'Bylines must be author ids.' }).refine(isId, 'Bylines must be author ids.')),
      { error: 'Bylines must be a list of author ids.' },
    )
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.number()).max(LIMITS.authors, `At most ${LIMITS.authors} bylines.`)),
);

const sourceUrl = optionalLine('The source address', LIMITS.url).refine(
  (u) => u === null || /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(u),
  'The source address must start with http:// or https://.',
);

const slug = line('The slug', LIMITS.slug)
  .transform((s) => s.toLowerCase())
  .refine((s) => s === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s), 'The slug may contain only Latin letters a–z, digits and single hyphens (leave it empty to generate it from the headline).');

function inputSchema(tz: string) {
  return z.object({
    headline: line('The headline', LIMITS.headline).pipe(z.string().min(1, 'Write a headline.')),
    lead: asText('The lead').transform(multiLine).pipe(z.string().max(LIMITS.lead, `The lead can be at most ${LIMITS.lead} characters long.`)),
    slug,
    rubricId: optionalId('The rubric'),
    tags,
    authorIds,
    sourceName: optionalLine('The source name', LIMITS.source),
    sourceUrl,
    datelinePlace: optionalLine('The dateline place', LIMITS.dateline),
    coverImageId: optionalId('The cover image'),
    coverCaption: optionalLine('The cover caption', LIMITS.caption),
    coverAlt: optionalLine('The cover alt text', LIMITS.alt),
    isBreaking: flag,
    isPinned: flag,
    publishAt: z.preprocess((v) => parseTime(v, tz), z.number({ error: 'The publish time must be a date and time, e.g. 2024-02-14T15:00.' }).nullable()),
  });
}

/**
 * A moment from the API or a form: epoch milliseconds, an ISO string with a zone, or a form's
 * "2024-02-14T15:00" read as the site's local time. Empty means none; anything else is left for
 * zod to refuse.
 */
export function parseTime(v: unknown, tz: string): unknown {
  if (v == null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) < 8.64e15 ? Math.round(v) : 'invalid';
  if (typeof v !== 'string') return v;
  const s = v.trim();
  if (/^\d{1,15}$/.test(s)) return Number(s);
  const local = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (local) {
    const [y, mo, d, h, mi, sec] = local.slice(1).map((x) => Number(x ?? 0));
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) return 'invalid';
    return localToEpoch(tz, y, mo, d, h, mi, sec);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(s)) {
    const ms = Date.parse(s);
    return Number.isFinite(ms) ? ms : 'invalid';
  }
  return 'invalid';
}

/** The instant a wall-clock time happens in a time zone. */
export function localToEpoch(tz: string, y: number, mo: number, d: number, h: number, mi: number, s = 0): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const offset = (ms: number) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
        .formatToParts(ms)
        .map((x) => [x.type, x.value]),
    );
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - Math.floor(ms / 1000) * 1000;
  };
  return guess - offset(guess - offset(guess));
}

/** How deep objects and arrays may nest in a body (a list in a list in a list… is about 4 per level). */
export const MAX_BODY_DEPTH = 80;

/** Does the JSON value nest deeper than `max`? Iterative: a hostile body must not exhaust the stack. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
  return false;
}

/** A body from JSON (the document object) or a form (its JSON text). */
function parseBody(v: unknown): { ok: true; doc: DocNode } | { ok: false; message: string } {
  if (v == null || v === '') return { ok: true, doc: EMPTY_DOC };
  let value = v;
  if (typeof v === 'string') {
    try {
      value = JSON.parse(v);
    } catch {
      return { ok: false, message: 'The body could not be read (it is not a valid document). Nothing was saved.' };
    }
  }
  if (nestsDeeperThan(value, MAX_BODY_DEPTH)) return { ok: false, message: 'The body is nested too deeply (lists within lists, more than a dozen levels). Nothing was saved.' };
  const result = validateDoc(value);
  if (result.ok) return { ok: true, doc: result.doc };
  return { ok: false, message: `The body contains something that is not allowed: ${result.errors.slice(0, 3).join('; ')}.` };
}

/**
 * Checks the shape of an article input and fills the defaults (missing optional fields, the slug
 * from the headline). Throws ArticleActionError 400 with a message per field.
 */
export function parseInput(raw: unknown, tz: string): ArticleInput {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ArticleActionError('Send the article as an object with a headline and the other fields.', 400, { headline: 'Write a headline.' });
  const result = inputSchema(tz).safeParse(raw);
  const fields: Record<string, string> = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? 'headline');
      fields[key] ??= issue.message;
    }
  }
  const body = parseBody((raw as Record<string, unknown>).body);
  if (!body.ok) fields.body = body.message;
  if (!result.success || !body.ok) throw new ArticleActionError(summary(fields), 400, fields);
  const data = result.data;
  return { ...data, body: body.doc, slug: data.slug || slugify(data.headline, 80) } as ArticleInput;
}

function summary(fields: Record<string, string>): string {
  const n = Object.keys(fields).length;
  const first = Object.values(fields)[0];
  return n === 1 ? first : `${n} fields need attention. ${first}`;
}

/** Rubric, bylines and cover image must exist. Throws 400 naming the field. */
export async function checkReferences(db: Db, input: ArticleInput): Promise<void> {
  const fields: Record<string, string> = {};
  if (input.rubricId != null) {
    const r = await db.selectFrom('rubrics').select('id').where('id', '=', input.rubricId).executeTakeFirst();
    if (!r) fields.rubricId = 'This rubric does not exist (any more). Choose another one.';
  }
  if (input.authorIds.length) {
    const found = await db.selectFrom('authors').select('id').where('id', 'in', input.authorIds).execute();
    const ok = new Set(found.map((a) => a.id));
    const missing = input.authorIds.filter((id) => !ok.has(id));
    if (missing.length) fields.authorIds = `No such byline: ${missing.join(', ')}.`;
  }
  if (input.coverImageId != null) {
    const img = await db.selectFrom('images').select('id').where('id', '=', input.coverImageId).executeTakeFirst();
    if (!img) fields.coverImageId = 'This image is not in the media library (any more). Choose another cover.';
  }
  if (Object.keys(fields).length) throw new ArticleActionError(summary(fields), 400, fields);
}
