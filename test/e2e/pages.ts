// The pages the conformance tests (axe, Nu HTML Checker) look at: every page type in every language,
// chosen from the demo content through the store so that they follow the content as it changes.
import { KNOWN_LANGS, type Lang } from '../../src/domain/lang.js';
import { addDays, isoDay } from '../../src/i18n/format.js';
import { ArticleReader } from '../../src/store/articles.js';
import type { Store } from '../../src/store/db.js';
import { ratesHref, ratesPath } from '../../src/web/site/rates/urls.js';
import { searchPath } from '../../src/web/site/search/urls.js';
import { articlePath, authorPath, dayPath, homePath, printPath, rubricPath, tagPath } from '../../src/web/urls.js';
import { TEST_NOW, TEST_TZ } from '../support/constants.js';

export type PageKind = 'home' | 'article' | 'print' | 'rubric' | 'rubric-page-2' | 'tag' | 'author' | 'day' | 'day-empty' | 'search' | 'search-empty' | 'rates' | 'rates-options' | 'rates-missing' | '404';

export interface SamplePage {
  lang: Lang;
  kind: PageKind;
  /** site path */
  path: string;
  status: 200 | 404;
  /** a short description for messages */
  note?: string;
}

/** What an article page can show, so that a few articles cover every kind of body node and page part. */
function features(row: { body: string; cover_image_id: number | null; cover_caption: string | null; source_name: string | null; source_url: string | null; is_breaking: number }, tagged: boolean, authored: boolean, translated: boolean): Set<string> {
  const f = new Set<string>();
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (node.type) f.add(`node:${node.type}`);
    if (node.type === 'embed') f.add(`embed:${node.attrs?.provider}`);
    if (node.type === 'heading') f.add(`heading:${node.attrs?.level}`);
    if (node.type === 'blockquote' && node.attrs?.attribution) f.add('blockquote:attribution');
    if (node.type === 'image' && (node.attrs?.caption || node.attrs?.credit)) f.add('image:caption');
    for (const m of node.marks ?? []) f.add(`mark:${m.type}`);
    for (const c of node.content ?? []) walk(c);
  };
  try {
    walk(JSON.parse(row.body));
  } catch {
    f.add('body:invalid');
  }
  if (row.cover_image_id != null) f.add('cover');
  if (row.cover_caption) f.add('cover:caption');
  if (row.source_name) f.add(row.source_url ? 'source:link' : 'source:text');
  if (row.is_breaking) f.add('breaking');
  if (tagged) f.add('tags');
  if (authored) f.add('authors');
  if (translated) f.add('translations');
  return f;
}

