// What every reader page knows while it renders: language, strings, clock, site settings and the
// shared header data (rubric menu, currency rates).
import type { Config } from '../config.js';
import type { RubricRef } from '../domain/article.js';
import type { Lang } from '../domain/lang.js';
import { t, type Strings } from '../i18n/strings.js';
import type { RatesOfDay } from '../store/rates.js';
import type { Assets } from './assets.js';

export interface SiteContext {
  lang: Lang;
  s: Strings;
  config: Config;
  now: number;
  assets: Assets;
  rubrics: RubricRef[];
  rates: RatesOfDay | null;
  /** where each language's switch link leads from this page */
  languageLinks: Partial<Record<Lang, string>>;
}

export function baseContext(lang: Lang, config: Config, now: number, assets: Assets): Omit<SiteContext, 'rubrics' | 'rates' | 'languageLinks'> {
  return { lang, s: t(lang), config, now, assets };
}
