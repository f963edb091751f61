// The TipTap configuration: exactly the nodes and marks of our document model
// (src/domain/document/types.ts). StarterKit without code, code blocks, strike, underline and
// rules; headings 2 and 3 only; links limited to http, https and mailto; our own quote (with an
// attribution), image (a figure with caption and credit) and embed (a link card) nodes.
import { Extension, mergeAttributes, Node, wrappingInputRule, type AnyExtension, type NodeViewRendererProps } from '@tiptap/core';
import { ListItem } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { inText } from './in-text.js';
import { isSafeHref, isSafeImageSrc, youtubeId } from './urls.js';

/** What the node views and shortcuts ask of the surrounding editor UI (dialogs). */
export interface EditorHooks {
  editImage(pos: number): void;
  editEmbed(pos: number): void;
  openLink(): void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    newsdeskQuote: {
      /** wraps the selected paragraphs in a quote, or lifts them out of one */
      toggleQuote: () => ReturnType;
    };
  }
}

function text(el: Element | null | undefined): string | null {
  const s = el?.textContent?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

function numberAttr(el: Element | null, name: string): number | null {
  const v = el?.getAttribute(name);
  return v && /^\d+$/.test(v) ? Number(v) : null;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, content?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  if (content !== undefined) el.textContent = content;
  return el;
}

function editButton(label: string, visible: string): HTMLButtonElement {
  const b = make('button', 'ed-node-edit', visible);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  b.contentEditable = 'false';
  return b;
}

/** Events a node view's own controls handle (ProseMirror keeps its hands off them). */
function isControlEvent(e: Event): boolean {
  const t = e.target as Element | null;
  return !!t && typeof t.closest === 'function' && !!t.closest('button, input, textarea, select');
}

/** A quote with an optional attribution ("— the minister"), typed in a field under the quote. */
export const Quote = Node.create({
  name: 'blockquote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return {
      attribution: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-attribution') || text(el.parentElement?.matches('figure') ? el.parentElement.querySelector(':scope > figcaption') : null)?.replace(/^[—–-]\s*/, '') || null,
        renderHTML: (attrs) => (attrs.attribution ? { 'data-attribution': attrs.attribution } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'blockquote' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes(HTMLAttributes), 0];
  },

  addCommands() {
    return {
      toggleQuote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Shift-b': () => this.editor.commands.toggleQuote() };
  },

  addInputRules() {
    return [wrappingInputRule({ find: /^\s*>\s$/, type: this.type })];
  },

  addNodeView() {
    return ({ node, getPos, editor }: NodeViewRendererProps) => {
      const dom = make('figure', 'ed-quote');
      const quote = make('blockquote', '');
      const by = make('figcaption', 'ed-quote-by');
      by.contentEditable = 'false';
      const dash = make('span', 'ed-quote-dash', '—');
      dash.setAttribute('aria-hidden', 'true');
      const input = make('input', 'ed-quote-input');
      input.type = 'text';
      input.maxLength = 300;
      input.placeholder = 'Who said it? (optional)';
      input.setAttribute('aria-label', 'Quote attribution');
      input.value = (node.attrs.attribution as string | null) ?? '';
      by.append(dash, input);
      dom.append(quote, by);
      let current = node;
      input.addEventListener('input', () => {
        const pos = typeof getPos === 'function' ? getPos() : undefined;
        if (typeof pos !== 'number' || !editor.isEditable) return;
        const value = input.value.trim() ? input.value : null;
        editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { ...current.attrs, attribution: value }));
      });
      input.addEventListener('keydown', (e) => {
        // Enter or arrow down leaves the field for the text after the quote
        if (e.key === 'Enter' || e.key === 'ArrowDown') {
          e.preventDefault();
          const pos = typeof getPos === 'function' ? getPos() : undefined;
          if (typeof pos === 'number') inText(editor).setTextSelection(Math.min(pos + current.nodeSize, editor.state.doc.content.size)).run();
        }
      });
      return {
        dom,
        contentDOM: quote,
        update(updated) {
          if (updated.type !== current.type) return false;
          current = updated;
          const value = (updated.attrs.attribution as string | null) ?? '';
          if (document.activeElement !== input && input.value !== value) input.value = value;
          return true;
        },
        stopEvent: isControlEvent,
        ignoreMutation: (m) => !quote.contains(m.target),
      };
    };
  },
});

