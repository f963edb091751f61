// Writes the demo plan into the store: taxonomy, authors, pictures, stories, articles and a rate history.
import type { Lang } from '../domain/lang.js';
import { articleSearchColumns } from '../domain/search/index.js';
import { addDays, isoDay } from '../i18n/format.js';
import { slugify } from '../i18n/slug.js';
import type { Store } from '../store/db.js';
import { ALL_TEMPLATES } from './content/index.js';
import { AUTHORS, RUBRICS, TAGS } from './content/taxonomy.js';
import type { TagKey } from './content/types.js';
import { rebuildRelated } from '../audience/related/backfill.js';
import { planDemo } from './generate.js';
import { generateDemoImage } from './images.js';
import { Random } from './random.js';
import { linkDemoThreads, type ThreadArticle } from './threads.js';
import { insertDemoViews, type DemoViewedArticle } from './views.js';

export interface DemoOptions {
  mediaDir: string;
  tz: string;
  now?: number;
  seed?: number;
  /** only these languages are written (the site's LANGS) */
  langs?: Lang[];
  onProgress?: (step: string, done: number, total: number) => void;
  /** BASE_URL, so that absolute links between demo articles count as story threads */
  siteUrl?: string;
}

export interface DemoSummary {
  stories: number;
  articles: number;
  published: number;
  byLang: Record<string, number>;
  rubrics: number;
  tags: number;
  authors: number;
  images: number;
  rateDays: number;
}

/** Is there any content yet? (Demo content is loaded only into an empty database.) */
export async function isEmpty(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom('articles').select('id').limit(1).executeTakeFirst();
  return !row;
}

