import type { Editor } from '@tiptap/core';

/**
 * A command chain that runs with the text focused. TipTap's own `.focus()` step focuses a frame later,
 * so a quick next key (Alt+F10, typing after a toolbar button) would land on the button instead; the
 * view's focus is synchronous and restores the stored selection the same way.
 */
export function inText(editor: Editor) {
  editor.view.focus();
  return editor.chain();
}
