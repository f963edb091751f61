// Article summaries (headline, lead, rubric, cover) kept in memory by id for the lists of reader pages.
//
// Reading a summary row costs SQLite about 10 µs (the text of a dozen columns turned into JavaScript
// strings); a home page shows about sixty of them, a rubric page twenty. Lists now ask the database
// only for the ids in their order (an index range) and take the summaries from here. Freshness is the
// shared parts' (src/web/site/services.ts): a change the site announces drops the article's entry at
// once (any taxonomy or media change drops them all), and an entry is never older than a minute, which
// bounds what the view count or a change made by another process can lag.
import type { ArticleSummary } from '../domain/article.js';

export const SUMMARY_MAX_AGE_MS = 60_000;

export class SummaryCache {
  private readonly entries = new Map<number, { at: number; summary: ArticleSummary }>();

  /** `maxEntries` bounds memory: about 1.5 KB an entry, and a home page needs about sixty. */
  constructor(private readonly maxEntries = 2000) {}

  get(id: number, now: number): ArticleSummary | undefined {
    const hit = this.entries.get(id);
    if (!hit) return undefined;
    if (now < hit.at || now - hit.at >= SUMMARY_MAX_AGE_MS) {
      this.entries.delete(id);
      return undefined;
    }
    return hit.summary;
  }

  set(summary: ArticleSummary, now: number): void {
    this.entries.delete(summary.id);
    if (this.entries.size >= this.maxEntries) {
      // The oldest insertion goes first (a Map keeps insertion order).
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(summary.id, { at: now, summary });
  }

  drop(id: number): void {
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