export async function loadDemo(store: Store, opts: DemoOptions): Promise<DemoSummary> {
  const now = opts.now ?? Date.now();
  const langs = opts.langs ?? ['ru', 'ky', 'en'];
  const progress = opts.onProgress ?? (() => {});
  const plan = planDemo({ templates: ALL_TEMPLATES, now, tz: opts.tz, seed: opts.seed });

  // Pictures first (outside the transaction: they are files, and re-running reuses them).
  const images: Awaited<ReturnType<typeof generateDemoImage>>[] = [];
  for (let i = 0; i < plan.imageCount; i++) {
    images.push(await generateDemoImage(opts.mediaDir, i, Math.floor(i / 4)));
    progress('pictures', i + 1, plan.imageCount);
  }

  const db = store.db;
  const summary: DemoSummary = { stories: 0, articles: 0, published: 0, byLang: {}, rubrics: RUBRICS.length, tags: 0, authors: AUTHORS.length, images: images.length, rateDays: 0 };

  await db.transaction().execute(async (trx) => {
    const rubricIds = new Map<string, number>();
    for (const [i, r] of RUBRICS.entries()) {
      const { id } = await trx.insertInto('rubrics').values({ position: i, created_at: now }).returning('id').executeTakeFirstOrThrow();
      rubricIds.set(r.key, id);
      await trx.insertInto('rubric_i18n').values(langs.map((l) => ({ rubric_id: id, lang: l, name: r.name[l], slug: r.slug[l] }))).execute();
    }
    progress('rubrics', RUBRICS.length, RUBRICS.length);

    const tagIds = new Map<TagKey, number>();
    const tagEntries = Object.entries(TAGS) as Array<[TagKey, Record<Lang, string>]>;
    for (const [key, names] of tagEntries) {
      const { id } = await trx.insertInto('tags').values({ created_at: now }).returning('id').executeTakeFirstOrThrow();
      tagIds.set(key, id);
      await trx.insertInto('tag_i18n').values(langs.map((l) => ({ tag_id: id, lang: l, name: names[l], slug: slugify(names[l]) }))).execute();
    }
    summary.tags = tagEntries.length;
    progress('tags', tagEntries.length, tagEntries.length);

    const authorIds = new Map<string, number>();
    for (const a of AUTHORS) {
      const { id } = await trx.insertInto('authors').values({ slug: a.slug, created_at: now }).returning('id').executeTakeFirstOrThrow();
      authorIds.set(a.slug, id);
      await trx.insertInto('author_i18n').values(langs.map((l) => ({ author_id: id, lang: l, name: a.name[l], bio: null }))).execute();
    }

    const imageIds: number[] = [];
    for (const img of images) {
      const { id } = await trx
        .insertInto('images')
        .values({ file: img.file, width: img.width, height: img.height, mime: img.mime, credit: 'Newsdesk', variants: JSON.stringify(img.variants), created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      imageIds.push(id);
    }

    const viewed: DemoViewedArticle[] = [];
    const threads: ThreadArticle[] = [];
    const stories = plan.stories
      .map((s) => ({ ...s, articles: s.articles.filter((a) => langs.includes(a.lang)) }))
      .filter((s) => s.articles.length > 0);
    for (const [i, s] of stories.entries()) {
      const { id: storyId } = await trx.insertInto('stories').values({ created_at: s.createdAt }).returning('id').executeTakeFirstOrThrow();
      for (const a of s.articles) {
        const body = JSON.stringify(a.body);
        const { id } = await trx
          .insertInto('articles')
          .values({
            story_id: storyId,
            lang: a.lang,
            slug: a.slug,
            headline: a.headline,
            lead: a.lead,
            body,
            ...articleSearchColumns({ lang: a.lang, headline: a.headline, lead: a.lead, body }),
            dateline_place: a.datelinePlace,
            source_name: a.sourceName,
            source_url: null,
            rubric_id: rubricIds.get(s.rubricKey) ?? null,
            cover_image_id: s.coverImage == null ? null : imageIds[s.coverImage],
            cover_caption: s.coverImage == null ? null : a.coverCaption,
            cover_alt: s.coverImage == null ? null : a.coverAlt,
            status: a.status,
            is_breaking: a.isBreaking ? 1 : 0,
            is_pinned: a.isPinned ? 1 : 0,
            view_count: a.viewCount,
            published_at: a.publishedAt,
            updated_at: a.publishedAt ?? s.createdAt,
            created_at: s.createdAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('article_authors').values(a.authorSlugs.map((slug, position) => ({ article_id: id, author_id: authorIds.get(slug)!, position }))).execute();
        await trx.insertInto('article_tags').values(s.tags.map((tag, position) => ({ article_id: id, tag_id: tagIds.get(tag)!, position }))).execute();
        if (a.status === 'published' && a.publishedAt != null) threads.push({ id, slug: a.slug, lang: a.lang, templateKey: s.templateKey, publishedAt: a.publishedAt, headline: a.headline, lead: a.lead, body: a.body });
        summary.articles++;
        if (a.status === 'published') summary.published++;
        if (a.status === 'published' && a.publishedAt != null) viewed.push({ id, lang: a.lang, publishedAt: a.publishedAt, viewCount: a.viewCount });
        summary.byLang[a.lang] = (summary.byLang[a.lang] ?? 0) + 1;
      }
      summary.stories++;
      if (i % 25 === 0 || i === stories.length - 1) progress('stories', i + 1, stories.length);
    }

    // Their view history, adding up to each view_count (Popular and the newsroom charts read it).
    const viewRows = await insertDemoViews(trx, viewed, opts.tz, now);
    progress('view history', viewRows, viewRows);

    // Follow-ups link to the earlier story of the same kind (story threads for related stories).
    const linked = await linkDemoThreads(trx, threads);
    progress('story threads', linked, linked);

    const rates = demoRates(opts.tz, now, opts.seed ?? 1);
    for (let i = 0; i < rates.length; i += 200) await trx.insertInto('currency_rates').values(rates.slice(i, i + 200)).execute();
    summary.rateDays = new Set(rates.map((r) => r.date)).size;
    progress('rates', summary.rateDays, summary.rateDays);
  });
  // Related lists for every demo article, so that the first page views read stored lists (src/audience/related).
  await rebuildRelated(store, { siteUrl: opts.siteUrl ?? '', now, onProgress: progress });
  return summary;
}

/** A plausible, clearly marked (source "demo") history of official rates, som per unit. */
export function demoRates(tz: string, now: number, seed: number) {
  const rnd = new Random(seed * 31 + 7);
  const today = isoDay(tz, now);
  const start: Record<string, number> = { USD: 87.45, EUR: 101.8, RUB: 1.08, KZT: 0.171, CNY: 12.2 };
  const rows: Array<{ source: string; base: string; date: string; code: string; nominal: number; value: number; rate: number; file_date: string; fetched_at: number }> = [];
  const level = { ...start };
  for (let d = 90; d >= 0; d--) {
    const date = addDays(today, -d);
    for (const code of Object.keys(level)) {
      level[code] *= 1 + (rnd.next() - 0.5) * 0.006;
      const rate = Number(level[code].toFixed(4));
      rows.push({ source: 'demo', base: 'KGS', date, code, nominal: 1, value: rate, rate, file_date: date, fetched_at: now });
    }
  }
  return rows;
}
