// The article form around the editor: its controls, the body it starts from (the JSON island, the
// hidden field, or the no-JS textarea's plain text), a snapshot for the local backup, and hiding the
// textarea the editor replaces.
import type { DocNode } from '../../../domain/document/types.js';
import type { Fields } from './backup.js';
import { normalizeDoc } from './normalize.js';

export type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function control(form: HTMLFormElement | null, name: string): FormControl | null {
  const c = form?.elements.namedItem(name);
  return c instanceof HTMLInputElement || c instanceof HTMLTextAreaElement || c instanceof HTMLSelectElement ? c : null;
}

/** Plain text (the no-JS textarea) -> paragraphs, blank lines between them. */
export function textToDoc(text: string): DocNode {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return normalizeDoc({
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: p.split('\n').flatMap((line, i) => [...(i ? [{ type: 'hardBreak' }] : []), ...(line.trim() ? [{ type: 'text', text: line.trim() }] : [])]) })),
  });
}

export function initialDoc(form: HTMLFormElement | null, bodyJson: FormControl | null, bodyText: FormControl | null): DocNode {
  const script = document.getElementById('body-json');
  for (const source of [script?.textContent, bodyJson?.value]) {
    if (!source || !source.trim()) continue;
    try {
      return normalizeDoc(JSON.parse(source));
    } catch {
      // damaged JSON: try the next source
    }
  }
  return textToDoc(bodyText?.value ?? '');
}

export function snapshot(form: HTMLFormElement): Fields {
  const out: Fields = [];
  new FormData(form).forEach((v, k) => {
    if (typeof v === 'string') out.push([k, v]);
  });
  return out;
}

export function hideNoJsBody(bodyText: FormControl | null): { label: string; describedBy: string[]; invalid: boolean } {
  if (!bodyText) return { label: 'Body', describedBy: [], invalid: false };
  const labels = Array.from(bodyText.labels ?? []);
  const label = labels[0]?.textContent?.replace(/\s+/g, ' ').trim() || 'Body';
  const describedBy: string[] = [];
  const hide: HTMLElement[] = [bodyText, ...labels];
  for (const id of (bodyText.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
    const d = document.getElementById(id);
    if (!d) continue;
    // error messages stay (and describe the editor); hints for the plain textarea go
    if (d.getAttribute('role') === 'alert' || /error/i.test(d.className) || /^err-|error/i.test(d.id)) describedBy.push(id);
    else hide.push(d);
  }
  for (const h of hide) h.hidden = true;
  const wrap = bodyText.parentElement;
  if (wrap && wrap.matches('.nr-field, p, div') && !wrap.querySelector('[data-editor]') && Array.from(wrap.children).every((c) => (c as HTMLElement).hidden)) wrap.hidden = true;
  return { label, describedBy, invalid: bodyText.getAttribute('aria-invalid') === 'true' };
}
