// Offers back text kept on this computer that never reached the server (src/newsroom/client/editor/
// backup.ts keeps it): a region above the form with "Restore" and "Discard", which puts the kept
// fields back into the form and the body into the editor.
import { NOT_RESTORED, shouldOffer, type Backup, type BackupStore, type Fields } from './backup.js';
import { el, shortTime } from './dom.js';
import { snapshot, type FormControl } from './form-fields.js';

export interface OfferOptions {
  form: HTMLFormElement;
  /** looked at in this order (a conflict's text before an ordinary unsaved draft) */
  stores: BackupStore[];
  /** when the server last saved the article (older backups are not offered) */
  serverUpdatedAt: number | null;
  /** the version the form was loaded with */
  currentVersion: string | null;
  /** puts a kept body (document JSON) into the editor; may throw on an unreadable one */
  restoreBody(doc: unknown): void;
  /** after the fields were restored ("14:35") */
  restored(time: string): void;
  /** after the offer was discarded */
  dismissed(): void;
}

/** Shows the first backup worth offering, if any; backups not worth it are cleared. */
export function offerUnsavedText(o: OfferOptions): void {
  const current = snapshot(o.form);
  for (const store of o.stores) {
    const b = store.read();
    if (!b) continue;
    if (!shouldOffer(b, current, o.serverUpdatedAt)) {
      store.clear();
      continue;
    }
    showOffer(o, store, b);
    return;
  }
}

function showOffer(o: OfferOptions, store: BackupStore, b: Backup): void {
  const time = shortTime(b.savedAt);
  const restore = el('button', { type: 'button', class: 'nr-button nr-button--primary' }, `Restore unsaved text from ${time}`);
  const discard = el('button', { type: 'button', class: 'nr-button' }, 'Discard it');
  const newer = o.currentVersion && b.version && o.currentVersion !== b.version;
  const offer = el(
    'div',
    { class: 'ed-offer', role: 'region', 'aria-label': 'Unsaved text' },
    el(
      'p',
      {},
      el('strong', {}, b.conflict ? 'Your text from a conflicting edit is kept on this computer. ' : 'This computer holds text that was not saved. '),
      newer ? 'The article has been saved since: restoring replaces the current version with your text (it is kept in the revisions).' : 'Restore it to continue where you stopped.',
    ),
    el('div', { class: 'ed-offer-actions' }, restore, discard),
  );
  restore.addEventListener('click', () => {
    restoreFields(o, b.fields);
    store.clear();
    offer.remove();
    o.restored(time);
  });
  discard.addEventListener('click', () => {
    store.clear();
    offer.remove();
    o.dismissed();
  });
  o.form.prepend(offer);
}

function restoreFields(o: OfferOptions, fields: Fields): void {
  const values = new Map<string, string[]>();
  for (const [k, v] of fields) values.set(k, [...(values.get(k) ?? []), v]);
  for (const element of Array.from(o.form.elements)) {
    const c = element as FormControl;
    if (!c.name || NOT_RESTORED.has(c.name) || c.name === 'body_json' || (c instanceof HTMLInputElement && c.type === 'file')) continue;
    const vs = values.get(c.name);
    if (c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio')) c.checked = !!vs?.includes(c.value);
    else if (c instanceof HTMLSelectElement && c.multiple) for (const opt of Array.from(c.options)) opt.selected = !!vs?.includes(opt.value);
    else if (vs) c.value = vs[0];
  }
  const json = values.get('body_json')?.[0];
  if (json) {
    try {
      o.restoreBody(JSON.parse(json));
    } catch {
      // unreadable body in the backup: the other fields are restored
    }
  }
}
