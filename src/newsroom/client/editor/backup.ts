// The local safety net: the form's fields in localStorage after every change that the server has not
// acknowledged, so a crash, a closed tab, a lost connection or a conflict never loses the text.
// One key per article for ordinary unsaved changes ("draft") and one for text refused by a conflict
// ("conflict"), so that a second tab opened on the newer version cannot overwrite the refused text.
import { normalizeDoc } from './normalize.js';

export type Fields = Array<[string, string]>;

export interface Backup {
  v: 1;
  /** when the text was typed (epoch ms, the browser's clock) */
  savedAt: number;
  /** the version the text was based on */
  version: string;
  fields: Fields;
  /** set when the server refused the text because of a newer version */
  conflict?: boolean;
}

/** Not restored: the page's own bookkeeping (the token, the version and the no-JS body with its digest). */
export const NOT_RESTORED = new Set(['_csrf', 'version', 'body_text', 'body_text_base']);

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function backupKey(articleId: string | null, lang: string, kind: 'draft' | 'conflict'): string {
  return `newsdesk.editor.${articleId ? `article-${articleId}` : `new-${lang || 'any'}`}.${kind}`;
}

export class BackupStore {
  constructor(
    private readonly storage: StorageLike | null,
    readonly key: string,
  ) {}

  read(): Backup | null {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return null;
      const b = JSON.parse(raw) as Backup;
      if (!b || b.v !== 1 || typeof b.savedAt !== 'number' || !Array.isArray(b.fields)) return null;
      const fields = b.fields.filter((f): f is [string, string] => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string');
      return { v: 1, savedAt: b.savedAt, version: String(b.version ?? ''), fields, conflict: b.conflict === true };
    } catch {
      return null;
    }
  }

  /** false when the browser refused (storage full or disabled) */
  write(b: Omit<Backup, 'v'>): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(this.key, JSON.stringify({ v: 1, ...b }));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // nothing to do: a disabled storage holds nothing
    }
  }
}

function comparable(fields: Fields): string {
  const out: Fields = [];
  for (const [name, value] of fields) {
    if (NOT_RESTORED.has(name)) continue;
    if (name === 'body_json') {
      let doc: unknown = null;
      try {
        doc = JSON.parse(value);
      } catch {
        doc = null;
      }
      out.push([name, JSON.stringify(normalizeDoc(doc))]);
    } else out.push([name, value.replace(/\r\n?/g, '\n').trim()]);
  }
  return JSON.stringify(out.sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0]))));
}

/** Whether two snapshots hold the same text (ignoring bookkeeping fields, JSON formatting and stray whitespace). */
export function sameContent(a: Fields, b: Fields): boolean {
  return comparable(a) === comparable(b);
}

/**
 * Whether to offer a backup when the page opens: it must hold something the form does not, and be newer
 * than the server's version (when the page says when that was), unless it is text a conflict refused.
 */
export function shouldOffer(backup: Backup, current: Fields, serverUpdatedAt: number | null): boolean {
  if (sameContent(backup.fields, current)) return false;
  if (backup.conflict) return true;
  return serverUpdatedAt === null || backup.savedAt > serverUpdatedAt;
}
