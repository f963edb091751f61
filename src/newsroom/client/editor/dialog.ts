// A modal <dialog> with a heading, fields, an error line and buttons: the browser traps focus and
// closes it with Escape; we put focus back where the user was when it closes.
import { el, uid } from './dom.js';

export interface DialogOptions {
  title: string;
  /** a sentence under the heading */
  intro?: string;
  submitLabel: string;
  /** extra buttons on the left of Cancel/Submit (e.g. "Remove link") */
  extra?: HTMLButtonElement[];
  /** wider dialog (the media library) */
  wide?: boolean;
  /** no submit button (the media library chooses by clicking an image) */
  noSubmit?: boolean;
}

export class Dialog {
  readonly dialog: HTMLDialogElement;
  readonly form: HTMLFormElement;
  readonly body: HTMLDivElement;
  readonly titleEl: HTMLHeadingElement;
  readonly submit: HTMLButtonElement;
  private readonly error: HTMLParagraphElement;
  private returnFocus: (() => void) | null = null;
  /** return an error message to keep the dialog open */
  onSubmit: () => string | { message: string; field?: HTMLElement } | null | void = () => null;
  onClose: () => void = () => undefined;

  constructor(o: DialogOptions) {
    const id = uid('ed-dialog');
    this.titleEl = el('h2', { id: `${id}-title`, class: 'ed-dialog-title' }, o.title);
    this.body = el('div', { class: 'ed-dialog-body' });
    this.error = el('p', { id: `${id}-error`, class: 'ed-dialog-error', role: 'alert' });
    this.submit = el('button', { type: 'submit', class: 'nr-button nr-button--primary' }, o.submitLabel);
    const cancel = el('button', { type: 'button', class: 'nr-button' }, o.noSubmit ? 'Close' : 'Cancel');
    cancel.addEventListener('click', () => this.close());
    const actions = el('div', { class: 'ed-dialog-actions' }, el('div', { class: 'ed-dialog-extra' }, ...(o.extra ?? [])), cancel, o.noSubmit ? null : this.submit);
    this.form = el('form', { class: 'ed-dialog-form', novalidate: true }, this.titleEl, o.intro ? el('p', { class: 'ed-dialog-intro', id: `${id}-intro` }, o.intro) : null, this.body, this.error, actions);
    this.dialog = el('dialog', { class: o.wide ? 'ed-dialog ed-dialog--wide' : 'ed-dialog', 'aria-labelledby': `${id}-title`, 'aria-describedby': o.intro ? `${id}-intro` : null }, this.form);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      const result = this.onSubmit();
      if (result) {
        const { message, field } = typeof result === 'string' ? { message: result, field: undefined } : result;
        this.setError(message, field);
      } else this.close();
    });
    this.dialog.addEventListener('close', () => {
      this.setError('');
      this.onClose();
      const back = this.returnFocus;
      this.returnFocus = null;
      back?.();
    });
    document.body.append(this.dialog);
  }

  /** Shows the dialog; `returnFocus` runs when it closes (focus the editor again). */
  open(returnFocus: () => void, focus?: HTMLElement): void {
    this.setError('');
    this.returnFocus = returnFocus;
    if (!this.dialog.open) this.dialog.showModal();
    (focus ?? this.body.querySelector<HTMLElement>('input, textarea, select, button'))?.focus();
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  setError(message: string, field?: HTMLElement): void {
    this.error.textContent = message;
    this.body.querySelectorAll('[aria-invalid]').forEach((f) => f.removeAttribute('aria-invalid'));
    if (message && field) {
      field.setAttribute('aria-invalid', 'true');
      const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      if (!describedBy.includes(this.error.id)) field.setAttribute('aria-describedby', [...describedBy, this.error.id].join(' '));
      field.focus();
    }
  }
}

/** A labelled field: label, control and an optional hint (linked with aria-describedby). */
export function field(label: string, control: HTMLInputElement | HTMLTextAreaElement, hint?: string, extra?: Node): HTMLDivElement {
  const id = control.id || uid('ed-field');
  control.id = id;
  const hintEl = hint ? el('p', { class: 'nr-hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return el('div', { class: 'nr-field' }, el('label', { for: id }, label), control, hintEl, extra ?? null);
}

export function textInput(attrs: Record<string, string | number | boolean | null> = {}): HTMLInputElement {
  return el('input', { type: 'text', autocomplete: 'off', ...attrs });
}
