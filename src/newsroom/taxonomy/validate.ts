// Reading the name and slug fields of the rubric and tag forms: what was typed (to show it again),
// what will be stored, and a message per field that is wrong.
import { slugify } from '../../i18n/slug.js';
import type { Names } from '../../store/taxonomy-admin.js';

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const NAME_MAX = 80;
export const SLUG_MAX = 80;

/** Field values exactly as typed, per language: the form shows them again after an error. */
export type Typed = Record<string, { name: string; slug: string }>;
/** Messages keyed "name_ru", "slug_en", … (the fields' names and ids). */
export type FieldErrors = Record<string, string>;

export interface ParsedNames {
  typed: Typed;
  /** the languages with a name, cleaned, slugs filled in from the names where left empty */
  names: Names;
  errors: FieldErrors;
}

type Body = Record<string, unknown> | undefined | null;

/** The first value of a form field as a string ('' when missing). */
export function field(body: Body, name: string): string {
  const v = body?.[name];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return '';
}

function cleanName(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Names and slugs per language from `name_<lang>` / `slug_<lang>` fields. `required` languages must
 * have a name; the others may be left empty (both fields), e.g. a tag not yet named in English.
 */
export function parseNames(body: Body, langs: readonly string[], required: ReadonlySet<string>): ParsedNames {
  const typed: Typed = {};
  const names: Names = {};
  const errors: FieldErrors = {};
  for (const lang of langs) {
    const rawName = field(body, `name_${lang}`);
    const rawSlug = field(body, `slug_${lang}`);
    typed[lang] = { name: rawName, slug: rawSlug };
    const name = cleanName(rawName);
    const slugTyped = rawSlug.trim();
    if (!name) {
      if (required.has(lang)) errors[`name_${lang}`] = 'Enter a name.';
      else if (slugTyped) errors[`name_${lang}`] = 'Enter a name for this slug, or leave both fields empty.';
      continue;
    }
    if (name.length > NAME_MAX) {
      errors[`name_${lang}`] = `Keep the name under ${NAME_MAX} characters (it has ${name.length}).`;
      continue;
    }
    let slug = slugTyped;
    if (!slug) {
      slug = slugify(name, 60);
    } else if (slug.length > SLUG_MAX) {
      errors[`slug_${lang}`] = `Keep the slug under ${SLUG_MAX} characters.`;
      continue;
    } else if (!SLUG_RE.test(slug)) {
      const hint = slugify(slug, 60);
      errors[`slug_${lang}`] = `Use only lower-case Latin letters (a–z), digits and single hyphens between them${hint && hint !== 'news' ? `, e.g. “${hint}”` : ''}.`;
      continue;
    }
    names[lang] = { name, slug };
  }
  return { typed, names, errors };
}

/** Messages for slugs another rubric or tag already has. */
export function takenErrors(langs: string[], names: Names, what: 'rubric' | 'tag'): FieldErrors {
  const errors: FieldErrors = {};
  for (const lang of langs) errors[`slug_${lang}`] = `Another ${what} already uses the slug “${names[lang]?.slug}” in this language. Choose another.`;
  return errors;
}

/** Display names of the site languages in the (English) newsroom. */
const LANGUAGE_NAMES: Record<string, string> = { ru: 'Russian', ky: 'Kyrgyz', en: 'English' };

export function languageName(lang: string): string {
  return LANGUAGE_NAMES[lang] ?? lang.toUpperCase();
}

/** A positive integer id from a URL part, or null. */
export function parseId(s: string | undefined): number | null {
  if (!s || !/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n > 0 ? n : null;
}
