// Story threads in the demo: when a template runs again in the same language (the next quarter's
// remittances, another school opening), the later article ends with "Earlier we reported…" linking to
// the previous one, as a newsroom does. Related stories treat such links as their strongest signal.
import type { Kysely } from 'kysely';
import type { DocNode, ParagraphNode } from '../domain/document/types.js';
import type { Lang } from '../domain/lang.js';
import { articleSearchColumns } from '../domain/search/index.js';
import type { Database } from '../store/schema.js';

export interface ThreadArticle {
  id: number;
  slug: string;
  lang: Lang;
  templateKey: string;
  publishedAt: number;
  headline: string;
  lead: string;
  body: DocNode;
}

const EARLIER: Record<Lang, [string, string, string]> = {
  ru: ['Ранее мы ', 'сообщали', ' о похожем событии.'],
  ky: ['Буга чейин биз окшош окуя тууралуу ', 'жазганбыз', '.'],
  en: ['We ', 'reported', ' on a similar event earlier.'],
};

function earlierParagraph(lang: Lang, href: string): ParagraphNode {
  const [before, link, after] = EARLIER[lang];
  return {
    type: 'paragraph',
    content: [
      { type: 'text', text: before },
      { type: 'text', text: link, marks: [{ type: 'link', attrs: { href } }] },
      { type: 'text', text: after },
    ],
  };
}

/** Appends the link to the previous article of the same template and language; returns how many were linked. */
export async function linkDemoThreads(db: Kysely<Database>, articles: ThreadArticle[]): Promise<number> {
  const groups = new Map<string, ThreadArticle[]>();
  for (const a of articles) groups.set(`${a.templateKey}:${a.lang}`, [...(groups.get(`${a.templateKey}:${a.lang}`) ?? []), a]);
  let linked = 0;
  for (const group of groups.values()) {
    group.sort((x, y) => x.publishedAt - y.publishedAt);
    for (let i = 1; i < group.length; i++) {
      const a = group[i];
      const prev = group[i - 1];
      const body: DocNode = { ...a.body, content: [...a.body.content, earlierParagraph(a.lang, `/${prev.lang}/${prev.id}-${prev.slug}/`)] };
      const json = JSON.stringify(body);
      await db
        .updateTable('articles')
        .set({ body: json, ...articleSearchColumns({ lang: a.lang, headline: a.headline, lead: a.lead, body: json }) })
        .where('id', '=', a.id)
        .execute();
      linked++;
    }
  }
  return linked;
}
