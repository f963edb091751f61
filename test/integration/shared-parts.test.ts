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
