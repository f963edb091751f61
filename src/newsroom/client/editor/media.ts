// The media library from the editor: listing and searching (GET /api/v1/newsroom/media/), uploading
// (POST, multipart, field "file"), and the picker dialog that inserts a picture into the body or sets
// the cover image field.
import { Dialog, textInput } from './dialog.js';
import { el, uid } from './dom.js';

export interface MediaItem {
  id: number;
  url: string;
  thumbUrl: string;
  width: number | null;
  height: number | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  originalName: string | null;
}

export const MEDIA_API = '/api/v1/newsroom/media/';
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

function item(v: unknown): MediaItem | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if ((typeof o.id !== 'number' && typeof o.id !== 'string') || typeof o.url !== 'string') return null;
  const num = (x: unknown) => (typeof x === 'number' && x > 0 ? Math.round(x) : null);
  const str = (x: unknown) => (typeof x === 'string' && x.trim() ? x : null);
  return { id: Number(o.id), url: sitePath(o.url), thumbUrl: sitePath(str(o.thumbUrl) ?? o.url), width: num(o.width), height: num(o.height), alt: str(o.alt), caption: str(o.caption), credit: str(o.credit), originalName: str(o.originalName) };
}

/** Our own absolute addresses become site paths (/media/…), which the body schema accepts. */
export function sitePath(url: string): string {
  try {
    const u = new URL(url, location.href);
    if (u.origin === location.origin) return u.pathname + u.search;
  } catch {
    // not a URL: leave it to the checks
  }
  return url;
}

async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown; message?: unknown };
    const m = typeof body.error === 'string' ? body.error : typeof body.message === 'string' ? body.message : '';
    if (m) return m;
  } catch {
    // not JSON
  }
  if (res.status === 413) return 'The file is too large.';
  if (res.status === 401 || res.status === 403) return 'You are signed out or may not use the media library.';
  return `The server answered ${res.status}.`;
}

export async function listMedia(q: string, page: number, signal?: AbortSignal): Promise<{ items: MediaItem[]; total: number; page: number }> {
  const params = new URLSearchParams({ page: String(page) });
  if (q.trim()) params.set('q', q.trim());
  const res = await fetch(`${MEDIA_API}?${params}`, { headers: { accept: 'application/json' }, credentials: 'same-origin', signal });
  if (!res.ok) throw new Error(await errorMessage(res));
  const body = (await res.json()) as { items?: unknown[]; total?: unknown; page?: unknown };
  const items = (body.items ?? []).map(item).filter((i): i is MediaItem => i !== null);
  return { items, total: typeof body.total === 'number' ? body.total : items.length, page: typeof body.page === 'number' ? body.page : page };
}

export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? document.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
}

