// List summaries kept by id (src/store/summary-cache.ts): bounded in entries and in age.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/domain/article.js';
import { SUMMARY_MAX_AGE_MS, SummaryCache } from '../../src/store/summary-cache.js';

const summary = (id: number): ArticleSummary => ({
  id,
  storyId: id,
  lang: 'ru',
  slug: `s-${id}`,
  headline: `Заголовок ${id}`,
  lead: '',
  publishedAt: 0,
  updatedAt: 0,
  isBreaking: false,
  isPinned: false,
  viewCount: 0,
  rubric: null,
  cover: null,
  coverAlt: null,
});

describe('SummaryCache', () => {
  it('serves an entry for less than the stated age, then forgets it', () => {
    const c = new SummaryCache();
    c.set(summary(1), 1_000);
    expect(c.get(1, 1_000 + SUMMARY_MAX_AGE_MS - 1)?.headline).toBe('Заголовок 1');
    expect(c.get(1, 1_000 + SUMMARY_MAX_AGE_MS)).toBeUndefined();
    expect(c.size).toBe(0);
    expect(SUMMARY_MAX_AGE_MS).toBeLessThanOrEqual(60_000);
  });

  it('never serves an entry to a clock that went back before it was stored', () => {
    const c = new SummaryCache();
    c.set(summary(1), 5_000);
    expect(c.get(1, 4_999)).toBeUndefined();
  });

  it('holds at most its bound, dropping the oldest first', () => {
    const c = new SummaryCache(3);
    for (const id of [1, 2, 3]) c.set(summary(id), 0);
    c.set(summary(1), 1); // stored again: now the newest
    c.set(summary(4), 2);
    expect(c.size).toBe(3);
    expect(c.get(2, 2)).toBeUndefined();
    expect([1, 3, 4].map((id) => c.get(id, 2)?.id)).toEqual([1, 3, 4]);
  });

  it('drops one entry or all of them', () => {
    const c = new SummaryCache();
    for (const id of [1, 2, 3]) c.set(summary(id), 0);
    c.drop(2);
    expect([1, 2, 3].map((id) => c.get(id, 0)?.id)).toEqual([1, undefined, 3]);
    c.clear();
    expect(c.size).toBe(0);
  });
});
