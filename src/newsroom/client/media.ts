// The media library's upload island: drag and drop onto the drop zone, several files at once, each
// sent to the JSON API on its own so that it gets its own progress bar and its own error. Without this
// script the same form posts all files to /newsroom/media/upload/ and the server answers with a page.

interface UploadResponse {
  items?: Array<{ id: number; originalName: string }>;
  error?: string;
  files?: Array<{ name: string; error: string }>;
}

function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function init(): void {
  const form = document.querySelector<HTMLFormElement>('form.md-upload-form');
  const list = document.querySelector<HTMLUListElement>('[data-upload-list]');
  const zone = form?.querySelector<HTMLElement>('[data-drop-zone]');
  const input = form?.querySelector<HTMLInputElement>('input[type="file"]');
  if (!form || !list || !zone || !input || typeof FormData === 'undefined') return;
  const api = form.dataset.api ?? '/api/v1/newsroom/media/';
  const maxBytes = Number(form.dataset.maxBytes) || Infinity;
  const maxLabel = form.dataset.maxLabel ?? '';
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  // files start uploading as soon as they are chosen or dropped
  if (button) button.hidden = true;

  let queue: Promise<void> = Promise.resolve();
  let done: HTMLLIElement | null = null;
  let uploaded = 0;

  function row(file: File) {
    const li = el('li');
    const name = el('span', 'md-p-name', file.name);
    const status = el('span', 'md-p-status', 'Waiting…');
    const bar = el('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', `Upload progress of ${file.name}`);
    li.append(name, status, bar);
    list!.append(li);
    const fail = (message: string) => {
      bar.remove();
      status.textContent = 'Not uploaded';
      status.className = 'md-p-status md-p-error-label';
      li.append(el('span', 'md-p-error', message));
    };
    return { li, status, bar, fail };
  }

  function send(file: File): Promise<void> {
    const r = row(file);
    if (file.size > maxBytes) {
      r.fail(`${file.name} is larger than the ${maxLabel} limit.`);
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      queue = queue.then(
        () =>
          new Promise<void>((next) => {
            const xhr = new XMLHttpRequest();
            xhr.open('POST', api);
            xhr.setRequestHeader('x-csrf-token', csrfToken());
            xhr.setRequestHeader('accept', 'application/json');
            xhr.responseType = 'json';
            r.status.textContent = 'Uploading…';
            xhr.upload.onprogress = (e) => {
              if (e.lengthComputable) r.bar.value = Math.round((e.loaded / e.total) * 100);
            };
            xhr.upload.onload = () => {
              r.bar.removeAttribute('value'); // indeterminate while the server makes the renditions
              r.status.textContent = 'Processing…';
            };
            xhr.onload = () => {
              const body = (xhr.response ?? {}) as UploadResponse;
              const item = body.items?.[0];
              if (xhr.status === 201 && item) {
                uploaded++;
                r.bar.remove();
                r.status.textContent = '';
                r.status.className = 'md-p-status md-p-ok';
                const link = el('a', undefined, 'Uploaded — add alt text');
                link.href = `/newsroom/media/${item.id}/`;
                r.status.append(link);
              } else {
                r.fail(body.files?.[0]?.error ?? body.error ?? `The server answered ${xhr.status}.`);
              }
              next();
              resolve();
            };
            xhr.onerror = () => {
              r.fail('The upload failed: the connection was lost. Try again.');
              next();
              resolve();
            };
            const data = new FormData();
            data.append('file', file, file.name);
            xhr.send(data);
          }),
      );
    });
  }

  function uploadAll(files: FileList | File[]): void {
    const chosen = Array.from(files);
    if (!chosen.length) return;
    list!.hidden = false;
    done?.remove();
    done = null;
    Promise.all(chosen.map(send)).then(() => {
      if (!uploaded) return;
      done = el('li', 'md-p-done');
      const link = el('a', undefined, `Show the ${uploaded === 1 ? 'new image' : 'new images'} in the library`);
      link.href = '/newsroom/media/';
      done.append(link);
      list!.append(done);
    });
  }

  input.addEventListener('change', () => {
    if (input.files) uploadAll(input.files);
    input.value = '';
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.files?.length) uploadAll(input.files);
    input.value = '';
  });

  let depth = 0;
  const over = (on: boolean) => zone.classList.toggle('md-drop--over', on);
  zone.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth++;
    over(true);
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  zone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) over(false);
  });
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    over(false);
    if (e.dataTransfer?.files?.length) uploadAll(e.dataTransfer.files);
  });
  // a file dropped next to the zone must not make the browser leave the page to show it
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