/** Uploads pictures: the ones the server took, and its message about any it refused; an Error when none was taken. */
export async function uploadMedia(files: File[]): Promise<{ items: MediaItem[]; error: string | null }> {
  const wrong = files.filter((f) => f.type && !IMAGE_TYPES.includes(f.type));
  if (wrong.length) throw new Error(`Only JPEG, PNG, WebP and GIF pictures can be uploaded (not ${wrong.map((f) => f.name).join(', ')}).`);
  const data = new FormData();
  for (const f of files) data.append('file', f, f.name);
  let res: Response;
  try {
    res = await fetch(MEDIA_API, { method: 'POST', body: data, headers: { 'x-csrf-token': csrfToken(), accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    throw new Error('The upload failed: no connection to the server.');
  }
  if (!res.ok) throw new Error(await errorMessage(res));
  const body = (await res.json().catch(() => ({}))) as { items?: unknown[]; error?: unknown };
  const items = (body.items ?? []).map(item).filter((i): i is MediaItem => i !== null);
  const error = typeof body.error === 'string' && body.error ? body.error : null;
  if (!items.length) throw new Error(error ?? 'Nothing was uploaded.');
  return { items, error };
}

export function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((f) => f.type.startsWith('image/'));
}

/** The library dialog: search, pages, upload; `choose` gets the picked image. */
export class MediaPicker {
  private readonly d: Dialog;
  private readonly search = textInput({ type: 'search', placeholder: 'Words from the caption, alt text or file name', spellcheck: 'false' });
  private readonly grid = el('ul', { class: 'ed-media-grid' });
  private readonly status = el('p', { class: 'ed-media-status', role: 'status' });
  private readonly more = el('button', { type: 'button', class: 'nr-button' }, 'Show more');
  private readonly file = el('input', { type: 'file', accept: IMAGE_TYPES.join(','), multiple: true, class: 'ed-visually-hidden' });
  private items: MediaItem[] = [];
  private total = 0;
  private page = 1;
  private query = '';
  private abort: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private choose: ((item: MediaItem) => void) | null = null;

  constructor() {
    const searchId = uid('ed-media-search');
    this.search.id = searchId;
    const fileId = uid('ed-media-file');
    this.file.id = fileId;
    this.d = new Dialog({ title: 'Media library', submitLabel: 'Search', wide: true });
    this.d.body.append(
      el(
        'div',
        { class: 'ed-media-tools' },
        el('div', { class: 'nr-field ed-media-search' }, el('label', { for: searchId }, 'Search the library'), this.search),
        el('div', { class: 'ed-media-upload' }, this.file, el('label', { for: fileId, class: 'nr-button' }, 'Upload new pictures…')),
      ),
      this.status,
      this.grid,
      el('div', { class: 'ed-media-more' }, this.more),
    );
    // the form's submit (Enter in the search box) searches at once
    this.d.onSubmit = () => {
      this.load(true);
      return { message: '' };
    };
    this.search.addEventListener('input', () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.load(true), 250);
    });
    this.more.addEventListener('click', () => {
      this.page++;
      this.load(false);
    });
    this.file.addEventListener('change', () => void this.upload());
    this.d.submit.hidden = true;
  }

  get dialog(): HTMLDialogElement {
    return this.d.dialog;
  }

  open(title: string, choose: (item: MediaItem) => void, returnFocus: () => void): void {
    this.d.titleEl.textContent = title;
    this.choose = choose;
    this.search.value = '';
    this.d.open(returnFocus, this.search);
    this.load(true);
  }

  private async load(reset: boolean): Promise<void> {
    if (reset) {
      this.page = 1;
      this.query = this.search.value;
    }
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.status.textContent = 'Loading…';
    this.more.hidden = true;
    try {
      const res = await listMedia(this.query, this.page, abort.signal);
      if (abort.signal.aborted) return;
      this.items = reset ? res.items : [...this.items, ...res.items];
      this.total = res.total;
      this.render(reset ? 0 : this.items.length - res.items.length);
    } catch (err) {
      if (abort.signal.aborted) return;
      this.status.textContent = `The library could not be loaded: ${(err as Error).message}`;
    }
  }

  private render(focusFrom: number) {
    if (focusFrom === 0) this.grid.replaceChildren();
    this.items.slice(focusFrom).forEach((it) => this.grid.append(this.tile(it)));
    const q = this.query.trim();
    this.status.textContent = this.items.length
      ? `${this.total === 1 ? '1 picture' : `${this.total} pictures`}${q ? ` match “${q}”` : ' in the library'}. Choose one.`
      : q
        ? `No pictures match “${q}”.`
        : 'The library is empty: upload a picture.';
    this.more.hidden = this.items.length >= this.total;
    // after "Show more", focus the first new picture so keyboard users continue where they were
    if (focusFrom > 0) this.grid.querySelectorAll('button')[focusFrom]?.focus();
  }

  private tile(it: MediaItem): HTMLLIElement {
    const name = it.alt || it.caption || it.originalName || `Picture ${it.id}`;
    const size = it.width && it.height ? `${it.width}×${it.height}` : '';
    const button = el(
      'button',
      { type: 'button', class: 'ed-media-item', 'data-media-id': it.id },
      el('img', { src: it.thumbUrl, alt: '', loading: 'lazy', width: 160, height: 110 }),
      el('span', { class: 'ed-media-name' }, name),
      el('span', { class: 'ed-media-meta' }, [size, it.alt ? '' : 'no alt text'].filter(Boolean).join(' · ')),
    );
    button.addEventListener('click', () => {
      const choose = this.choose;
      this.choose = null;
      this.d.close();
      choose?.(it);
    });
    return el('li', {}, button);
  }

  private async upload(): Promise<void> {
    const files = imageFiles(this.file.files);
    this.file.value = '';
    if (!files.length) return;
    this.status.textContent = `Uploading ${files.length === 1 ? 'the picture' : `${files.length} pictures`}…`;
    try {
      const { items: uploaded, error } = await uploadMedia(files);
      this.items = [...uploaded, ...this.items.filter((i) => !uploaded.some((u) => u.id === i.id))];
      this.total += uploaded.length;
      this.render(0);
      this.status.textContent = `Uploaded ${uploaded.length === 1 ? '1 picture' : `${uploaded.length} pictures`}. ${error ? `${error} ` : ''}Choose one.`;
      this.grid.querySelector('button')?.focus();
    } catch (err) {
      this.status.textContent = `Not uploaded: ${(err as Error).message}`;
    }
  }
}
