// Which ids may be counted, and their stored totals, without a query per beacon: published articles
// are looked up once and kept (bounded, oldest out first); concurrent first beacons share one query.
// Entries are re-read after a while (another node's flushes move the stored total) and forgotten on a
// content change, so an unpublished article stops counting at once.
import type { Kysely } from 'kysely';
import type { Lang } from '../../domain/lang.js';
import type { Database } from '../../store/schema.js';

export interface KnownArticle {
  lang: Lang;
  /** articles.view_count when read, plus what this node has written since */
  stored: number;
}

interface Entry {
  article: KnownArticle | null;
  expires: number;
}

/** A published article is re-read after 10 minutes; an unknown id is asked about again after 30 s. */
const KNOWN_TTL_MS = 10 * 60_000;
const UNKNOWN_TTL_MS = 30_000;

export class KnownArticles {
  private readonly entries = new Map<number, Entry>();
  private readonly loading = new Map<number, Promise<KnownArticle | null>>();
  private generation = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
    private readonly maxEntries = 50_000,
  ) {}

  /** The article when it is published and its time has come; null otherwise. May throw if the database fails. */
  get(id: number): KnownArticle | null | Promise<KnownArticle | null> {
    const e = this.entries.get(id);
    if (e && e.expires > this.now()) return e.article;
    return this.loading.get(id) ?? this.load(id);
  }

  private load(id: number): Promise<KnownArticle | null> {
    const generation = this.generation;
    const p = this.db
      .selectFrom('articles')
      .select(['lang', 'view_count', 'status', 'published_at'])
      .where('id', '=', id)
      .executeTakeFirst()
      .then((row) => {
        const now = this.now();
        const live = row && row.status === 'published' && row.published_at != null && Number(row.published_at) <= now;
        const article = live ? { lang: row.lang as Lang, stored: Number(row.view_count) } : null;
        // A change that arrived while we were reading makes this row suspect: use it, do not keep it.
        if (generation === this.generation) {
          this.entries.delete(id);
          if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
          this.entries.set(id, { article, expires: now + (article ? KNOWN_TTL_MS : UNKNOWN_TTL_MS) });
        }
        return article;
      })
      .finally(() => this.loading.delete(id));
    this.loading.set(id, p);
    return p;
  }

  /** After a flush: this node's views are now part of the stored total. */
  written(id: number, views: number): void {
    const e = this.entries.get(id);
    if (e?.article) e.article.stored += views;
  }

  forget(id: number): void {
    this.generation++;
    this.entries.delete(id);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
