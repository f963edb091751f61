// The bulk articles' rows, the same for both dialects: a text pool of planned demo stories, cycled
// with new ids and dates at a constant number of articles a day (so a bigger archive reaches further
// back, while a day, a rubric's first page and the home page look the same at every scale).
import type { Lang } from '../src/domain/lang.js';
import { ALL_TEMPLATES } from '../src/demo/content/index.js';
import type { TagKey } from '../src/demo/content/types.js';
import { planDemo } from '../src/demo/generate.js';
import { Random } from '../src/demo/random.js';
import { articleSearchColumns } from '../src/domain/search/index.js';
import { addDays, dayRange, isoDay } from '../src/i18n/format.js';
import { RelatedLists, ViewHistory } from './seed-audience.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** articles per yielded chunk (one transaction, one progress line) */
export const CHUNK = 5_000;

interface PoolArticle {
  lang: Lang;
  slug: string;
  headline: string;
  lead: string;
  body: string;
  datelinePlace: string;
  sourceName: string | null;
  authorSlugs: string[];
  coverCaption: string | null;
  coverAlt: string | null;
  /** index forms (searchColumns), computed once per pool article */
  searchTitle: string;
  searchText: string;
}

export interface PoolStory {
  rubricKey: string;
  tags: TagKey[];
  coverImage: number | null;
  articles: PoolArticle[];
}

/**
 * Planned demo stories from three seeds (about a thousand stories with varied slots and languages);
 * one seed (a third of that) when only a few thousand articles are wanted, as in the CI smoke test.
 */
export function textPool(now: number, tz: string, wanted: number): PoolStory[] {
  const pool: PoolStory[] = [];
  for (const seed of wanted < 5_000 ? [11] : [11, 12, 13]) {
    const plan = planDemo({ templates: ALL_TEMPLATES, now, tz, seed });
    for (const s of plan.stories) {
      if (s.articles.some((a) => a.status !== 'published')) continue;
      pool.push({
        rubricKey: s.rubricKey,
        tags: s.tags,
        coverImage: s.coverImage,
        articles: s.articles.map((a) => {
          const body = JSON.stringify(a.body);
          const search = articleSearchColumns({ lang: a.lang, headline: a.headline, lead: a.lead, body });
          return {
            lang: a.lang,
            slug: a.slug,
            headline: a.headline,
            lead: a.lead,
            body,
            datelinePlace: a.datelinePlace,
            sourceName: a.sourceName,
            authorSlugs: a.authorSlugs,
            coverCaption: a.coverCaption,
            coverAlt: a.coverAlt,
            searchTitle: search.search_title,
            searchText: search.search_text,
          };
        }),
      });
    }
  }
  // Shuffle so that consecutive stories differ (plans are in day order and repeat templates).
  return new Random(7).shuffle(pool);
}

export interface Lookups {
  rubricIds: Map<string, number>;
  tagIds: Map<TagKey, number>;
  authorIds: Map<string, number>;
  /** demo picture index -> images.id */
  imageIds: Map<number, number>;
}

export type Row = unknown[];

export const STORY_COLUMNS = ['id', 'created_at'];
export const ARTICLE_COLUMNS = [
  'id', 'story_id', 'lang', 'slug', 'headline', 'lead', 'body', 'dateline_place', 'source_name', 'source_url', 'rubric_id',
  'cover_image_id', 'cover_caption', 'cover_alt', 'status', 'is_breaking', 'is_pinned', 'view_count', 'published_at', 'updated_at', 'created_at',
  'search_title', 'search_text',
];
// lang and listed_at as the listing triggers would set them (migration 009); the seeders load with those triggers off
export const ARTICLE_TAG_COLUMNS = ['article_id', 'tag_id', 'position', 'lang', 'listed_at'];
export const ARTICLE_AUTHOR_COLUMNS = ['article_id', 'author_id', 'position', 'lang', 'listed_at'];

export interface Chunk {
  stories: Row[];
  articles: Row[];
  tags: Row[];
  authors: Row[];
  /** related_articles, article_views_hourly, article_views_daily (bench/seed-audience.ts) */
  related: Row[];
  hourly: Row[];
  daily: Row[];
}

const emptyChunk = (): Chunk => ({ stories: [], articles: [], tags: [], authors: [], related: [], hourly: [], daily: [] });

const VIEW_BASE: Record<Lang, number> = { ru: 420, ky: 160, en: 110 };

/** Days the bulk articles span at `perDay` articles a day (at least one). */
export function spanDays(count: number, perDay: number): number {
  return Math.max(1, Math.ceil(count / perDay));
}

