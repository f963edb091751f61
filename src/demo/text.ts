// Turns the demo's authoring notation into real text: fills slots, agrees nouns with numbers, and
// converts inline **bold**, _italic_ and [links](url) into document-tree nodes.
import type { BlockNode, InlineNode, Mark } from '../domain/document/types.js';
import type { Lang } from '../domain/lang.js';
import { formatInteger } from '../i18n/format.js';
import { PLACES } from './content/taxonomy.js';
import type { DemoBlock, PlaceKey } from './content/types.js';

export interface SlotValues {
  place?: PlaceKey;
  numbers: number[];
}

const plural = new Map<Lang, Intl.PluralRules>();
function pluralCategory(lang: Lang, n: number): string {
  let rules = plural.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang === 'ky' ? 'ky' : lang);
    plural.set(lang, rules);
  }
  return rules.select(n);
}

function numberWithNoun(lang: Lang, n: number, forms: string[]): string {
  const num = formatInteger(lang, n);
  if (forms.length === 0) return num;
  let noun: string;
  if (lang === 'ru') {
    const cat = pluralCategory('ru', n);
    noun = cat === 'one' ? forms[0] : cat === 'few' ? (forms[1] ?? forms[0]) : (forms[2] ?? forms[1] ?? forms[0]);
  } else if (lang === 'en') {
    noun = n === 1 ? forms[0] : (forms[1] ?? forms[0]);
  } else {
    noun = forms[0];
  }
  return `${num}\u00a0${noun}`;
}

export function fillSlots(text: string, lang: Lang, values: SlotValues): string {
  return text.replace(/\{(place(?::(loc|gen|dat))?|n(\d)((?:\|[^|}]+)*))\}/g, (whole, _all, form: string | undefined, idx: string | undefined, forms: string | undefined) => {
    if (whole.startsWith('{place')) {
      if (!values.place) throw new Error(`Template uses ${whole} but has no places`);
      const p = PLACES[values.place];
      if (lang === 'en') return p.en.nom;
      const f = (form ?? 'nom') as 'nom' | 'loc' | 'gen' | 'dat';
      return lang === 'ru' ? p.ru[f] : p.ky[f];
    }
    const n = values.numbers[Number(idx) - 1];
    if (n === undefined) throw new Error(`Template uses ${whole} but declares too few numbers`);
    return numberWithNoun(lang, n, forms ? forms.slice(1).split('|') : []);
  });
}

/** Parses inline notation into text nodes with marks. */
export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  const re = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|\*\*([^*]+)\*\*|(?<![\p{L}\p{N}])_([^_]+)_(?![\p{L}\p{N}])/gu;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (t: string, marks?: Mark[]) => {
    if (t) nodes.push(marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
  };
  while ((m = re.exec(text))) {
    push(text.slice(last, m.index));
    if (m[1] !== undefined) push(m[1], [{ type: 'link', attrs: { href: m[2] } }]);
    else if (m[3] !== undefined) push(m[3], [{ type: 'bold' }]);
    else push(m[4], [{ type: 'italic' }]);
    last = m.index + m[0].length;
  }
  push(text.slice(last));
  return nodes;
}

/** Strips inline notation (for headlines and leads, which are plain text). */
export function plain(text: string): string {
  return parseInline(text)
    .map((n) => (n.type === 'text' ? n.text : ' '))
    .join('');
}

export interface BodyImage {
  src: string;
  width: number;
  height: number;
  credit: string;
}

export function toBlocks(blocks: DemoBlock[], lang: Lang, values: SlotValues, image: () => BodyImage): BlockNode[] {
  const fill = (t: string) => fillSlots(t, lang, values);
  const para = (t: string) => ({ type: 'paragraph' as const, content: parseInline(fill(t)) });
  return blocks.map((b): BlockNode => {
    if (typeof b === 'string') return para(b);
    if ('h' in b) return { type: 'heading', attrs: { level: 2 }, content: parseInline(fill(b.h)) };
    if ('quote' in b) return { type: 'blockquote', attrs: { attribution: fill(b.by) }, content: [para(b.quote)] };
    if ('ul' in b) return { type: 'bulletList', content: b.ul.map((i) => ({ type: 'listItem', content: [para(i)] })) };
    if ('ol' in b) return { type: 'orderedList', content: b.ol.map((i) => ({ type: 'listItem', content: [para(i)] })) };
    if ('embed' in b) return { type: 'embed', attrs: { provider: b.embed, url: b.url, title: fill(b.title) } };
    const img = image();
    return { type: 'image', attrs: { src: img.src, alt: fill(b.alt), caption: fill(b.caption), credit: img.credit, width: img.width, height: img.height } };
  });
}
