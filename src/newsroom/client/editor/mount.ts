// Mounts the rich-text editor on the article form: <div data-editor data-article-id="…" data-lang="…">
// inside the form, the body JSON in <script type="application/json" id="body-json">. Keeps body_json
// current, hides the no-JS body textarea, autosaves (only with data-article-id), keeps a local backup
// of unsaved text and offers it back, warns before leaving with unsaved changes, and wires the media
// picker for the body and for [data-media-picker] buttons (the cover image).
import { Editor, type JSONContent } from '@tiptap/core';
import type { DocNode } from '../../../domain/document/types.js';
import { Autosaver, postAutosave, type AutosaveState } from './autosave.js';
import { BackupStore, backupKey } from './backup.js';
import { offerUnsavedText } from './backup-offer.js';
import { guardLeaving } from './leave-guard.js';
import { EmbedDialog, ImageDialog, insertBlock, LinkDialog } from './dialogs.js';
import { el, shortTime, uid } from './dom.js';
import { control, hideNoJsBody, initialDoc, snapshot, type FormControl } from './form-fields.js';
import { editorExtensions, type EditorHooks } from './extensions.js';
import { imageFiles, MediaPicker, uploadMedia, csrfToken, type MediaItem } from './media.js';
import { normalizeDoc } from './normalize.js';
import { Toolbar } from './toolbar.js';
import { isSafeImageSrc } from './urls.js';

export interface MountedEditor {
  editor: Editor;
  /** the body as the server will get it */
  doc(): DocNode;
  destroy(): void;
}

