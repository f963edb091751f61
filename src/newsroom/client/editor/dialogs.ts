// The editor's small dialogs: a link, an embed, and an image's alt text, caption and credit.
import type { Editor, JSONContent } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { Dialog, field, textInput } from './dialog.js';
import { el } from './dom.js';
import { inText } from './in-text.js';
import { checkEmbedUrl, checkHref } from './urls.js';

/** Inserts a block (image, embed) at the top level: replaces an empty paragraph, else goes after the current block. */
export function insertBlock(editor: Editor, node: JSONContent, at?: number): void {
  const state = editor.state;
  const sel = state.selection;
  const $pos = at !== undefined ? state.doc.resolve(Math.max(0, Math.min(at, state.doc.content.size))) : sel.$from;
  let target: number | { from: number; to: number };
  if (at === undefined && sel instanceof NodeSelection) target = sel.to;
  else if ($pos.depth === 0) target = $pos.pos;
  else {
    const top = $pos.node(1);
    const start = $pos.before(1);
    const end = $pos.after(1);
    if (top.type.name === 'paragraph' && top.content.size === 0) target = { from: start, to: end };
    else if (top.type.name === 'paragraph' && $pos.depth === 1 && $pos.parentOffset === 0) target = start;
    else target = end;
  }
  inText(editor).insertContentAt(target, node).run();
}

export class LinkDialog {
  private readonly d: Dialog;
  private readonly url = textInput({ inputmode: 'url', spellcheck: 'false', placeholder: 'https://' });
  private readonly text = textInput();
  private readonly textField: HTMLDivElement;
  private readonly remove = el('button', { type: 'button', class: 'nr-button nr-button--danger' }, 'Remove link');

  constructor(private readonly editor: Editor) {
    this.d = new Dialog({ title: 'Link', submitLabel: 'Apply' , extra: [this.remove] });
    this.d.body.append(
      field('Link address', this.url, 'A web address (https://…) or an e-mail address. Only http, https and mailto links are allowed.'),
      (this.textField = field('Text to show', this.text)),
    );
    this.remove.addEventListener('click', () => {
      inText(this.editor).extendMarkRange('link').unsetLink().run();
      this.d.close();
    });
    this.d.onSubmit = () => this.apply();
  }

  get dialog(): HTMLDialogElement {
    return this.d.dialog;
  }

  open(): void {
    const editor = this.editor;
    const href = (editor.getAttributes('link').href as string | undefined) ?? '';
    if (href) editor.chain().extendMarkRange('link').run();
    const { empty } = editor.state.selection;
    this.url.value = href;
    this.text.value = '';
    this.textField.hidden = !empty || !!href;
    this.remove.hidden = !href;
    this.d.titleEl.textContent = href ? 'Edit link' : 'Add a link';
    this.d.open(() => editor.commands.focus(), this.url);
  }

  private apply() {
    const check = checkHref(this.url.value);
    if (!check.ok) return { message: check.message, field: this.url };
    const editor = this.editor;
    if (!this.textField.hidden) {
      const text = this.text.value.trim() || check.href.replace(/^mailto:/i, '');
      inText(editor).insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href: check.href } }] }).unsetMark('link').run();
    } else {
      inText(editor).extendMarkRange('link').setLink({ href: check.href }).run();
    }
    return null;
  }
}

export class EmbedDialog {
  private readonly d: Dialog;
  private readonly url = textInput({ inputmode: 'url', spellcheck: 'false', placeholder: 'https://' });
  private readonly title = textInput({ maxlength: 300 });
  private readonly kind = el('p', { class: 'ed-embed-preview', 'aria-live': 'polite' });
  private readonly remove = el('button', { type: 'button', class: 'nr-button nr-button--danger' }, 'Remove embed');
  private editing: number | null = null;

  constructor(private readonly editor: Editor) {
    this.d = new Dialog({ title: 'Embed a video or post', submitLabel: 'Insert', extra: [this.remove] });
    this.d.body.append(
      field('Address', this.url, 'A YouTube link shows as a video; any other https address (a post, a tweet, a page) as a link card.'),
      this.kind,
      field('Title (optional)', this.title, 'Shown with the embed, e.g. what the video is about.'),
    );
    this.url.addEventListener('input', () => this.preview());
    this.remove.addEventListener('click', () => {
      if (this.editing !== null) inText(this.editor).setNodeSelection(this.editing).deleteSelection().run();
      this.d.close();
    });
    this.d.onSubmit = () => this.apply();
  }

  get dialog(): HTMLDialogElement {
    return this.d.dialog;
  }

  private preview() {
    const c = checkEmbedUrl(this.url.value);
    this.kind.textContent = this.url.value.trim() && c.ok ? (c.provider === 'youtube' ? 'Will show as a YouTube video.' : 'Will show as a link to the post.') : '';
  }

