// Plans the demo newsroom's output: which stories ran on which day, in which languages, by whom,
// with which pictures and how often they were read. Pure and deterministic for a given seed and clock.
import type { DocNode } from '../domain/document/types.js';
import type { Lang } from '../domain/lang.js';
import { dayRange, isoDay, addDays } from '../i18n/format.js';
import { slugify } from '../i18n/slug.js';
import { AUTHORS, PLACES, RUBRICS, SOURCES } from './content/taxonomy.js';
import type { PlaceKey, StoryTemplate, TagKey } from './content/types.js';
import { Random } from './random.js';
import { fillSlots, plain, toBlocks, type SlotValues } from './text.js';

export const DEMO_DAYS = 21;
export const DEMO_IMAGES_PER_RUBRIC = 4;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export interface PlannedArticle {
  lang: Lang;
  slug: string;
  headline: string;
  lead: string;
  body: DocNode;
  datelinePlace: string;
  sourceName: string | null;
  status: 'published' | 'draft' | 'scheduled';
  publishedAt: number | null;
  isBreaking: boolean;
  isPinned: boolean;
  viewCount: number;
  authorSlugs: string[];
  coverCaption: string | null;
  coverAlt: string | null;
}

export interface PlannedStory {
  templateKey: string;
  rubricKey: string;
  tags: TagKey[];
  /** index into the demo image set, or null for no cover */
  coverImage: number | null;
  createdAt: number;
  articles: PlannedArticle[];
}

export interface DemoPlan {
  stories: PlannedStory[];
  imageCount: number;
}

export interface PlanOptions {
  templates: StoryTemplate[];
  now: number;
  tz: string;
  seed?: number;
  /** stories per day on average */
  perDay?: number;
}

/** Language sets of demo stories: mostly one language, about a third of articles with translations. */
const LANGUAGE_MIX: Array<{ langs: Lang[]; weight: number }> = [
  { langs: ['ru'], weight: 44 },
  { langs: ['ky'], weight: 19 },
  { langs: ['en'], weight: 16 },
  { langs: ['ru', 'ky'], weight: 6 },
  { langs: ['ru', 'en'], weight: 5 },
  { langs: ['ru', 'ky', 'en'], weight: 6 },
];

const CAPTION: Record<Lang, string> = { ru: 'Иллюстрация', ky: 'Иллюстрация', en: 'Illustration' };
const COVER_ALT: Record<Lang, (rubric: string) => string> = {
  ru: (r) => `Иллюстрация к материалу рубрики «${r}»: горы и солнце`,
  ky: (r) => `«${r}» рубрикасындагы материалга иллюстрация: тоолор жана күн`,
  en: (r) => `Illustration for a ${r} story: mountains and the sun`,
};

function pickLanguages(rnd: Random): Lang[] {
  const total = LANGUAGE_MIX.reduce((s, m) => s + m.weight, 0);
  let x = rnd.next() * total;
  for (const m of LANGUAGE_MIX) {
    x -= m.weight;
    if (x < 0) return m.langs;
  }
  return ['ru'];
}

/** A publishing time in a day: most between 08:00 and 21:00, a few late or early. */
function timeInDay(rnd: Random, dayStart: number): number {
  const r = rnd.next();
  const hour = r < 0.06 ? rnd.int(6, 7) : r < 0.94 ? rnd.int(8, 20) : rnd.int(21, 23);
  return dayStart + hour * HOUR + rnd.int(0, 59) * MINUTE;
}

