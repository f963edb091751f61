// The formatting toolbar: one tab stop (role="toolbar" with a roving tabindex), arrow keys, Home and
// End between the buttons, Escape back to the text; toggles report their state with aria-pressed.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Selection } from '@tiptap/pm/state';
import { el, icon, IS_MAC } from './dom.js';
import { inText } from './in-text.js';

/** The text block the selection starts in (also when everything is selected) and how deep it sits. */
function block(e: Editor): { node: PMNode; depth: number } | null {
  const { $from } = e.state.selection;
  if ($from.parent.isTextblock) return { node: $from.parent, depth: $from.depth };
  const inner = Selection.findFrom($from, 1, true);
  return inner ? { node: inner.$from.parent, depth: inner.$from.depth } : null;
}

function isBlock(e: Editor, name: string, level?: number): boolean {
  const b = block(e);
  if (!b || b.node.type.name !== name) return false;
  return level === undefined ? b.depth === 1 : b.node.attrs.level === level;
}

export interface ToolbarActions {
  link(): void;
  image(): void;
  embed(): void;
}

interface ButtonSpec {
  key: string;
  label: string;
  /** aria-keyshortcuts value, e.g. "Control+B" */
  keys?: string;
  content: () => Node;
  run: (e: Editor) => void;
  /** toggles have a pressed state */
  active?: (e: Editor) => boolean;
  enabled?: (e: Editor) => boolean;
}