/** A picture from the media library: a figure with the caption and credit under it. */
export const Figure = Node.create<{ hooks: EditorHooks | null }>({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { hooks: null };
  },

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      caption: { default: null },
      credit: { default: null },
      width: { default: null },
      height: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        // our own copy format and the public site's figure
        tag: 'figure',
        getAttrs: (el) => {
          const img = el.querySelector('img');
          const src = img?.getAttribute('src') ?? '';
          if (!img || !isSafeImageSrc(src)) return false;
          const credit = el.getAttribute('data-credit') ?? text(el.querySelector('.credit'))?.replace(/^[^:]{1,20}:\s*/, '') ?? null;
          return {
            src,
            alt: img.getAttribute('alt') ?? '',
            caption: el.getAttribute('data-caption') ?? text(el.querySelector('.caption')) ?? (el.querySelector('.credit') ? null : text(el.querySelector('figcaption'))),
            credit,
            width: numberAttr(img, 'width'),
            height: numberAttr(img, 'height'),
          };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (el) => {
          const src = el.getAttribute('src') ?? '';
          if (!isSafeImageSrc(src)) return false;
          return { src, alt: el.getAttribute('alt') ?? '', width: numberAttr(el, 'width'), height: numberAttr(el, 'height') };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const a = node.attrs;
    const img = ['img', { src: a.src, alt: a.alt ?? '', width: a.width ?? undefined, height: a.height ?? undefined }];
    const caption = [a.caption ? ['span', { class: 'caption' }, a.caption] : null, a.credit ? ['span', { class: 'credit' }, a.credit] : null].filter(Boolean);
    return ['figure', { class: 'body-image', 'data-caption': a.caption ?? undefined, 'data-credit': a.credit ?? undefined }, img, ...(caption.length ? [['figcaption', {}, ...caption]] : [])] as never;
  },

  addNodeView() {
    const hooks = this.options.hooks;
    return ({ node, getPos }: NodeViewRendererProps) => {
      const dom = make('figure', 'ed-figure');
      const img = make('img', '');
      const cap = make('figcaption', 'ed-figure-caption');
      const edit = editButton('Edit image: alt text, caption and credit', 'Edit');
      edit.addEventListener('click', () => {
        const pos = typeof getPos === 'function' ? getPos() : undefined;
        if (typeof pos === 'number') hooks?.editImage(pos);
      });
      dom.append(img, cap, edit);
      const render = (n: typeof node) => {
        const a = n.attrs as { src: string; alt: string | null; caption: string | null; credit: string | null; width: number | null; height: number | null };
        if (img.getAttribute('src') !== a.src) img.src = a.src;
        img.alt = a.alt ?? '';
        if (a.width && a.height) {
          img.width = a.width;
          img.height = a.height;
        }
        cap.replaceChildren();
        if (a.caption) cap.append(make('span', 'ed-figure-text', a.caption));
        if (a.credit) cap.append(make('span', 'ed-figure-credit', `Photo: ${a.credit}`));
        if (!a.alt) cap.append(make('span', 'ed-figure-warn', 'No alt text yet: needed before publishing'));
        if (!a.caption && !a.credit && a.alt) cap.append(make('span', 'ed-figure-empty', 'No caption'));
      };
      render(node);
      return {
        dom,
        update(updated) {
          if (updated.type !== node.type) return false;
          render(updated);
          return true;
        },
        stopEvent: isControlEvent,
        ignoreMutation: () => true,
      };
    };
  },
});

