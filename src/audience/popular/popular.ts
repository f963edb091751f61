// Popular per language: most read in the last 24 hours, or in the last 7 days when the day has too
// few read stories, from the hourly counters plus the views still in memory. Kept per language for a
// minute (the first read after that computes it again; readers meanwhile share that one computation),
// and dropped on any content change, so an unpublished or edited article never shows stale.
import type { Kysely } from 'kysely';
import type { ArticleSummary } from '../../domain/article.js';
import type { Lang } from '../../domain/lang.js';
import type { ContentChange } from '../../newsroom/deps.js';
import { ArticleReader } from '../../store/articles.js';
import type { Database } from '../../store/schema.js';
import { HOUR_MS } from '../views/buffer.js';
import { windowLeaders, windowViewsOf } from './window.js';

export const POPULAR_REFRESH_MS = 60_000;
/** Items kept per language: the home page shows 8; the article page 4 (one more, to leave itself out). */
export const POPULAR_SIZE = 12;
/** Fewer read stories than this in 24 hours means a quiet day: use the 7-day window. */
export const POPULAR_NEEDED = 8;
const DAY_MS = 86_400_000;

export interface PopularList {
  window: '24h' | '7d';
  items: ArticleSummary[];
  computedAt: number;
}

/** Where the views not yet written come from (the view counter). */
export interface UnwrittenViews {
  unwrittenSince(lang: Lang, since: number): Map<number, number>;
}

export class Popular {
  private readonly lists = new Map<Lang, PopularList>();
  private readonly computing = new Map<Lang, Promise<PopularList>>();
  private readonly articles: ArticleReader;
  private generation = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly unwritten: UnwrittenViews,
    private readonly now: () => number,
  ) {
    this.articles = new ArticleReader(db);
  }

  async list(lang: Lang, limit: number): Promise<ArticleSummary[]> {
    return (await this.current(lang)).items.slice(0, limit);
  }

  /** The language's list, computed again when older than a minute. */
  current(lang: Lang): Promise<PopularList> {
    const kept = this.lists.get(lang);
    if (kept && this.now() - kept.computedAt < POPULAR_REFRESH_MS) return Promise.resolve(kept);
    let p = this.computing.get(lang);
    if (!p) {
      const generation = this.generation;
      p = this.compute(lang)
        .then((list) => {
          // A change while computing may have unpublished one of these: do not keep the result.
          if (generation === this.generation) this.lists.set(lang, list);
          return list;
        })
        .finally(() => this.computing.delete(lang));
      this.computing.set(lang, p);
    }
    return p;
  }

  async compute(lang: Lang): Promise<PopularList> {
    const now = this.now();
    const day = await this.ranked(lang, now, now - DAY_MS);
    if (day.length >= POPULAR_NEEDED) return { window: '24h', items: day, computedAt: now };
    return { window: '7d', items: await this.ranked(lang, now, now - 7 * DAY_MS), computedAt: now };
  }

  /** Stored and unwritten views in hours from `since` on; the summaries of the top POPULAR_SIZE. */
  private async ranked(lang: Lang, now: number, since: number): Promise<ArticleSummary[]> {
    const from = Math.floor(since / HOUR_MS) * HOUR_MS;
    const totals = new Map<number, number>();
    for (const r of await windowLeaders(this.db, lang, from, now, POPULAR_SIZE * 2)) totals.set(r.id, r.views);
    // Articles read a lot in the last seconds may not be among the stored leaders: add their stored views.
    const pending = this.unwritten.unwrittenSince(lang, from);
    const busiest = [...pending].sort((a, b) => b[1] - a[1]).slice(0, POPULAR_SIZE * 2).map(([id]) => id);
    const missing = busiest.filter((id) => !totals.has(id));
    for (const r of await windowViewsOf(this.db, lang, from, now, missing)) totals.set(r.id, r.views);
    for (const id of busiest) totals.set(id, (totals.get(id) ?? 0) + pending.get(id)!);
    const order = [...totals].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([id]) => id);
    // summariesOf drops anything unpublished meanwhile; ask for a few spare ones for that.
    return (await this.articles.summariesOf(lang, order.slice(0, POPULAR_SIZE + 4), now)).slice(0, POPULAR_SIZE);
  }

  contentChanged(change: ContentChange): void {
    if (change.kind === 'rates') return;
    this.generation++;
    this.lists.clear();
  }
}