const glyph = (text: string, cls = '') => el('span', { class: `ed-glyph ${cls}`.trim(), 'aria-hidden': 'true' }, text);
type Shapes = Parameters<typeof icon>[0];
const I: Record<string, Shapes> = {
  link: [
    ['path', { d: 'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71' }],
    ['path', { d: 'M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71' }],
  ],
  bullets: [
    ['path', { d: 'M9 6h11M9 12h11M9 18h11' }],
    ['circle', { cx: 4.5, cy: 6, r: 1.2, fill: 'currentColor' }],
    ['circle', { cx: 4.5, cy: 12, r: 1.2, fill: 'currentColor' }],
    ['circle', { cx: 4.5, cy: 18, r: 1.2, fill: 'currentColor' }],
  ],
  numbers: [
    ['path', { d: 'M10 6h11M10 12h11M10 18h11' }],
    ['path', { d: 'M4 4h1v4M4 8h2' }],
    ['path', { d: 'M6 20H4c0-1 2-2 2-3s-1-1.5-2-1' }],
  ],
  quote: [
    ['path', { d: 'M10 7H6a2 2 0 0 0-2 2v3h4v1a3 3 0 0 1-3 3' }],
    ['path', { d: 'M20 7h-4a2 2 0 0 0-2 2v3h4v1a3 3 0 0 1-3 3' }],
  ],
  image: [
    ['rect', { x: 3, y: 4, width: 18, height: 16, rx: 2 }],
    ['circle', { cx: 9, cy: 10, r: 2 }],
    ['path', { d: 'm21 16-4.5-4.5L7 20' }],
  ],
  embed: [
    ['rect', { x: 2.5, y: 5, width: 19, height: 14, rx: 2.5 }],
    ['path', { d: 'm10 9.5 4.5 2.5-4.5 2.5z', fill: 'currentColor' }],
  ],
  undo: [
    ['path', { d: 'M9 14 4 9l5-5' }],
    ['path', { d: 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11' }],
  ],
  redo: [
    ['path', { d: 'm15 14 5-5-5-5' }],
    ['path', { d: 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13' }],
  ],
};

const MOD = IS_MAC ? 'Meta' : 'Control';
const MOD_LABEL = IS_MAC ? '⌘' : 'Ctrl+';

function groups(actions: ToolbarActions): ButtonSpec[][] {
  return [
    [
      { key: 'paragraph', label: 'Paragraph', keys: `${MOD}+Alt+0`, content: () => glyph('¶'), run: (e) => inText(e).setParagraph().run(), active: (e) => isBlock(e, 'paragraph') },
      { key: 'h2', label: 'H2 heading', keys: `${MOD}+Alt+2`, content: () => glyph('H2', 'ed-glyph--h'), run: (e) => inText(e).toggleHeading({ level: 2 }).run(), active: (e) => isBlock(e, 'heading', 2), enabled: (e) => e.can().toggleHeading({ level: 2 }) },
      { key: 'h3', label: 'H3 subheading', keys: `${MOD}+Alt+3`, content: () => glyph('H3', 'ed-glyph--h'), run: (e) => inText(e).toggleHeading({ level: 3 }).run(), active: (e) => isBlock(e, 'heading', 3), enabled: (e) => e.can().toggleHeading({ level: 3 }) },
    ],
    [
      { key: 'bold', label: 'Bold', keys: `${MOD}+B`, content: () => glyph('B', 'ed-glyph--b'), run: (e) => inText(e).toggleBold().run(), active: (e) => e.isActive('bold'), enabled: (e) => e.can().toggleBold() },
      { key: 'italic', label: 'Italic', keys: `${MOD}+I`, content: () => glyph('I', 'ed-glyph--i'), run: (e) => inText(e).toggleItalic().run(), active: (e) => e.isActive('italic'), enabled: (e) => e.can().toggleItalic() },
      { key: 'link', label: 'Link', keys: `${MOD}+K`, content: () => icon(I.link), run: () => actions.link(), active: (e) => e.isActive('link') },
    ],
    [
      { key: 'bulletList', label: 'Bulleted list', keys: `${MOD}+Shift+8`, content: () => icon(I.bullets), run: (e) => inText(e).toggleBulletList().run(), active: (e) => e.isActive('bulletList'), enabled: (e) => e.isActive('bulletList') || e.can().toggleBulletList() },
      { key: 'orderedList', label: 'Numbered list', keys: `${MOD}+Shift+7`, content: () => icon(I.numbers), run: (e) => inText(e).toggleOrderedList().run(), active: (e) => e.isActive('orderedList'), enabled: (e) => e.isActive('orderedList') || e.can().toggleOrderedList() },
      { key: 'quote', label: 'Quote', keys: `${MOD}+Shift+B`, content: () => icon(I.quote), run: (e) => inText(e).toggleQuote().run(), active: (e) => e.isActive('blockquote'), enabled: (e) => e.isActive('blockquote') || e.can().toggleQuote() },
    ],
    [
      { key: 'image', label: 'Image from the media library', content: () => icon(I.image), run: () => actions.image() },
      { key: 'embed', label: 'Embed a video or post', content: () => icon(I.embed), run: () => actions.embed() },
    ],
    [
      { key: 'undo', label: 'Undo', keys: `${MOD}+Z`, content: () => icon(I.undo), run: (e) => inText(e).undo().run(), enabled: (e) => e.can().undo() },
      { key: 'redo', label: 'Redo', keys: IS_MAC ? 'Meta+Shift+Z' : 'Control+Y', content: () => icon(I.redo), run: (e) => inText(e).redo().run(), enabled: (e) => e.can().redo() },
    ],
  ];
}

function hint(keys: string | undefined): string {
  if (!keys) return '';
  return ` (${keys.replace(`${MOD}+`, MOD_LABEL).replace('Alt+', IS_MAC ? '⌥' : 'Alt+').replace('Shift+', IS_MAC ? '⇧' : 'Shift+')})`;
}

export class Toolbar {
  readonly element: HTMLDivElement;
  private readonly buttons: Array<{ spec: ButtonSpec; el: HTMLButtonElement }> = [];
  private current = 0;

  constructor(
    private readonly editor: Editor,
    actions: ToolbarActions,
    controls: string,
  ) {
    this.element = el('div', { class: 'ed-toolbar', role: 'toolbar', 'aria-label': 'Formatting', 'aria-controls': controls });
    groups(actions).forEach((group, gi) => {
      if (gi > 0) this.element.append(el('span', { class: 'ed-sep', 'aria-hidden': 'true' }));
      for (const spec of group) {
        const b = el('button', { type: 'button', class: 'ed-tool', 'aria-label': spec.label, title: spec.label + hint(spec.keys), 'aria-keyshortcuts': spec.keys ?? null, 'data-tool': spec.key, tabindex: -1 }, spec.content());
        if (spec.active) b.setAttribute('aria-pressed', 'false');
        const index = this.buttons.length;
        // keep the text's selection and focus when clicking with the mouse
        b.addEventListener('mousedown', (e) => e.preventDefault());
        b.addEventListener('click', () => {
          this.focusIndex(index, false);
          if (b.getAttribute('aria-disabled') === 'true') return;
          spec.run(this.editor);
        });
        this.buttons.push({ spec, el: b });
        this.element.append(b);
      }
    });
    this.buttons[0].el.tabIndex = 0;
    this.element.addEventListener('keydown', (e) => this.onKey(e));
    this.update();
  }

  private focusIndex(i: number, focus = true) {
    const n = this.buttons.length;
    this.current = ((i % n) + n) % n;
    this.buttons.forEach((b, j) => (b.el.tabIndex = j === this.current ? 0 : -1));
    if (focus) this.buttons[this.current].el.focus();
  }

  private onKey(e: KeyboardEvent) {
    const map: Record<string, () => void> = {
      ArrowRight: () => this.focusIndex(this.current + 1),
      ArrowLeft: () => this.focusIndex(this.current - 1),
      Home: () => this.focusIndex(0),
      End: () => this.focusIndex(this.buttons.length - 1),
      // The view's own focus is synchronous; the focus command waits a frame, too late for a quick next key.
      Escape: () => this.editor.view.focus(),
    };
    const f = map[e.key];
    if (f && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      f();
    }
  }

  /** Focus the toolbar (Alt+F10 from the text). */
  focus(): void {
    this.focusIndex(this.current);
  }

  /** Reflect the editor's state: pressed toggles, unavailable actions. */
  update(): void {
    for (const { spec, el: b } of this.buttons) {
      if (spec.active) b.setAttribute('aria-pressed', String(spec.active(this.editor)));
      if (spec.enabled) {
        const on = spec.enabled(this.editor);
        if (on) b.removeAttribute('aria-disabled');
        else b.setAttribute('aria-disabled', 'true');
      }
    }
  }
}
