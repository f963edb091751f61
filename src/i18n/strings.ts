// Every string a reader sees, per language (one file each in strings/). Keys are checked by
// TypeScript: a missing translation does not compile.
import type { Lang } from '../domain/lang.js';
import { en } from './strings/en.js';
import { ky } from './strings/ky.js';
import { ru } from './strings/ru.js';
import type { Strings } from './strings/types.js';

export type { Strings };

export const STRINGS: Record<Lang, Strings> = { ru, ky, en };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
}
