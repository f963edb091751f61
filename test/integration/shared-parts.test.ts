// The parts every page shares (menu, header rates, news feed) are read once per language and reused:
// an announced change shows on the next page at once, a write nobody announced within 60 s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_PARTS_MAX_AGE_MS } from '../../src/web/site/services.js';
import { testApp, type TestApp } from '../support/app.js';
import { TEST_NOW } from '../support/constants.js';
import { insertCopy } from '../support/content.js';

let t: TestApp;
let clock = TEST_NOW;
beforeAll(async () => {
  // no page cache: what is measured here is the shared parts alone
  t = await testApp({ clock: () => clock, configure: (c) => (c.pageCacheBytes = 0) });
});
afterAll(() => t.close());

const feedOf = (body: string) => body.slice(body.indexOf('<section class="day-feed"'), body.indexOf('</section>', body.indexOf('<section class="day-feed"')));

async function publishBehindTheAppsBack(headline: string): Promise<number> {
  const db = t.store.db;
  const model = await db.selectFrom('articles').where('lang', '=', 'en').where('status', '=', 'published').selectAll().orderBy('published_at', 'desc').executeTakeFirstOrThrow();
  const id = await insertCopy(db, model, (storyId) => ({ slug: `shared-${storyId}`, headline, published_at: clock - 1000, is_pinned: 0 }), clock);
  return id;
}

describe('shared page parts', () => {
  it('are reused until a change is announced, then read again at once', async () => {
    const before = await t.app.inject('/en/');
    expect(before.statusCode).toBe(200);
    await publishBehindTheAppsBack('Quietly added headline one');
    // another page of the language: same feed, the new headline not read yet
    const reused = await t.app.inject('/en/rates/');
    expect(feedOf(reused.body)).not.toContain('Quietly added headline one');
    await t.storeChanged();
    const fresh = await t.app.inject('/en/rates/');
    expect(feedOf(fresh.body)).toContain('Quietly added headline one');
  });

  it('are never older than the stated bound, even when nobody announces a write', async () => {
    await t.app.inject('/en/');
    await publishBehindTheAppsBack('Quietly added headline two');
    clock += SHARED_PARTS_MAX_AGE_MS - 1000;
    expect(feedOf((await t.app.inject('/en/')).body)).not.toContain('Quietly added headline two');
    clock += 1000;
    expect(feedOf((await t.app.inject('/en/')).body)).toContain('Quietly added headline two');
    expect(SHARED_PARTS_MAX_AGE_MS).toBeLessThanOrEqual(60_000);
  });
});

// List summaries (headline, lead, rubric, cover) are kept by article id (src/store/summary-cache.ts):
// lists read only ids from the database, so the summaries must follow announced changes precisely.
describe('list summaries', () => {
  const latestOf = (body: string) => body.slice(body.indexOf('<section class="latest"'), body.indexOf('</section>', body.indexOf('<section class="latest"')));
  const idsIn = (html: string) => [...html.matchAll(/href="\/en\/(\d+)-/g)].map((m) => Number(m[1]));

  async function latestCards(): Promise<{ html: string; ids: number[] }> {
    const res = await t.app.inject('/en/');
    expect(res.statusCode).toBe(200);
    const html = latestOf(res.body);
    return { html, ids: [...new Set(idsIn(html))] };
  }

  const setHeadline = (id: number, headline: string) => t.store.db.updateTable('articles').set({ headline }).where('id', '=', id).execute();
  const storyOf = async (id: number) => (await t.store.db.selectFrom('articles').where('id', '=', id).select('story_id').executeTakeFirstOrThrow()).story_id;

  it('follow the announced change of exactly that article, and every change within the stated bound', async () => {
    const { ids } = await latestCards();
    expect(ids.length).toBeGreaterThan(3);
    const [first, second] = ids;
    await setHeadline(first, 'Edited headline of the first card');
    await setHeadline(second, 'Edited headline of the second card');
    // nothing announced: the summaries read before are shown
    let now = await latestCards();
    expect(now.html).not.toContain('Edited headline of the first card');
    expect(now.html).not.toContain('Edited headline of the second card');
    // the first one's change is announced: it shows at once; the second is still the stored summary
    await t.app.contentChanged({ kind: 'article', articleId: first, storyId: await storyOf(first) });
    now = await latestCards();
    expect(now.html).toContain('Edited headline of the first card');
    expect(now.html).not.toContain('Edited headline of the second card');
    // nobody announces the second: within a minute it is read again anyway
    clock += SHARED_PARTS_MAX_AGE_MS;
    now = await latestCards();
    expect(now.html).toContain('Edited headline of the second card');
  });

  it('drop an unpublished article from every list as soon as the change is announced', async () => {
    const { ids } = await latestCards();
    const gone = ids[0];
    await t.store.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', gone).execute();
    await t.app.contentChanged({ kind: 'article', articleId: gone, storyId: await storyOf(gone) });
    const after = await latestCards();
    expect(after.ids).not.toContain(gone);
    expect(after.ids.length).toBe(ids.length);
    // nor anywhere else on the page (the news feed beside it, Popular)
    expect((await t.app.inject('/en/')).body).not.toMatch(new RegExp(`href="/en/${gone}-`));
  });

  it('are all read again after a change of rubrics, tags or pictures', async () => {
    const { ids } = await latestCards();
    await setHeadline(ids[0], 'Headline changed before a rubric rename');
    expect((await latestCards()).html).not.toContain('Headline changed before a rubric rename');
    await t.storeChanged(); // a taxonomy change
    expect((await latestCards()).html).toContain('Headline changed before a rubric rename');
  });
});
