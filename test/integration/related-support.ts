// Crafted content for the related-stories tests: a rubric and tags of their own, and articles written
// straight into the store (with their search columns), published a given number of hours before TEST_NOW.
import { articleSearchColumns } from '../../src/domain/search/index.js';
import type { DocNode } from '../../src/domain/document/types.js';
import type { Store } from '../../src/store/db.js';
import type { ArticleStatus } from '../../src/store/schema.js';
import { TEST_NOW } from '../support/constants.js';

const HOUR = 3_600_000;
let seq = 0;

export function paragraphs(...texts: Array<string | { text: string; href: string }>): DocNode {
  return {
    type: 'doc',
    content: texts.map((t) => ({
      type: 'paragraph' as const,
      content: [typeof t === 'string' ? { type: 'text' as const, text: t } : { type: 'text' as const, text: t.text, marks: [{ type: 'link' as const, attrs: { href: t.href } }] }],
    })),
  };
}

export interface Crafted {
  id: number;
  storyId: number;
  lang: string;
  slug: string;
}

export function kit(store: Store) {
  const db = store.db;
  const now = TEST_NOW;
  return {
    async rubric(): Promise<number> {
      const n = ++seq;
      const { id } = await db.insertInto('rubrics').values({ position: 100 + n, created_at: now }).returning('id').executeTakeFirstOrThrow();
      await db.insertInto('rubric_i18n').values(['ru', 'ky', 'en'].map((lang) => ({ rubric_id: id, lang, name: `Rel rubric ${n} ${lang}`, slug: `rel-rubric-${process.pid}-${n}-${lang}` }))).execute();
      return id;
    },
    async tag(): Promise<number> {
      const n = ++seq;
      const { id } = await db.insertInto('tags').values({ created_at: now }).returning('id').executeTakeFirstOrThrow();
      await db.insertInto('tag_i18n').values(['ru', 'ky', 'en'].map((lang) => ({ tag_id: id, lang, name: `Rel tag ${n}`, slug: `rel-tag-${process.pid}-${n}-${lang}` }))).execute();
      return id;
    },
    async article(o: {
      lang: 'ru' | 'ky' | 'en';
      headline: string;
      lead?: string;
      body?: DocNode;
      rubricId?: number | null;
      tags?: number[];
      hoursAgo?: number;
      status?: ArticleStatus;
      storyId?: number;
    }): Promise<Crafted> {
      const storyId = o.storyId ?? (await db.insertInto('stories').values({ created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
      const body = JSON.stringify(o.body ?? paragraphs('Текст.'));
      const lead = o.lead ?? '';
      const publishedAt = now - (o.hoursAgo ?? 1) * HOUR;
      const slug = `rel-${++seq}`;
      const { id } = await db
        .insertInto('articles')
        .values({
          story_id: storyId,
          lang: o.lang,
          slug,
          headline: o.headline,
          lead,
          body,
          ...articleSearchColumns({ lang: o.lang, headline: o.headline, lead, body }),
          dateline_place: null,
          source_name: null,
          source_url: null,
          rubric_id: o.rubricId ?? null,
          cover_image_id: null,
          cover_caption: null,
          cover_alt: null,
          status: o.status ?? 'published',
          is_breaking: 0,
          is_pinned: 0,
          view_count: 0,
          published_at: o.status === 'draft' ? null : publishedAt,
          updated_at: publishedAt,
          created_at: publishedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (o.tags?.length) await db.insertInto('article_tags').values(o.tags.map((tag_id, position) => ({ article_id: id, tag_id, position }))).execute();
      return { id, storyId, lang: o.lang, slug };
    },
  };
}

/** The ids of a public page's related block, in order. */
export function relatedIds(html: string): number[] {
  const m = /<section class="related"[\s\S]*?<\/section>/.exec(html);
  if (!m) return [];
  return [...m[0].matchAll(/href="\/[a-z]{2}\/(\d+)-[^"]*"/g)].map((x) => Number(x[1]));
}