/** Published, visible articles of a language that together show every feature found (greedy cover). */
export async function coveringArticles(store: Store, lang: Lang, max = 4): Promise<Array<{ id: number; slug: string; features: string[] }>> {
  const db = store.db;
  const rows = await db
    .selectFrom('articles')
    .where('lang', '=', lang)
    .where('status', '=', 'published')
    .where('published_at', '<=', TEST_NOW)
    .select(['id', 'slug', 'story_id', 'body', 'cover_image_id', 'cover_caption', 'source_name', 'source_url', 'is_breaking', 'published_at'])
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const tagged = new Set((await db.selectFrom('article_tags').select('article_id').distinct().execute()).map((r) => r.article_id));
  const authored = new Set((await db.selectFrom('article_authors').select('article_id').distinct().execute()).map((r) => r.article_id));
  const stories = await db
    .selectFrom('articles')
    .where('status', '=', 'published')
    .where('published_at', '<=', TEST_NOW)
    .select(['story_id', 'lang'])
    .execute();
  const langsOfStory = new Map<number, Set<string>>();
  for (const s of stories) langsOfStory.set(s.story_id, (langsOfStory.get(s.story_id) ?? new Set()).add(s.lang));
  const candidates = rows.map((r) => ({ id: r.id, slug: r.slug, f: features(r, tagged.has(r.id), authored.has(r.id), (langsOfStory.get(r.story_id)?.size ?? 0) > 1) }));
  const uncovered = new Set(candidates.flatMap((c) => [...c.f]));
  const chosen: Array<{ id: number; slug: string; features: string[] }> = [];
  while (uncovered.size && chosen.length < max) {
    let best = candidates[0];
    let bestGain = -1;
    for (const c of candidates) {
      let gain = 0;
      for (const x of c.f) if (uncovered.has(x)) gain++;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    if (bestGain <= 0) break;
    chosen.push({ id: best.id, slug: best.slug, features: [...best.f].filter((x) => uncovered.has(x)) });
    for (const x of best.f) uncovered.delete(x);
  }
  return chosen;
}

/** Every page type in one language. */
export async function samplePages(store: Store, lang: Lang): Promise<SamplePage[]> {
  const reader = new ArticleReader(store.db);
  const pages: SamplePage[] = [{ lang, kind: 'home', path: homePath(lang), status: 200 }];
  const articles = await coveringArticles(store, lang);
  if (!articles.length) throw new Error(`the demo content has no published ${lang} article`);
  for (const a of articles) pages.push({ lang, kind: 'article', path: articlePath({ lang, id: a.id, slug: a.slug }), status: 200, note: a.features.join(' ') });
  const first = (await reader.full(articles[0].id, lang, TEST_NOW))!;
  pages.push({ lang, kind: 'print', path: printPath(lang, first.id), status: 200 });

  // Rubric: the largest one, and its page 2 when it has one (pagination).
  const rubrics = await store.db
    .selectFrom('articles as a')
    .innerJoin('rubric_i18n as r', (j) => j.onRef('r.rubric_id', '=', 'a.rubric_id').on('r.lang', '=', lang))
    .where('a.lang', '=', lang)
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', TEST_NOW)
    .groupBy(['r.rubric_id', 'r.slug'])
    .select(['r.slug', (eb) => eb.fn.countAll<number>().as('n')])
    .orderBy('n', 'desc')
    .orderBy('r.slug')
    .execute();
  if (!rubrics.length) throw new Error(`no ${lang} rubric has articles`);
  pages.push({ lang, kind: 'rubric', path: rubricPath(lang, rubrics[0].slug), status: 200 });
  if (Number(rubrics[0].n) > 20) pages.push({ lang, kind: 'rubric-page-2', path: `${rubricPath(lang, rubrics[0].slug)}?page=2`, status: 200 });

  const withTag = first.tags.length ? first : await firstWith(store, reader, lang, 'article_tags');
  pages.push({ lang, kind: 'tag', path: tagPath(lang, withTag.tags[0].slug), status: 200 });
  const withAuthor = first.authors.length ? first : await firstWith(store, reader, lang, 'article_authors');
  pages.push({ lang, kind: 'author', path: authorPath(lang, withAuthor.authors[0].slug), status: 200 });

  const today = isoDay(TEST_TZ, TEST_NOW);
  pages.push({ lang, kind: 'day', path: dayPath(lang, today), status: 200 });
  // A day long before the demo content: the "no news this day" variant.
  pages.push({ lang, kind: 'day-empty', path: dayPath(lang, addDays(today, -3650)), status: 200 });
  // Search: a query that finds stories (highlighted snippets, filters, pages), and the empty form.
  const word = { ru: 'Бишкек', ky: 'Бишкек', en: 'Bishkek' }[lang];
  pages.push({ lang, kind: 'search', path: `${searchPath(lang)}?q=${encodeURIComponent(word)}`, status: 200 });
  pages.push({ lang, kind: 'search-empty', path: searchPath(lang), status: 200 });
  // Rates: the day's table with the chart and the converter; a year's chart of another currency with a
  // conversion done and a converter error's sibling (a fallback date); a date without rates (404).
  pages.push({ lang, kind: 'rates', path: ratesPath(lang), status: 200 });
  pages.push({ lang, kind: 'rates-options', path: ratesHref(lang, { date: addDays(today, -1), code: 'EUR', days: 365, amount: '1000', currency: 'EUR', direction: 'from-som' }), status: 200 });
  pages.push({ lang, kind: 'rates-options', path: `${ratesPath(lang)}?amount=abc&currency=USD`, status: 200, note: 'converter error' });
  pages.push({ lang, kind: 'rates-missing', path: `${ratesPath(lang)}?date=${addDays(today, 3650)}`, status: 404 });
  pages.push({ lang, kind: '404', path: `/${lang}/no-such-page/`, status: 404 });
  return pages;
}

async function firstWith(store: Store, reader: ArticleReader, lang: Lang, table: 'article_tags' | 'article_authors') {
  const row = await store.db
    .selectFrom('articles as a')
    .where('a.lang', '=', lang)
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', TEST_NOW)
    .where('a.id', 'in', store.db.selectFrom(table).select('article_id'))
    .select('a.id')
    .orderBy('a.published_at', 'desc')
    .executeTakeFirst();
  if (!row) throw new Error(`no published ${lang} article has ${table === 'article_tags' ? 'tags' : 'authors'}`);
  return (await reader.full(row.id, lang, TEST_NOW))!;
}

export async function allSamplePages(store: Store): Promise<SamplePage[]> {
  const out: SamplePage[] = [];
  for (const lang of KNOWN_LANGS) out.push(...(await samplePages(store, lang)));
  return out;
}

/** "ru-article-286723" style name for files and messages. */
export function pageName(p: SamplePage, i: number): string {
  return `${String(i).padStart(2, '0')}-${p.lang}-${p.kind}`;
}