export function planDemo(opts: PlanOptions): DemoPlan {
  const rnd = new Random(opts.seed ?? 20240214);
  const { tz, now, templates } = opts;
  const perDay = opts.perDay ?? 18;
  const today = isoDay(tz, now);
  const usedHeadlines: Record<Lang, Set<string>> = { ru: new Set(), ky: new Set(), en: new Set() };
  const useCount = new Map<string, number>();
  const stories: PlannedStory[] = [];
  const rubricIndex = new Map(RUBRICS.map((r, i) => [r.key, i]));
  const imageCount = RUBRICS.length * DEMO_IMAGES_PER_RUBRIC;
  let inlineImage = 0;

  for (let d = DEMO_DAYS - 1; d >= 0; d--) {
    const day = addDays(today, -d);
    const { start } = dayRange(tz, day);
    const count = d === 0 ? Math.round(perDay * 0.75) : perDay + rnd.int(-3, 3);
    for (let k = 0; k < count; k++) {
      let publishedAt = timeInDay(rnd, start);
      if (d === 0) {
        // Today only holds what has already happened; stories are squeezed before "now".
        const span = now - start - 10 * MINUTE;
        if (span < 30 * MINUTE) continue;
        const from = Math.min(start + 7 * HOUR, now - 20 * MINUTE);
        publishedAt = from + Math.floor(rnd.next() * (now - 5 * MINUTE - from));
      }
      const langs = pickLanguages(rnd);
      const story = planStory(rnd, templates, langs, publishedAt, usedHeadlines, useCount);
      if (!story) continue;
      const rIdx = rubricIndex.get(story.rubricKey as never) ?? 0;
      story.coverImage = rnd.chance(0.88) ? rIdx * DEMO_IMAGES_PER_RUBRIC + rnd.int(0, DEMO_IMAGES_PER_RUBRIC - 1) : null;
      stories.push(story);
    }
  }
  // Inline body images point at demo pictures in turn.
  for (const s of stories) {
    for (const a of s.articles) {
      for (const b of a.body.content) {
        if (b.type === 'image') {
          const idx = (inlineImage++ * 7) % imageCount;
          b.attrs.src = `/media/demo/cover-${String(idx).padStart(2, '0')}-960.jpg`;
        }
      }
    }
  }
  markFlags(stories, now);
  addUnpublished(rnd, stories, templates, now, usedHeadlines, useCount);
  return { stories, imageCount };
}

function planStory(
  rnd: Random,
  templates: StoryTemplate[],
  langs: Lang[],
  publishedAt: number,
  used: Record<Lang, Set<string>>,
  useCount: Map<string, number>,
): PlannedStory | null {
  // Prefer templates used least, so the three weeks read varied.
  for (let attempt = 0; attempt < 40; attempt++) {
    const minUse = Math.min(...templates.map((t) => useCount.get(t.key) ?? 0));
    const fresh = templates.filter((t) => (useCount.get(t.key) ?? 0) <= minUse + (attempt > 20 ? 3 : 0));
    const tpl = rnd.pick(fresh);
    const values: SlotValues = {
      place: tpl.places?.length ? rnd.pick(tpl.places) : undefined,
      numbers: (tpl.numbers ?? []).map(([min, max]) => roundNice(rnd, min, max)),
    };
    const headlines = langs.map((l) => plain(fillSlots(tpl.text[l].headline, l, values)));
    if (headlines.some((hl, i) => used[langs[i]].has(hl))) continue;
    headlines.forEach((hl, i) => used[langs[i]].add(hl));
    useCount.set(tpl.key, (useCount.get(tpl.key) ?? 0) + 1);
    const authorPool = AUTHORS.map((a) => a.slug);
    const author = rnd.pick(authorPool);
    const second = rnd.chance(0.12) ? rnd.pick(authorPool.filter((a) => a !== author)) : null;
    const rubric = RUBRICS.find((r) => r.key === tpl.rubric)!;
    const articles = langs.map((lang, i): PlannedArticle => {
      const text = tpl.text[lang];
      const headline = headlines[i];
      // Translations follow the original by 20–90 minutes and are read less.
      const at = publishedAt + (i === 0 ? 0 : rnd.int(20, 90) * MINUTE);
      const place: PlaceKey = values.place ?? 'bishkek';
      return {
        lang,
        slug: slugify(headline),
        headline,
        lead: plain(fillSlots(text.lead, lang, values)),
        body: { type: 'doc', content: toBlocks(text.body, lang, values, () => ({ src: '/media/demo/cover-00-960.jpg', width: 960, height: 540, credit: 'Newsdesk' })) },
        datelinePlace: PLACES[place].dateline[lang],
        sourceName: tpl.source ? SOURCES[tpl.source].name[lang] : null,
        status: 'published',
        publishedAt: at,
        isBreaking: false,
        isPinned: false,
        viewCount: 0,
        authorSlugs: second ? [author, second] : [author],
        coverCaption: CAPTION[lang],
        coverAlt: COVER_ALT[lang](rubric.name[lang]),
      };
    });
    return { templateKey: tpl.key, rubricKey: tpl.rubric, tags: tpl.tags, coverImage: null, createdAt: publishedAt - rnd.int(30, 240) * MINUTE, articles };
  }
  return null;
}