/**
 * Produces the bulk rows chunk by chunk. Stories are laid out in time order over `spanDays` days
 * back from now (ids grow with time as in a real newsroom), at daytime hours in the site's time
 * zone; translations follow the original by 20–90 minutes.
 */
export function* bulkRows(opts: {
  count: number;
  spanDays: number;
  firstStoryId: number;
  firstArticleId: number;
  now: number;
  tz: string;
  pool: PoolStory[];
  lookups: Lookups;
}): Generator<Chunk> {
  const { count, now, tz, pool, lookups, spanDays: span } = opts;
  const rnd = new Random(4242);
  const latestAllowed = now - 5 * MINUTE;
  const today = isoDay(tz, now);
  const dayStarts = new Map<number, number>();
  const dayStart = (daysAgo: number) => {
    let s = dayStarts.get(daysAgo);
    if (s === undefined) {
      s = dayRange(tz, addDays(today, -daysAgo)).start;
      dayStarts.set(daysAgo, s);
    }
    return s;
  };
  let storyId = opts.firstStoryId;
  let articleId = opts.firstArticleId;
  let done = 0;
  let k = 0;
  let chunk = emptyChunk();
  const related = new RelatedLists();
  const history = new ViewHistory(now, tz);
  while (done < count) {
    const src = pool[k % pool.length];
    k++;
    // Position in time follows progress through the articles: oldest first.
    const daysAgo = Math.min(span, Math.max(0, span - Math.floor((done / count) * (span + 1))));
    const r = rnd.next();
    const hour = r < 0.06 ? rnd.int(6, 7) : r < 0.94 ? rnd.int(8, 20) : rnd.int(21, 23);
    let at = dayStart(daysAgo) + hour * HOUR + rnd.int(0, 59) * MINUTE;
    if (at > latestAllowed) at = latestAllowed - rnd.int(0, 120) * MINUTE;
    const createdAt = at - rnd.int(30, 240) * MINUTE;
    const articles = src.articles.slice(0, count - done);
    chunk.stories.push([storyId, createdAt]);
    const rubricId = lookups.rubricIds.get(src.rubricKey) ?? null;
    const coverId = src.coverImage == null ? null : (lookups.imageIds.get(src.coverImage) ?? null);
    for (const [i, a] of articles.entries()) {
      let publishedAt: number | null = i === 0 ? at : Math.min(latestAllowed, at + rnd.int(20, 90) * MINUTE);
      // A few drafts and withdrawn pieces, which the site must skip.
      const s = rnd.next();
      const status = s < 0.003 ? 'draft' : s < 0.004 ? 'unpublished' : 'published';
      if (status === 'draft') publishedAt = null;
      const breaking = src.rubricKey === 'incidents' && rnd.chance(0.02) ? 1 : 0;
      // Views: most pieces are read a little, a few a lot, translations less. The articles of the
      // last month also get their hourly and daily view rows, and only the part read by now.
      const u = rnd.next();
      const lifetime = status === 'published' ? Math.round(VIEW_BASE[a.lang] * (i === 0 ? 1 : 0.6) * (0.05 + -Math.log(1 - u * 0.999)) * (rnd.chance(0.02) ? 8 : 1)) : 0;
      const id = articleId++;
      const views = status === 'published' ? history.add(id, a.lang, publishedAt!, lifetime, chunk) : 0;
      if (status === 'published') related.add(id, a.lang, rubricId, publishedAt!, chunk.related);
      chunk.articles.push([
        id, storyId, a.lang, a.slug, a.headline, a.lead, a.body, a.datelinePlace, a.sourceName, null, rubricId,
        coverId, coverId == null ? null : a.coverCaption, coverId == null ? null : a.coverAlt, status, breaking, 0, views,
        publishedAt, publishedAt ?? createdAt, createdAt,
        a.searchTitle, a.searchText,
      ]);
      const listedAt = status === 'published' ? publishedAt : null;
      src.tags.forEach((tag, position) => {
        const tagId = lookups.tagIds.get(tag);
        if (tagId !== undefined) chunk.tags.push([id, tagId, position, a.lang, listedAt]);
      });
      a.authorSlugs.forEach((slug, position) => {
        const authorId = lookups.authorIds.get(slug);
        if (authorId !== undefined) chunk.authors.push([id, authorId, position, a.lang, listedAt]);
      });
    }
    storyId++;
    done += articles.length;
    if (done >= count) related.flush(chunk.related);
    if (chunk.articles.length >= CHUNK || done >= count) {
      yield chunk;
      chunk = emptyChunk();
    }
  }
}
