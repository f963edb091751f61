// Search URLs: the page, and a search with its filters and page number.
import type { Lang } from '../../../domain/lang.js';
import type { SearchSort } from '../../../store/search.js';

export const SEARCH_PAGE_SIZE = 20;

/** What the form sends, cleaned: every value here is safe to echo back into the form and links. */
export interface SearchForm {
  q: string;
  /** rubric slug in the page's language, or '' */
  rubric: string;
  /** YYYY-MM-DD or '' */
  from: string;
  to: string;
  /** a language code or 'all' */
  language: string;
  sort: SearchSort;
}

export const searchPath = (lang: Lang) => `/${lang}/search/`;

/** The URL of a search (page 1 has no page parameter; defaults are left out). */
export function searchHref(lang: Lang, f: SearchForm, page = 1): string {
  const p = new URLSearchParams();
  p.set('q', f.q);
  if (f.rubric) p.set('rubric', f.rubric);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.language !== lang) p.set('language', f.language);
  if (f.sort !== 'relevance') p.set('sort', f.sort);
  if (page > 1) p.set('page', String(page));
  return `${searchPath(lang)}?${p.toString()}`;
}