  /** A new embed, or (with a position) the embed there. */
  open(pos: number | null = null): void {
    const node = pos === null ? null : this.editor.state.doc.nodeAt(pos);
    this.editing = node?.type.name === 'embed' ? pos : null;
    this.url.value = (node?.attrs.url as string | undefined) ?? '';
    this.title.value = (node?.attrs.title as string | undefined) ?? '';
    this.remove.hidden = this.editing === null;
    this.d.titleEl.textContent = this.editing === null ? 'Embed a video or post' : 'Edit embed';
    this.d.submit.textContent = this.editing === null ? 'Insert' : 'Save';
    this.preview();
    this.d.open(() => this.editor.commands.focus(), this.url);
  }

  private apply() {
    const c = checkEmbedUrl(this.url.value);
    if (!c.ok) return { message: c.message, field: this.url };
    const attrs = { provider: c.provider, url: c.url, title: this.title.value.trim() || null };
    if (this.editing !== null) inText(this.editor).command(({ tr }) => (tr.setNodeMarkup(this.editing!, undefined, attrs), true)).run();
    else insertBlock(this.editor, { type: 'embed', attrs });
    return null;
  }
}

export interface ImageDetails {
  alt: string;
  caption: string | null;
  credit: string | null;
}

/** Alt text (required), caption and credit of a picture: before inserting it, and to edit it later. */
export class ImageDialog {
  private readonly d: Dialog;
  private readonly preview = el('img', { class: 'ed-image-preview', alt: '' });
  private readonly alt = textInput({ maxlength: 500, required: true });
  private readonly caption = el('textarea', { rows: 2, maxlength: 1000 });
  private readonly credit = textInput({ maxlength: 300 });
  private readonly remove = el('button', { type: 'button', class: 'nr-button nr-button--danger' }, 'Remove image');
  private resolve: ((d: ImageDetails | null) => void) | null = null;
  private removeHandler: (() => void) | null = null;

  constructor(private readonly editor: Editor) {
    this.d = new Dialog({ title: 'Image details', submitLabel: 'Insert image', extra: [this.remove] });
    this.d.body.append(
      el('div', { class: 'ed-image-row' }, this.preview, el('div', { class: 'ed-image-fields' }, field('Alt text (required)', this.alt, 'What the picture shows, for readers who cannot see it.'), field('Caption', this.caption), field('Credit', this.credit, 'Photographer or agency, e.g. “AKIpress” or “Jane Doe / Reuters”.'))),
    );
    this.d.onSubmit = () => {
      const alt = this.alt.value.replace(/\s+/g, ' ').trim();
      if (!alt) return { message: 'Describe the image in the alt text: it is required.', field: this.alt };
      const r = this.resolve;
      this.resolve = null;
      r?.({ alt, caption: this.caption.value.trim() || null, credit: this.credit.value.trim() || null });
      return null;
    };
    this.d.onClose = () => {
      const r = this.resolve;
      this.resolve = null;
      r?.(null);
    };
    this.remove.addEventListener('click', () => {
      this.removeHandler?.();
      this.d.close();
    });
  }

  get dialog(): HTMLDialogElement {
    return this.d.dialog;
  }

  /** Asks for the details; null when cancelled. */
  ask(o: { src: string; alt?: string | null; caption?: string | null; credit?: string | null; mode: 'insert' | 'edit'; onRemove?: () => void }): Promise<ImageDetails | null> {
    this.resolve?.(null);
    this.preview.src = o.src;
    this.alt.value = o.alt ?? '';
    this.caption.value = o.caption ?? '';
    this.credit.value = o.credit ?? '';
    this.removeHandler = o.onRemove ?? null;
    this.remove.hidden = !o.onRemove;
    this.d.titleEl.textContent = o.mode === 'insert' ? 'Insert image' : 'Edit image';
    this.d.submit.textContent = o.mode === 'insert' ? 'Insert image' : 'Save';
    return new Promise((resolve) => {
      this.resolve = resolve;
      this.d.open(() => this.editor.commands.focus(), this.alt);
    });
  }

  /** The image node at `pos`: edit its details in place. */
  async edit(pos: number): Promise<void> {
    const node = this.editor.state.doc.nodeAt(pos);
    if (!node || node.type.name !== 'image') return;
    const details = await this.ask({
      src: node.attrs.src as string,
      alt: node.attrs.alt as string,
      caption: node.attrs.caption as string | null,
      credit: node.attrs.credit as string | null,
      mode: 'edit',
      onRemove: () => inText(this.editor).setNodeSelection(pos).deleteSelection().run(),
    });
    if (!details) return;
    const current = this.editor.state.doc.nodeAt(pos);
    if (!current || current.type.name !== 'image') return;
    inText(this.editor).command(({ tr }) => (tr.setNodeMarkup(pos, undefined, { ...current.attrs, ...details }), true)).run();
  }
}
