// What the editor does when the journalist leaves the page or submits the form: unsaved text goes to
// the local backup and the autosave is flushed; the browser asks before closing a page with unsaved
// changes; a submit waits for an autosave on its way (and submits with the version it brings back).
import type { Autosaver } from './autosave.js';

export interface LeaveGuardOptions {
  form: HTMLFormElement | null;
  saver: Autosaver | null;
  /** anything not yet saved on the server */
  unsaved(): boolean;
  /** writes unsaved text to this computer's backup */
  writeBackup(): void;
  /** puts the editor's text into the form's body field */
  syncBody(): void;
  /** a submit is about to save the text: its backup is not needed (only for a new article) */
  submitted(): void;
}

/** Installs the listeners; the returned function removes them. */
export function guardLeaving(o: LeaveGuardOptions): () => void {
  const { form, saver } = o;
  let submitting = false;
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (submitting || !o.unsaved()) return;
    o.writeBackup();
    e.preventDefault();
    e.returnValue = '';
  };
  const onHidden = () => {
    if (document.visibilityState !== 'hidden' || submitting) return;
    o.writeBackup();
    void saver?.flush(true);
  };
  const onPageHide = () => {
    if (submitting) return;
    o.writeBackup();
    void saver?.flush(true);
  };
  const onOnline = () => saver?.retryNow();
  const onSubmit = (e: SubmitEvent) => {
    o.syncBody();
    if (saver?.saving) {
      // an autosave is on its way: submit with the version it brings back
      e.preventDefault();
      const submitter = e.submitter as HTMLButtonElement | null;
      void saver.idle().then(() => form!.requestSubmit(submitter && submitter.form === form ? submitter : undefined));
      return;
    }
    saver?.pause();
    submitting = true;
    o.submitted();
    setTimeout(() => {
      if (e.defaultPrevented) submitting = false;
    }, 0);
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('online', onOnline);
  form?.addEventListener('submit', onSubmit);
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('online', onOnline);
    form?.removeEventListener('submit', onSubmit);
  };
}