/** An embedded video or post: shown in the editor as a box with the provider and the address. */
export const Embed = Node.create<{ hooks: EditorHooks | null }>({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { hooks: null };
  },

  addAttributes() {
    return {
      provider: { default: 'post' },
      url: { default: null },
      title: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'div[data-embed]',
        getAttrs: (el) => {
          const url = el.getAttribute('data-url') ?? '';
          if (!/^https:\/\//i.test(url)) return false;
          return { url, provider: youtubeId(url) ? 'youtube' : 'post', title: el.getAttribute('data-title') || null };
        },
      },
      {
        // the public site's embed figure
        tag: 'figure.embed',
        getAttrs: (el) => {
          const url = el.querySelector('a')?.getAttribute('href') ?? '';
          if (!/^https:\/\//i.test(url)) return false;
          const title = text(el.querySelector('.embed-title'));
          return { url, provider: youtubeId(url) ? 'youtube' : 'post', title: title && title !== url ? title : null };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const a = node.attrs;
    return ['div', { 'data-embed': '', 'data-provider': a.provider, 'data-url': a.url, 'data-title': a.title ?? undefined }, ['a', { href: a.url }, a.title || a.url]];
  },

  addNodeView() {
    const hooks = this.options.hooks;
    return ({ node, getPos }: NodeViewRendererProps) => {
      const dom = make('div', 'ed-embed');
      const icon = make('span', 'ed-embed-icon');
      icon.setAttribute('aria-hidden', 'true');
      const body = make('div', 'ed-embed-body');
      const kind = make('span', 'ed-embed-kind');
      const title = make('span', 'ed-embed-title');
      const url = make('span', 'ed-embed-url');
      body.append(kind, title, url);
      const edit = editButton('Edit embed', 'Edit');
      edit.addEventListener('click', () => {
        const pos = typeof getPos === 'function' ? getPos() : undefined;
        if (typeof pos === 'number') hooks?.editEmbed(pos);
      });
      dom.append(icon, body, edit);
      const render = (n: typeof node) => {
        const a = n.attrs as { provider: string; url: string; title: string | null };
        const video = a.provider === 'youtube';
        dom.dataset.provider = video ? 'youtube' : 'post';
        icon.textContent = video ? '▶' : '↗';
        kind.textContent = video ? 'YouTube video' : 'Post';
        title.textContent = a.title ?? '';
        title.hidden = !a.title;
        url.textContent = a.url;
      };
      render(node);
      return {
        dom,
        update(updated) {
          if (updated.type !== node.type) return false;
          render(updated);
          return true;
        },
        stopEvent: isControlEvent,
        ignoreMutation: () => true,
      };
    };
  },
});

/** Ctrl/Cmd+K opens the link dialog. */
const LinkShortcut = Extension.create<{ hooks: EditorHooks | null }>({
  name: 'newsdeskLinkShortcut',
  addOptions() {
    return { hooks: null };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.hooks?.openLink();
        return true;
      },
    };
  },
});

/** List items hold paragraphs and nested lists only (our model has no pictures or quotes in lists). */
const NewsListItem = ListItem.extend({ content: 'paragraph (paragraph | bulletList | orderedList)*' });

/** Every extension of the editor; without hooks (tests, schema checks) node views still work, their Edit buttons do nothing. */
export function editorExtensions(hooks: EditorHooks | null = null): AnyExtension[] {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      blockquote: false,
      listItem: false,
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: [],
        HTMLAttributes: { target: null, rel: 'noopener nofollow', class: null },
        isAllowedUri: (url) => isSafeHref(url),
      },
      dropcursor: { color: '#0a5fa8', width: 3 },
    }),
    NewsListItem,
    Quote,
    Figure.configure({ hooks }),
    Embed.configure({ hooks }),
    LinkShortcut.configure({ hooks }),
  ];
}
