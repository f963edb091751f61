// Who may change an image, and what its words may be; shared by the library pages and the API.
import type { Staff } from '../auth/sessions.js';
import { can } from '../auth/roles.js';
import type { ImageRecord } from './store.js';

export const LIMITS = { alt: 500, caption: 1000, credit: 200 } as const;
export type TextField = keyof typeof LIMITS;
export const FIELD_LABELS: Record<TextField, string> = { alt: 'Alt text', caption: 'Caption', credit: 'Credit' };

/** Editors change any image; whoever uploaded an image may change its words. */
export function canEditImage(staff: Pick<Staff, 'id' | 'role'>, img: Pick<ImageRecord, 'uploadedBy'>): boolean {
  if (can(staff.role, 'media.edit')) return true;
  return can(staff.role, 'media.upload') && img.uploadedBy != null && img.uploadedBy === staff.id;
}

/** Only editors delete, and only images no article uses (checked separately). */
export function canDeleteImages(staff: Pick<Staff, 'role'>): boolean {
  return can(staff.role, 'media.edit');
}

/** One line of text: no control characters, spaces collapsed, trimmed. */
export function cleanLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export type TextInput = Partial<Record<TextField, string>>;

/** Cleans the submitted words; errors by field for anything that is not text or too long. */
export function checkText(input: Record<string, unknown>): { values: TextInput; errors: Partial<Record<TextField, string>> } {
  const values: TextInput = {};
  const errors: Partial<Record<TextField, string>> = {};
  for (const field of Object.keys(LIMITS) as TextField[]) {
    const raw = input[field];
    if (raw === undefined) continue;
    if (raw === null) {
      values[field] = '';
      continue;
    }
    if (typeof raw !== 'string') {
      errors[field] = `${FIELD_LABELS[field]} must be text.`;
      continue;
    }
    const text = cleanLine(raw);
    values[field] = text;
    if (text.length > LIMITS[field]) errors[field] = `${FIELD_LABELS[field]} is ${text.length} characters long; at most ${LIMITS[field]} are allowed.`;
  }
  return { values, errors };
}
