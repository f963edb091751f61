// The article editor island: mounts TipTap on every <div data-editor> (see editor/mount.ts).
import { mountEditor, type MountedEditor } from './editor/mount.js';

declare global {
  interface Window {
    /** the mounted editors, for the browser tests and the console */
    newsdeskEditors?: MountedEditor[];
  }
}

function start() {
  const roots = Array.from(document.querySelectorAll<HTMLElement>('[data-editor]')).filter((r) => !r.classList.contains('ed-mounted'));
  window.newsdeskEditors = [...(window.newsdeskEditors ?? []), ...roots.map(mountEditor)];
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
