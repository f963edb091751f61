// What reader pages need from the store, gathered in one place per request.
import type { Config } from '../../config.js';
import type { ArticleSummary, HeadlineRef } from '../../domain/article.js';
import type { Lang } from '../../domain/lang.js';
import { addDays, dayRange, isoDay } from '../../i18n/format.js';
import { ArticleReader } from '../../store/articles.js';
import { RelatedEngine } from '../../audience/related/compute.js';
import { RelatedReader } from '../../audience/related/page.js';
import type { Store } from '../../store/db.js';
import { RatesReader } from '../../store/rates.js';
import { SummaryCache } from '../../store/summary-cache.js';
import type { ContentChange } from '../../newsroom/deps.js';
import { TaxonomyReader } from '../../store/taxonomy.js';
import type { Assets } from '../assets.js';
import { baseContext, type SiteContext } from '../context.js';

export const HEADER_CURRENCIES = ['USD', 'EUR', 'RUB'];

export interface DayFeedData<T extends HeadlineRef = HeadlineRef> {
  day: string;
  dayStart: number;
  items: T[];
}

/** Headlines shown per day in the news feed beside pages. */
export const FEED_LIMIT = 40;

/**
 * How long the parts every page shares (menu, header rates, news feed) are reused without a change
 * being announced: the same bound as the clock and view count in cached pages (README, "Caching").
 */
export const SHARED_PARTS_MAX_AGE_MS = 60_000;

/**
 * The parts every page of a language shows, read once and reused by every page until the next
 * change (any change drops them all; changes are rare beside reads) or for at most a minute. They were
 * eight of an uncached article page's fourteen statements (docs/benchmarks.md).
 */
class SharedParts {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  get<T>(key: string, now: number, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now >= hit.at && now - hit.at < SHARED_PARTS_MAX_AGE_MS) return hit.value as Promise<T>;
    if (this.entries.size > 200) this.entries.clear(); // keys are per language and day: a handful
    const value = load();
    this.entries.set(key, { at: now, value });
    // a failed read is not kept: the next page asks the database again
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

export class SiteServices {
  readonly articles: ArticleReader;
  readonly taxonomy: TaxonomyReader;
  readonly rates: RatesReader;
  /** stored related lists with the editors' overrides (src/audience/related) */
  readonly related: RelatedReader;
  private readonly shared = new SharedParts();
  /** list summaries by article id (src/store/summary-cache.ts) */
  private readonly summaries = new SummaryCache();

  constructor(
    readonly store: Store,
    readonly config: Config,
    readonly assets: Assets,
    /** the clock; tests pass a fixed one */
    readonly now: () => number,
    /** most read per language (src/audience/popular) */
    readonly mostRead: { list(lang: Lang, limit: number): Promise<ArticleSummary[]> },
  ) {
    this.articles = new ArticleReader(store.db, this.summaries);
    this.taxonomy = new TaxonomyReader(store.db);
    this.rates = new RatesReader(store.db);
    this.related = new RelatedReader(new RelatedEngine(store, config.baseUrl), this.articles);
  }

  isEnabled(lang: string): lang is Lang {
    return (this.config.langs as string[]).includes(lang);
  }

  /**
   * Something readers can see changed (publishing, rates, rubrics…): shared parts are read again, and
   * the changed article's summary (every summary, when rubrics, tags or pictures changed).
   */
  contentChanged(change: ContentChange): void {
    this.shared.clear();
    if (change.kind === 'article') this.summaries.drop(change.articleId);
    else if (change.kind !== 'rates') this.summaries.clear();
  }

  async context(lang: Lang, now: number, languageLinks: Partial<Record<Lang, string>> = {}): Promise<SiteContext> {
    const today = isoDay(this.config.siteTz, now);
    const [rubrics, rates] = await Promise.all([
      this.shared.get(`menu:${lang}`, now, () => this.taxonomy.rubrics(lang)),
      this.shared.get(`rates:${today}`, now, () => this.rates.latest(this.config.rateCurrencies ?? HEADER_CURRENCIES, today)),
    ]);
    return { ...baseContext(lang, this.config, now, this.assets), rubrics, rates, languageLinks };
  }

  /**
   * The news feed: the latest day that has news (normally today), followed by the day before when
   * the morning is still quiet, so a reader always sees at least `minItems` headlines.
   */
  currentDayFeed(lang: Lang, now: number, minItems = 15): Promise<DayFeedData[]> {
    return this.shared.get(`feed:${lang}:${minItems}`, now, () => this.readCurrentDayFeed(lang, now, minItems));
  }

  private async readCurrentDayFeed(lang: Lang, now: number, minItems: number): Promise<DayFeedData[]> {
    const tz = this.config.siteTz;
    const latest = await this.articles.latestPublishedAt(lang, now);
    const first = await this.feedDay(lang, isoDay(tz, latest ?? now), now);
    if (first.items.length >= minItems || latest == null) return [first];
    const second = await this.feedDay(lang, addDays(first.day, -1), now);
    return second.items.length ? [first, second] : [first];
  }

  private async feedDay(lang: Lang, day: string, now: number): Promise<DayFeedData> {
    const { start, end } = dayRange(this.config.siteTz, day);
    return { day, dayStart: start, items: await this.articles.headlinesBetween(lang, start, end, now, FEED_LIMIT) };
  }

  /** A whole day with rubrics, for the day archive. */
  async dayFeed(lang: Lang, day: string, now: number): Promise<DayFeedData<ArticleSummary>> {
    const { start, end } = dayRange(this.config.siteTz, day);
    const items = await this.articles.between(lang, start, end, now);
    return { day, dayStart: start, items };
  }

  /** Most read in the last 24 hours (7 days on a quiet day), from the view counters; cached a minute. */
  popular(lang: Lang, _now: number, limit: number): Promise<ArticleSummary[]> {
    return this.mostRead.list(lang, limit);
  }
}