/** Numbers that look like reported figures: 1 370 rather than 1 373 when they are large. */
function roundNice(rnd: Random, min: number, max: number): number {
  const n = rnd.int(min, max);
  if (n >= 10_000) return Math.round(n / 100) * 100;
  if (n >= 1_000) return Math.round(n / 10) * 10;
  return n;
}

/** View counts, the pinned top story and breaking items. */
function markFlags(stories: PlannedStory[], now: number): void {
  for (const [i, s] of stories.entries()) {
    for (const a of s.articles) {
      const ageHours = Math.max(1, (now - (a.publishedAt ?? now)) / HOUR);
      // Readers come in the first two days; a few stories take off. Deterministic from position.
      const appeal = 1 + ((i * 2654435761) % 97) / 12;
      const base = a.lang === 'ru' ? 420 : a.lang === 'ky' ? 160 : 110;
      a.viewCount = Math.round(base * appeal * Math.min(1, Math.log10(1 + ageHours) / 1.5) + ((i * 31) % 53));
    }
  }
  for (const lang of ['ru', 'ky', 'en'] as Lang[]) {
    const published = stories
      .flatMap((s) => s.articles.map((a) => ({ s, a })))
      .filter(({ a }) => a.lang === lang && a.status === 'published')
      .sort((x, y) => (y.a.publishedAt ?? 0) - (x.a.publishedAt ?? 0));
    // Pinned: the newest politics story (else economy); breaking: the newest urgent incident
    // (earthquake, mudflow, fire), plus an older one.
    const pin = published.find(({ s }) => s.rubricKey === 'politics') ?? published.find(({ s }) => s.rubricKey === 'economy');
    if (pin) {
      pin.a.isPinned = true;
      // The top story leads the home page with its picture.
      if (pin.s.coverImage == null) pin.s.coverImage = (RUBRICS.findIndex((r) => r.key === pin.s.rubricKey) * DEMO_IMAGES_PER_RUBRIC) % (RUBRICS.length * DEMO_IMAGES_PER_RUBRIC);
    }
    const urgent: TagKey[] = ['earthquake', 'mudflow', 'fire'];
    const incidents = published.filter(({ s }) => s.rubricKey === 'incidents' && s.tags.some((t) => urgent.includes(t)));
    if (incidents[0]) {
      incidents[0].a.isBreaking = true;
      // Breaking news is fresh: the demo's newest urgent incident happened within the hour.
      if ((incidents[0].a.publishedAt ?? 0) < now - 12 * HOUR) incidents[0].a.publishedAt = now - 47 * MINUTE;
    }
    if (incidents[5]) incidents[5].a.isBreaking = true;
  }
}

/** A few drafts and scheduled stories, which the public site must never show. */
function addUnpublished(rnd: Random, stories: PlannedStory[], templates: StoryTemplate[], now: number, used: Record<Lang, Set<string>>, useCount: Map<string, number>): void {
  const specs: Array<{ lang: Lang; status: 'draft' | 'scheduled'; at: number | null }> = [
    { lang: 'ru', status: 'draft', at: null },
    { lang: 'ky', status: 'draft', at: null },
    { lang: 'en', status: 'draft', at: null },
    { lang: 'ru', status: 'scheduled', at: now + 3 * HOUR },
    { lang: 'en', status: 'scheduled', at: now + 26 * HOUR },
  ];
  for (const spec of specs) {
    const story = planStory(rnd, templates, [spec.lang], spec.at ?? now, used, useCount);
    if (!story) continue;
    for (const a of story.articles) {
      a.status = spec.status;
      a.publishedAt = spec.at;
      a.viewCount = 0;
    }
    story.createdAt = now - 2 * HOUR;
    stories.push(story);
  }
}