export function mountEditor(root: HTMLElement): MountedEditor {
  const form = root.closest('form') ?? (document.querySelector<HTMLInputElement>('input[name="body_json"]')?.form ?? null);
  const articleId = root.dataset.articleId?.trim() || null;
  const lang = root.dataset.lang?.trim() || '';
  const updatedAtAttr = Number(root.dataset.updatedAt);
  const serverUpdatedAt = Number.isFinite(updatedAtAttr) && updatedAtAttr > 0 ? updatedAtAttr : null;
  const bodyJson = control(form, 'body_json');
  const bodyText = control(form, 'body_text');
  const versionField = control(form, 'version');
  const start = initialDoc(form, bodyJson, bodyText);
  const noJs = hideNoJsBody(bodyText);

  // the editor's frame
  const editorId = uid('ed-text');
  const labelId = uid('ed-label');
  const status = el('p', { class: 'ed-status', role: 'status', 'aria-live': 'polite' });
  const words = el('span', { class: 'ed-words' });
  const conflict = el('div', { class: 'ed-conflict', role: 'alert' });
  const notice = el('div', { class: 'ed-notice', role: 'alert' });
  const paper = el('div', { class: 'ed-paper' });
  const bar = el('div', { class: 'ed-bar' });
  const sticky = el('div', { class: 'ed-sticky' }, conflict, bar, notice);
  const frame = el('div', { class: 'ed-frame' }, el('div', { class: 'ed-label nr-label', id: labelId }, noJs.label), sticky, paper);
  root.replaceChildren(frame);
  root.classList.add('ed-mounted');
  // the editable text carries the label now (a plain div may not have one)
  root.removeAttribute('aria-labelledby');
  // a form the user may not change (disabled fieldset): the editor only shows the text
  const readOnly = !!root.closest('fieldset[disabled]') || root.dataset.readonly !== undefined;

  const hooks: EditorHooks = {
    editImage: (pos) => void imageDialog.edit(pos),
    editEmbed: (pos) => embedDialog.open(pos),
    openLink: () => linkDialog.open(),
  };

  const editor = new Editor({
    element: paper,
    // the base styles are in editor.css: an injected <style> would break the pages' CSP
    injectCSS: false,
    extensions: editorExtensions(hooks),
    content: start as JSONContent,
    editable: !readOnly,
    editorProps: {
      attributes: {
        id: editorId,
        class: 'ed-prose',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(noJs.describedBy.length ? { 'aria-describedby': noJs.describedBy.join(' ') } : {}),
        ...(noJs.invalid ? { 'aria-invalid': 'true' } : {}),
        ...(lang ? { lang } : {}),
        spellcheck: 'true',
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = imageFiles((event as DragEvent).dataTransfer?.files);
        if (moved || !files.length) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: (event as DragEvent).clientX, top: (event as DragEvent).clientY })?.pos;
        void uploadAndInsert(files, at);
        return true;
      },
      handlePaste: (_view, event) => {
        const files = imageFiles(event.clipboardData?.files);
        if (!files.length) return false;
        event.preventDefault();
        void uploadAndInsert(files);
        return true;
      },
      handleKeyDown: (_view, event) => {
        if (event.key === 'F10' && event.altKey) {
          event.preventDefault();
          toolbar.focus();
          return true;
        }
        return false;
      },
    },
  });

  const linkDialog = new LinkDialog(editor);
  const embedDialog = new EmbedDialog(editor);
  const imageDialog = new ImageDialog(editor);
  const picker = new MediaPicker();
  // The view's own focus is synchronous (the focus command waits a frame, and a quick next key would miss it).
  const focusEditor = () => editor.view.focus();

  const toolbar = new Toolbar(
    editor,
    {
      link: () => linkDialog.open(),
      embed: () => embedDialog.open(),
      image: () => picker.open('Insert an image', (item) => void insertFromLibrary(item), focusEditor),
    },
    editorId,
  );
  bar.append(toolbar.element, el('div', { class: 'ed-meta' }, status, words));

  // body_json always holds the current body
  const currentDoc = () => normalizeDoc(editor.getJSON());
  const syncBody = () => {
    if (bodyJson) bodyJson.value = JSON.stringify(currentDoc());
  };
  syncBody();

  function showNotice(message: string) {
    notice.replaceChildren();
    if (!message) return;
    const close = el('button', { type: 'button', class: 'nr-link-button ed-notice-close' }, 'Dismiss');
    close.addEventListener('click', () => notice.replaceChildren());
    notice.append(el('span', {}, message), close);
  }

  async function insertFromLibrary(item: MediaItem, at?: number) {
    if (!isSafeImageSrc(item.url)) {
      showNotice('That picture’s address cannot be used in an article.');
      return;
    }
    const details = await imageDialog.ask({ src: item.thumbUrl || item.url, alt: item.alt, caption: item.caption, credit: item.credit, mode: 'insert' });
    if (!details) return;
    insertBlock(editor, { type: 'image', attrs: { src: item.url, width: item.width, height: item.height, ...details } }, at);
  }

  async function uploadAndInsert(files: File[], at?: number) {
    showNotice('');
    setStatusText(`Uploading ${files.length === 1 ? 'a picture' : `${files.length} pictures`}…`);
    let items: MediaItem[];
    try {
      const res = await uploadMedia(files);
      items = res.items;
      if (res.error) showNotice(`Some files were not uploaded: ${res.error}`);
    } catch (err) {
      setStatusText('');
      showNotice(`Not uploaded: ${(err as Error).message}`);
      return;
    }
    setStatusText(`Uploaded ${items.length === 1 ? '1 picture' : `${items.length} pictures`}: add the alt text.`);
    for (const item of items.reverse()) await insertFromLibrary(item, at);
  }

  // the cover image (and any other [data-media-picker="field"] button)
  const pickerButtons = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-media-picker]'));
  for (const b of pickerButtons) {
    const target = control(form, b.dataset.mediaPicker ?? '') ?? (document.getElementsByName(b.dataset.mediaPicker ?? '')[0] as FormControl | undefined) ?? null;
    if (!target) continue;
    if (b.type !== 'button' && b.tagName === 'BUTTON') b.type = 'button';
    b.hidden = false;
    b.addEventListener('click', (e) => {
      e.preventDefault();
      picker.open('Choose the cover image', (item) => setCover(target, item), () => b.focus());
    });
  }
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-media-clear]'))) {
    const target = control(form, b.dataset.mediaClear ?? '');
    if (!target) continue;
    b.addEventListener('click', (e) => {
      e.preventDefault();
      target.value = '';
      const preview = document.querySelector<HTMLElement>('[data-cover-preview]');
      if (preview instanceof HTMLImageElement) preview.hidden = true;
      else preview?.replaceChildren(el('p', { class: 'nr-cover-empty' }, 'No cover'));
      target.dispatchEvent(new Event('input', { bubbles: true }));
      target.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  function setCover(target: FormControl, item: MediaItem) {
    target.value = String(item.id);
    const preview = document.querySelector<HTMLElement>('[data-cover-preview]');
    const img =
      preview instanceof HTMLImageElement
        ? preview
        : preview
          ? (preview.replaceChildren(el('figure', {}, el('img', { loading: 'lazy' }), el('figcaption', { class: 'nr-hint' }, `Image ${item.id}`))), preview.querySelector('img')!)
          : null;
    if (img) {
      img.src = item.thumbUrl || item.url;
      img.alt = item.alt ?? `Cover image ${item.id}`;
      if (item.width && item.height) {
        img.width = item.width;
        img.height = item.height;
      }
      img.hidden = false;
    }
    // the cover's alt text and caption start from the library's, when still empty
    const alt = control(form, 'cover_alt');
    const caption = control(form, 'cover_caption');
    if (alt && !alt.value.trim() && item.alt) alt.value = item.alt;
    if (caption && !caption.value.trim() && item.caption) caption.value = item.caption;
    target.dispatchEvent(new Event('input', { bubbles: true }));
    target.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // status line
  function setStatusText(text: string, kind: '' | 'error' | 'warn' = '') {
    status.textContent = text;
    status.className = kind ? `ed-status ed-status--${kind}` : 'ed-status';
  }

  function showConflict(s: Extract<AutosaveState, { status: 'conflict' }>) {
    // the server's message says who saved and when (in the site's time); we add what happens now
    const fallback = s.current?.updatedByName ? `${s.current.updatedByName} saved a newer version of this article.` : 'Someone saved a newer version of this article.';
    const message = s.message || fallback;
    const href = location.href.split('#')[0];
    const open = el('a', { class: 'nr-button nr-button--primary', href, target: '_blank', rel: 'noopener' }, 'Open the latest version in a new tab');
    const keep = el('button', { type: 'button', class: 'nr-button' }, 'Keep editing mine');
    keep.addEventListener('click', () => {
      conflict.classList.add('ed-conflict--quiet');
      conflict.replaceChildren(el('p', {}, el('strong', {}, 'Autosave is off: '), 'a newer version exists. ', el('a', { href, target: '_blank', rel: 'noopener' }, 'Open it in a new tab')));
      focusEditor();
    });
    conflict.classList.remove('ed-conflict--quiet');
    conflict.replaceChildren(
      el('p', { class: 'ed-conflict-title' }, /^not saved/i.test(message) ? message : `Not saved: ${message}`),
      el('p', {}, 'Autosave is off so the newer version is not overwritten. Your text stays here and is kept on this computer.'),
      el('div', { class: 'ed-conflict-actions' }, open, keep),
    );
    writeBackup();
  }

  function onState(s: AutosaveState) {
    switch (s.status) {
      case 'idle':
        return;
      case 'pending':
        status.classList.add('ed-status--dirty');
        return;
      case 'saving':
        return setStatusText('Saving…');
      case 'saved': {
        // the server's words ("Saved at 14:32", or why the live article waits), or just the time
        const text = s.savedAtText || shortTime(Date.now());
        return setStatusText(/^[\d:. apm]+$/i.test(text) ? `Saved at ${text}` : text);
      }
      case 'invalid':
        return setStatusText(`Not saved: ${s.message}`, 'error');
      case 'signedOut':
        return setStatusText(`Not saved: ${s.message}`, 'error');
      case 'offline':
        return setStatusText('Not saved — offline? Retrying…', 'warn');
      case 'conflict':
        setStatusText('Not saved: a newer version exists. Autosave is off.', 'error');
        return showConflict(s);
    }
  }

  // autosave (edit pages only)
  const autosaveUrl = readOnly ? null : (form?.dataset.autosave ?? (articleId ? `/newsroom/articles/${encodeURIComponent(articleId)}/autosave/` : null));
  const send = (body: URLSearchParams, keepalive: boolean) => postAutosave(autosaveUrl!, body, keepalive, csrfToken());
  const saver =
    form && autosaveUrl
      ? new Autosaver({
          send,
          collect: () => {
            syncBody();
            return new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
          },
          applyVersion: (v) => {
            if (versionField) versionField.value = v;
          },
          onState,
          onClean: () => draftStore.clear(),
        })
      : null;

  // the local backup
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  })();
  const draftStore = new BackupStore(storage, backupKey(articleId, lang, 'draft'));
  const conflictStore = new BackupStore(storage, backupKey(articleId, lang, 'conflict'));
  let changedSinceLoad = false;
  let backupTimer: ReturnType<typeof setTimeout> | null = null;
  const unsaved = () => (saver ? saver.dirty || saver.saving : changedSinceLoad);

  function writeBackup() {
    if (backupTimer) clearTimeout(backupTimer);
    backupTimer = null;
    if (!form || !unsaved()) return;
    syncBody();
    const b = { savedAt: Date.now(), version: versionField?.value ?? '', fields: snapshot(form) };
    if (saver?.stopped) conflictStore.write({ ...b, conflict: true });
    else draftStore.write(b);
  }

  let wordTimer: ReturnType<typeof setTimeout> | null = null;
  function countWords() {
    wordTimer = null;
    const n = editor.getText().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    words.textContent = n === 1 ? '1 word' : `${n.toLocaleString('en-GB')} words`;
  }
  countWords();

  function changed() {
    changedSinceLoad = true;
    saver?.changed();
    if (!backupTimer) backupTimer = setTimeout(writeBackup, 400);
  }

  editor.on('update', () => {
    syncBody();
    changed();
    if (!wordTimer) wordTimer = setTimeout(countWords, 300);
  });
  editor.on('transaction', () => toolbar.update());
  if (form) {
    // any field of the form counts (the editor's own text field fires these too)
    const onField = (e: Event) => {
      const t = e.target as Element | null;
      if (t?.closest('.ed-paper')) return; // the editor reports its own changes
      changed();
    };
    form.addEventListener('input', onField);
    form.addEventListener('change', onField);
  }

  // offer back text that never reached the server
  const offerBackup = () => {
    if (!form) return;
    offerUnsavedText({
      form,
      stores: [conflictStore, draftStore],
      serverUpdatedAt,
      currentVersion: versionField?.value ?? null,
      restoreBody: (doc) => editor.commands.setContent(normalizeDoc(doc) as JSONContent),
      restored: (time) => {
        syncBody();
        changed();
        setStatusText(`Restored your text from ${time}.`);
        focusEditor();
      },
      dismissed: focusEditor,
    });
  };

  if (readOnly) {
    toolbar.element.hidden = true;
    setStatusText('Read only');
  } else if (!saver) setStatusText(articleId ? '' : 'Autosave starts once the article is saved.');
  offerBackup();

  // leaving the page, submitting the form
  const unguard = guardLeaving({
    form,
    saver,
    unsaved,
    writeBackup,
    syncBody,
    submitted: () => {
      if (!articleId) draftStore.clear();
    },
  });

  return {
    editor,
    doc: currentDoc,
    destroy() {
      unguard();
      for (const d of [linkDialog.dialog, embedDialog.dialog, imageDialog.dialog, picker.dialog]) d.remove();
      editor.destroy();
    },
  };
}
