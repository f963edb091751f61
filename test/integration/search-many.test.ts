// Search with more matches than it counts (COUNT_LIMIT): newest first must still be exactly newest
// first, on every page, when ids and publishing times disagree (back-dated and late-published pieces).
// On SQLite this takes the path that walks the publishing-time index (src/store/search.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/lang.js';
import { articleSearchColumns, parseQuery } from '../../src/domain/search/index.js';
import type { Store } from '../../src/store/db.js';
import { COUNT_LIMIT, SearchReader } from '../../src/store/search.js';
import { TEST_NOW } from '../support/constants.js';
import { testDatabase } from '../support/app.js';

const HOUR = 3_600_000;
const WORD = 'Кванторейка';
let store: Store;
/** what was inserted, to compute the expected order */
const rows: Array<{ id: number; lang: Lang; publishedAt: number; visible: boolean }> = [];

beforeAll(async () => {
  ({ store } = await testDatabase());
  const db = store.db;
  const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${WORD} снова в новостях.` }] }] });
  const { id: rubricId } = await db.selectFrom('rubrics').select('id').orderBy('id').executeTakeFirstOrThrow();
  const values = [];
  for (let i = 0; i < COUNT_LIMIT + 150; i++) {
    const lang: Lang = i % 10 === 9 ? 'en' : 'ru';
    // Times that do not follow the ids: a scattered order over 40 days.
    const publishedAt = TEST_NOW - HOUR - ((i * 7919) % 960) * HOUR - i * 1000;
    const status = i === 500 ? 'unpublished' : 'published';
    const at = i === 700 ? TEST_NOW + HOUR : publishedAt; // one not yet due
    const { id: storyId } = await db.insertInto('stories').values({ created_at: TEST_NOW - 50 * 24 * HOUR }).returning('id').executeTakeFirstOrThrow();
    const headline = `${WORD} ${i}`;
    values.push({
      story_id: storyId, lang, slug: `kvantoreika-${i}`, headline, lead: 'Лид.', body,
      ...articleSearchColumns({ lang, headline, lead: 'Лид.', body }),
      dateline_place: null, source_name: null, source_url: null, rubric_id: rubricId, cover_image_id: null, cover_caption: null, cover_alt: null,
      status: status as 'published', is_breaking: 0, is_pinned: 0, view_count: 0, published_at: at, updated_at: at, created_at: TEST_NOW - 50 * 24 * HOUR,
    });
  }
  for (let i = 0; i < values.length; i += 100) {
    const ids = await db.insertInto('articles').values(values.slice(i, i + 100)).returning(['id', 'lang', 'published_at', 'status']).execute();
    for (const r of ids) rows.push({ id: r.id, lang: r.lang as Lang, publishedAt: Number(r.published_at), visible: r.status === 'published' && Number(r.published_at) <= TEST_NOW });
  }
}, 60_000);
afterAll(() => store.close());

function expected(langs: Lang[]): number[] {
  return rows
    .filter((r) => r.visible && langs.includes(r.lang))
    .sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id)
    .map((r) => r.id);
}

async function page(langs: Lang[], offset: number) {
  return new SearchReader(store).search({ query: parseQuery(WORD.toLowerCase()), langs, uiLang: 'ru', sort: 'date', limit: 20, offset, now: TEST_NOW });
}

describe('newest first among more matches than are counted', () => {
  it('orders one language exactly by publishing time, on the first and the last counted page', async () => {
    const all = expected(['ru']);
    expect(all.length).toBeGreaterThan(COUNT_LIMIT);
    for (const offset of [0, 20, COUNT_LIMIT - 20]) {
      const r = await page(['ru'], offset);
      expect(r.total).toBe(COUNT_LIMIT + 1);
      expect(r.items.map((i) => i.id), `offset ${offset}`).toEqual(all.slice(offset, offset + 20));
    }
  });

  it('orders several languages together the same way', async () => {
    const all = expected(['ru', 'en']);
    for (const offset of [0, 500]) {
      const r = await page(['ru', 'en'], offset);
      expect(r.items.map((i) => i.id), `offset ${offset}`).toEqual(all.slice(offset, offset + 20));
    }
  });
});
