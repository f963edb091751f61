// Which URLs the scenarios request, chosen from the seeded database the way readers find them: the
// newest Russian article, the home page, the deepest page (at most 500) of the biggest Russian rubric,
// yesterday's archive, the Russian RSS feed and 90 days of the dollar's rate from the JSON API.
import type { Config } from '../src/config.js';
import { articlePath } from '../src/domain/article.js';
import { addDays, dayRange, isoDay } from '../src/i18n/format.js';
import { openStore } from '../src/store/db.js';
import { PAGE_SIZE } from '../src/web/site/listing/routes.js';
import { dayPath, rubricPath } from '../src/web/urls.js';

/** the deepest rubric page the scenario asks for (fewer when the rubric has fewer pages) */
export const DEEP_PAGE = 500;

export interface BenchPages {
  article: string;
  home: string;
  rubric: { path: string; page: number; pages: number; articles: number };
  day: { path: string; articles: number };
  feed: string;
  api: { path: string; from: string; to: string };
}

export async function pickPages(config: Config, now: number): Promise<BenchPages> {
  const store = openStore({ ...config, poolSize: 1 });
  try {
    const db = store.db;
    const published = () => db.selectFrom('articles').where('lang', '=', 'ru').where('status', '=', 'published').where('published_at', '<=', now);
    const article = await published().orderBy('published_at', 'desc').orderBy('id', 'desc').select(['id', 'lang', 'slug']).limit(1).executeTakeFirst();
    if (!article) throw new Error('The benchmark database has no published Russian article');

    // The rubric with the most published Russian articles, at its deepest page up to DEEP_PAGE.
    const biggest = await published()
      .where('rubric_id', 'is not', null)
      .groupBy('rubric_id')
      .select((eb) => ['rubric_id', eb.fn.countAll<number>().as('n')])
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!biggest?.rubric_id) throw new Error('The benchmark database has no Russian article in a rubric');
    const slug = await db.selectFrom('rubric_i18n').where('rubric_id', '=', biggest.rubric_id).where('lang', '=', 'ru').select('slug').executeTakeFirstOrThrow();
    const count = Number(biggest.n);
    const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
    const page = Math.min(DEEP_PAGE, pages);
    const base = rubricPath('ru', slug.slug);

    // Yesterday (a whole day), or the newest article's day when yesterday is empty.
    const tz = config.siteTz;
    let day = addDays(isoDay(tz, now), -1);
    const onDay = async (d: string) => {
      const { start, end } = dayRange(tz, d);
      const row = await published().where('published_at', '>=', start).where('published_at', '<', end).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      return Number(row?.n ?? 0);
    };
    let dayArticles = await onDay(day);
    if (dayArticles === 0) {
      const newest = await published().select((eb) => eb.fn.max('published_at').as('t')).executeTakeFirst();
      day = isoDay(tz, Number(newest?.t ?? now));
      dayArticles = await onDay(day);
    }

    const to = isoDay(tz, now);
    const from = addDays(to, -89);
    return {
      article: articlePath({ id: article.id, lang: 'ru', slug: article.slug }),
      home: '/ru/',
      rubric: { path: page > 1 ? `${base}?page=${page}` : base, page, pages, articles: count },
      day: { path: dayPath('ru', day), articles: dayArticles },
      feed: '/ru/feed.rss',
      api: { path: `/api/v1/rates/history?code=USD&from=${from}&to=${to}`, from, to },
    };
  } finally {
    await store.close();
  }
}
