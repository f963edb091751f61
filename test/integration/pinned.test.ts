// The home page's pinned top story (ArticleReader.pinned): the newest published pinned article of the
// language whose time has come, found through the small partial index of pinned articles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleReader } from '../../src/store/articles.js';
import type { Store } from '../../src/store/db.js';
import { TEST_NOW } from '../support/constants.js';
import { testDatabase } from '../support/app.js';

const HOUR = 3_600_000;
let store: Store;
let reader: ArticleReader;
beforeAll(async () => {
  ({ store } = await testDatabase());
  reader = new ArticleReader(store.db);
});
afterAll(() => store.close());

/** Published English articles, newest first, that nothing else pins. */
async function englishArticles(n: number) {
  return store.db.selectFrom('articles').where('lang', '=', 'en').where('status', '=', 'published').where('published_at', '<=', TEST_NOW).orderBy('published_at', 'desc').limit(n).select(['id', 'published_at']).execute();
}

const pin = (ids: number[], value: 0 | 1) => store.db.updateTable('articles').set({ is_pinned: value }).where('id', 'in', ids).execute();

describe('pinned top story', () => {
  it('is the newest published pinned article whose time has come, or none', async () => {
    await store.db.updateTable('articles').set({ is_pinned: 0 }).where('lang', '=', 'en').execute();
    expect(await reader.pinned('en', TEST_NOW)).toBeNull();

    const [newest, middle, oldest] = await englishArticles(3);
    await pin([oldest.id, middle.id], 1);
    expect((await reader.pinned('en', TEST_NOW))?.id).toBe(middle.id);

    // A newer pinned piece that is withdrawn, or not yet due, does not take the place.
    await pin([newest.id], 1);
    await store.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', newest.id).execute();
    expect((await reader.pinned('en', TEST_NOW))?.id).toBe(middle.id);
    await store.db.updateTable('articles').set({ status: 'published', published_at: TEST_NOW + HOUR }).where('id', '=', newest.id).execute();
    expect((await reader.pinned('en', TEST_NOW))?.id).toBe(middle.id);
    expect((await reader.pinned('en', TEST_NOW + 2 * HOUR))?.id).toBe(newest.id);

    // Other languages keep their own.
    expect((await reader.pinned('ru', TEST_NOW))?.lang).toBe('ru');
    await pin([oldest.id, middle.id, newest.id], 0);
    expect(await reader.pinned('en', TEST_NOW + 2 * HOUR)).toBeNull();
  });
});
