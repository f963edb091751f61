// Site search: tokens, query parsing and snippets (docs/decisions/005-search.md).
import { renderDocText } from '../document/render-text.js';
import type { DocNode } from '../document/types.js';
import { searchColumns, type SearchColumns } from './text.js';

export * from './query.js';
export * from './snippet.js';
export * from './text.js';

/** Plain text of a stored body (JSON of the document tree); an unreadable body counts as empty. */
export function bodyText(body: string): string {
  try {
    return renderDocText(JSON.parse(body) as DocNode);
  } catch {
    return '';
  }
}

/** search_title and search_text of an article row as stored (body as JSON). */
export function articleSearchColumns(a: { lang: string; headline: string; lead: string; body: string }): SearchColumns {
  return searchColumns({ lang: a.lang, headline: a.headline, lead: a.lead, bodyText: bodyText(a.body) });
}
