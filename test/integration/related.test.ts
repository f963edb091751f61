// Related stories end to end on crafted content in three languages: candidates from the database
// (tags, rubric, story threads, the search index), scoring, the stored list and the public page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateIds, CANDIDATE_BOUND, TAG_SCAN } from '../../src/audience/related/candidates.js';
import { RelatedEngine } from '../../src/audience/related/compute.js';
import { storedList } from '../../src/audience/related/list-store.js';
import { loadSubject } from '../../src/audience/related/subject.js';
import { articleSearchColumns } from '../../src/domain/search/index.js';
import { TEST_NOW } from '../support/constants.js';
import { testApp, type TestApp } from '../support/app.js';
import { kit, paragraphs, relatedIds, type Crafted } from './related-support.js';

type L = 'ru' | 'ky' | 'en';
const LANGS: L[] = ['ru', 'ky', 'en'];

// Per language: the subject, a stemmed / normalized text match, a story linked by the subject, one
// sharing a tag, one sharing the rubric, and one with nothing in common.
const TEXT: Record<L, Record<'s' | 'sLead' | 't' | 'tLead' | 'a' | 'b' | 'c' | 'd' | 'e', string>> = {
  ru: {
    s: 'Выборы мэра Зеленогорска назначили на октябрь',
    sLead: 'Горизбирком Зеленогорска утвердил календарь кампании.',
    t: 'Кандидаты на выборах мэра Зеленогорска подали документы',
    tLead: 'В горизбирком поступили заявления.',
    a: 'Мост через реку Чу откроют весной',
    b: 'Фермеры получили субсидии на семена',
    c: 'Школьники посадили сад у библиотеки',
    d: 'Хоккейный турнир завершился ничьей',
    e: 'Как проходила прошлая кампания',
  },
  ky: {
    s: 'Зеленогорскта жаңы мэрди шайлоо күзүндө өтөт',
    sLead: 'Шаардык шайлоо комиссиясы календарды бекитти.',
    // ҥ for ң: the same word once normalized
    t: 'Зеленогорскта жаҥы мэрди шайлоого талапкерлер катталды',
    tLead: 'Комиссияга арыздар түштү.',
    a: 'Чүй дарыясынын үстүндөгү көпүрө жазда ачылат',
    b: 'Дыйкандар үрөнгө субсидия алышты',
    c: 'Окуучулар китепкананын жанына бак отургузушту',
    d: 'Хоккей мелдеши тең чыгуу менен аяктады',
    e: 'Өткөн шайлоо кампаниясы кандай болду',
  },
  en: {
    s: 'Greenhill mayoral election set for October',
    sLead: 'The Greenhill commission approved the campaign calendar.',
    t: 'Candidates register for Greenhill mayoral elections',
    tLead: 'Applications reached the commission.',
    a: 'Bridge over the Chu river to open in spring',
    b: 'Farmers receive seed subsidies',
    c: 'Pupils plant a garden by the library',
    d: 'Hockey tournament ends in a draw',
    e: 'How the last campaign went',
  },
};

let t: TestApp;
let engine: RelatedEngine;
type Set_ = Record<'s' | 't' | 'a' | 'b' | 'c' | 'd' | 'e' | 'near' | 'far' | 'unpublished' | 'future' | 'draft', Crafted>;
const made = {} as Record<L, Set_>;

beforeAll(async () => {
  t = await testApp();
  engine = new RelatedEngine(t.store, t.config.baseUrl);
  const k = kit(t.store);
  const rubric = await k.rubric();
  const otherRubric = await k.rubric();
  const tag = await k.tag();
  const timeTag = await k.tag();
  // Stories with a version in each language: A (linked from S), S, E (links to S's Kyrgyz version).
  const story = async () => (await t.store.db.insertInto('stories').values({ created_at: TEST_NOW }).returning('id').executeTakeFirstOrThrow()).id;
  const [aStory, sStory, eStory] = [await story(), await story(), await story()];
  for (const lang of LANGS) {
    const x = TEXT[lang];
    const a = await k.article({ lang, headline: x.a, rubricId: otherRubric, storyId: aStory, hoursAgo: 30 });
    // Only the Russian version links to A: the link counts for the whole story.
    const body = lang === 'ru' ? paragraphs('Ранее мы сообщали: ', { text: 'мост', href: `/ru/${a.id}-${a.slug}/` }) : paragraphs(x.sLead);
    const s = await k.article({ lang, headline: x.s, lead: x.sLead, body, rubricId: rubric, tags: [tag, timeTag], storyId: sStory, hoursAgo: 2 });
    made[lang] = { a, s } as Set_;
  }
  for (const lang of LANGS) {
    const x = TEXT[lang];
    const m = made[lang];
    // E's Russian version links to S's Kyrgyz version, absolute and by the short address.
    const eBody = lang === 'ru' ? paragraphs({ text: 'выборы', href: `http://news.test/ky/${made.ky.s.id}/` }) : paragraphs('…');
    m.e = await k.article({ lang, headline: x.e, body: eBody, rubricId: otherRubric, storyId: eStory, hoursAgo: 20 });
    m.t = await k.article({ lang, headline: x.t, lead: x.tLead, rubricId: otherRubric, hoursAgo: 3 });
    m.b = await k.article({ lang, headline: x.b, rubricId: otherRubric, tags: [tag], hoursAgo: 3 });
    m.c = await k.article({ lang, headline: x.c, rubricId: rubric, hoursAgo: 3 });
    m.d = await k.article({ lang, headline: x.d, rubricId: otherRubric, hoursAgo: 3 });
    m.near = await k.article({ lang, headline: `${x.d} 2`, rubricId: otherRubric, tags: [timeTag], hoursAgo: 5 });
    m.far = await k.article({ lang, headline: `${x.d} 3`, rubricId: otherRubric, tags: [timeTag], hoursAgo: 40 * 24 });
    // Sharing everything, but never to be shown.
    m.unpublished = await k.article({ lang, headline: x.s, lead: x.sLead, rubricId: rubric, tags: [tag], status: 'unpublished', hoursAgo: 3 });
    m.future = await k.article({ lang, headline: x.s, lead: x.sLead, rubricId: rubric, tags: [tag], hoursAgo: -5 });
    m.draft = await k.article({ lang, headline: x.s, lead: x.sLead, rubricId: rubric, tags: [tag], status: 'draft' });
  }
  for (const lang of LANGS) for (const a of Object.values(made[lang])) await engine.refreshLinks(a.id);
  for (const lang of LANGS) await engine.recompute(made[lang].s.id, TEST_NOW);
});
afterAll(() => t.close());

describe.each(LANGS)('related stories in %s', (lang) => {
  const list = async () => (await storedList(t.store, made[lang].s.id)).map((r) => r.relatedId);

  it('ranks a story-thread link above a shared tag above the same rubric, and leaves out what shares nothing', async () => {
    const m = made[lang];
    const ids = await list();
    for (const x of [m.a, m.b, m.c]) expect(ids, `#${x.id}`).toContain(x.id);
    expect(ids.indexOf(m.a.id)).toBeLessThan(ids.indexOf(m.b.id));
    expect(ids.indexOf(m.b.id)).toBeLessThan(ids.indexOf(m.c.id));
    expect(ids).not.toContain(m.d.id);
  });

  it('follows thread links at story level, both ways', async () => {
    const m = made[lang];
    const computed = (await engine.compute(m.s.id, TEST_NOW))!;
    const signals = (id: number) => computed.ranked.find((r) => r.id === id)?.signals;
    // Only the Russian S links to A, yet every language version of S has A's version as "it links to".
    expect(signals(m.a.id)?.thread).toBe('to');
    // Only the Russian E links (to the Kyrgyz S), yet every version of S lists E's version as "links to it".
    expect(signals(m.e.id)?.thread).toBe('from');
    expect((await list()).slice(0, 2).sort()).toEqual([m.a.id, m.e.id].sort());
  });

  it('finds a similar headline through the search index with stemming (ru, en) or normalization (ky)', async () => {
    const m = made[lang];
    // T shares no tag and no rubric: only the text search brings it.
    const s = (await loadSubject(t.store, m.s.id))!;
    expect(await candidateIds(t.store, s, TEST_NOW)).toContain(m.t.id);
    const computed = (await engine.compute(m.s.id, TEST_NOW))!;
    const tScore = computed.ranked.find((r) => r.id === m.t.id)!;
    expect(tScore.signals.text).toBeGreaterThan(0.2);
    expect(tScore.signals.sharedTags).toBe(0);
    expect(await list()).toContain(m.t.id);
  });

  it('prefers the closer in time among otherwise equal stories', async () => {
    const ids = await list();
    const m = made[lang];
    expect(ids).toContain(m.near.id);
    expect(ids).toContain(m.far.id);
    expect(ids.indexOf(m.near.id)).toBeLessThan(ids.indexOf(m.far.id));
    // The same signals (one shared tag), a lower score for the one 40 days away.
    const scores = await storedList(t.store, m.s.id);
    const score = (id: number) => scores.find((r) => r.relatedId === id)!.score;
    expect(score(m.far.id)).toBeLessThan(score(m.near.id) * 0.7);
  });

  it('never lists the article itself, its translations, unpublished, draft or future articles', async () => {
    const m = made[lang];
    const ids = await list();
    const sameStory = (await t.store.db.selectFrom('articles').where('story_id', '=', m.s.storyId).select('id').execute()).map((r) => r.id);
    for (const id of [...sameStory, m.unpublished.id, m.future.id, m.draft.id]) expect(ids).not.toContain(id);
    const rows = await t.store.db.selectFrom('articles').where('id', 'in', ids).select(['lang', 'status', 'published_at']).execute();
    expect(rows.every((r) => r.lang === lang && r.status === 'published' && Number(r.published_at) <= TEST_NOW)).toBe(true);
  });
});

describe('the public page', () => {
  it('shows the stored list with the editors’ overrides: pinned first in their order, removed never', async () => {
    const m = made.en;
    const stored = (await storedList(t.store, m.s.id)).map((r) => r.relatedId);
    const [first, second] = stored;
    const pinA = m.d.id; // shares nothing: only a pin brings it
    const pinB = stored[4];
    await t.store.db
      .insertInto('related_overrides')
      .values([
        { article_id: m.s.id, related_id: pinA, kind: 'pinned', position: 1, created_by: null, created_at: TEST_NOW },
        { article_id: m.s.id, related_id: pinB, kind: 'pinned', position: 0, created_by: null, created_at: TEST_NOW },
        { article_id: m.s.id, related_id: first, kind: 'removed', position: 0, created_by: null, created_at: TEST_NOW },
      ])
      .execute();
    await t.app.contentChanged({ kind: 'article', articleId: m.s.id, storyId: m.s.storyId });
    const res = await t.app.inject(`/en/${m.s.id}-${m.s.slug}/`);
    expect(res.statusCode).toBe(200);
    const ids = relatedIds(res.body);
    expect(ids.slice(0, 3)).toEqual([pinB, pinA, second]);
    expect(ids).not.toContain(first);
    expect(ids.length).toBeLessThanOrEqual(10);
  });

  it('drops a target unpublished after the list was computed, without a recompute', async () => {
    const m = made.ru;
    const before = relatedIds((await t.app.inject(`/ru/${m.s.id}-${m.s.slug}/`)).body);
    expect(before).toContain(m.c.id);
    await t.store.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', m.c.id).execute();
    // The reader side alone (no change announced for S): the page query filters the target out.
    await t.storeChanged();
    const after = relatedIds((await t.app.inject(`/ru/${m.s.id}-${m.s.slug}/`)).body);
    expect(after).not.toContain(m.c.id);
    expect((await storedList(t.store, m.s.id)).map((r) => r.relatedId)).toContain(m.c.id);
    await t.store.db.updateTable('articles').set({ status: 'published' }).where('id', '=', m.c.id).execute();
  });

  it('computes a missing list once, on the first view, and not again', async () => {
    const m = made.ky;
    await t.store.db.deleteFrom('related_articles').where('article_id', '=', m.b.id).execute();
    await t.storeChanged();
    const first = await t.app.inject(`/ky/${m.b.id}-${m.b.slug}/`);
    expect(first.statusCode).toBe(200);
    const stored = await storedList(t.store, m.b.id);
    expect(stored.length).toBeGreaterThan(0);
    expect(relatedIds(first.body)).toEqual(stored.map((r) => r.relatedId).slice(0, 10));
    // Rows written behind the app's back would be overwritten by a recompute: they stay.
    await t.store.db.updateTable('related_articles').set({ score: -1 }).where('article_id', '=', m.b.id).execute();
    await t.storeChanged();
    await t.app.inject(`/ky/${m.b.id}-${m.b.slug}/`);
    expect((await storedList(t.store, m.b.id)).every((r) => r.score === -1)).toBe(true);
  });
});

describe('a new article in older lists', () => {
  it('takes its place in the stored lists of its best matches when published, and their cached pages show it', async () => {
    const k = kit(t.store);
    const tag = await k.tag();
    const old = await k.article({ lang: 'en', headline: 'Karabalta reservoir dam repairs begin', lead: 'Engineers inspect the Karabalta dam.', tags: [tag], hoursAgo: 72 });
    const unrelated = await k.article({ lang: 'en', headline: 'Karabalta reservoir fishing season opens', tags: [tag], hoursAgo: 70 });
    await engine.recompute(old.id, TEST_NOW);
    const before = await t.app.inject(`/en/${old.id}-${old.slug}/`);
    expect(relatedIds(before.body)).toContain(unrelated.id);
    // the follow-up: same tag, a similar headline, published now
    const followUp = await k.article({ lang: 'en', headline: 'Karabalta reservoir dam repairs finished', lead: 'Engineers completed the Karabalta dam works.', tags: [tag], hoursAgo: 1 });
    await t.app.contentChanged({ kind: 'article', articleId: followUp.id, storyId: followUp.storyId });
    const stored = (await storedList(t.store, old.id)).map((r) => r.relatedId);
    expect(stored[0]).toBe(followUp.id);
    expect(stored).toContain(unrelated.id);
    const after = await t.app.inject(`/en/${old.id}-${old.slug}/`);
    expect(relatedIds(after.body)[0]).toBe(followUp.id);
    // published again after an edit: still listed once
    await t.app.contentChanged({ kind: 'article', articleId: followUp.id, storyId: followUp.storyId });
    expect((await storedList(t.store, old.id)).filter((r) => r.relatedId === followUp.id)).toHaveLength(1);
  });
});

describe('candidate generation', () => {
  it('reads a bounded number of candidates with a fixed number of queries, however large a tag grows', async () => {
    const k = kit(t.store);
    const tag = await k.tag();
    let queries = 0;
    const counted = {
      ...t.store,
      db: t.store.db.withPlugin({ transformQuery: (a) => (queries++, a.node), transformResult: async (a) => a.result }),
    };
    const countFor = async (id: number) => {
      queries = 0;
      const s = (await loadSubject(counted, id))!;
      const ids = await candidateIds(counted, s, TEST_NOW);
      return { ids, queries };
    };
    const small = await k.article({ lang: 'ru', headline: 'Проверка границы первая', tags: [tag], hoursAgo: 1 });
    const smallRun = await countFor(small.id);
    // 700 more articles with the tag: the tag index is read up to TAG_SCAN entries either side.
    const filler = Array.from({ length: 700 }, (_, i) => i);
    const storyIds: number[] = [];
    for (let i = 0; i < filler.length; i += 100) {
      const rows = await t.store.db.insertInto('stories').values(filler.slice(i, i + 100).map(() => ({ created_at: TEST_NOW }))).returning('id').execute();
      storyIds.push(...rows.map((r) => r.id));
    }
    for (let i = 0; i < filler.length; i += 100) {
      const rows = await t.store.db
        .insertInto('articles')
        .values(
          filler.slice(i, i + 100).map((n) => {
            const headline = `Запись ${n}`;
            return {
              story_id: storyIds[n], lang: 'ru', slug: `fill-${n}`, headline, lead: '', body: '{"type":"doc","content":[]}',
              ...articleSearchColumns({ lang: 'ru', headline, lead: '', body: '{"type":"doc","content":[]}' }),
              dateline_place: null, source_name: null, source_url: null, rubric_id: null, cover_image_id: null, cover_caption: null, cover_alt: null,
              status: 'published' as const, is_breaking: 0, is_pinned: 0, view_count: 0, published_at: TEST_NOW - 7_200_000, updated_at: TEST_NOW, created_at: TEST_NOW,
            };
          }),
        )
        .returning('id')
        .execute();
      await t.store.db.insertInto('article_tags').values(rows.map((r) => ({ article_id: r.id, tag_id: tag, position: 0 }))).execute();
    }
    const big = await k.article({ lang: 'ru', headline: 'Проверка границы вторая', tags: [tag], hoursAgo: 1 });
    const bigRun = await countFor(big.id);
    expect(bigRun.queries).toBe(smallRun.queries);
    expect(bigRun.ids.length).toBeLessThanOrEqual(TAG_SCAN + 100);
    expect(bigRun.ids.length).toBeGreaterThanOrEqual(TAG_SCAN);
    expect(bigRun.ids.length).toBeLessThanOrEqual(CANDIDATE_BOUND);
  });
});
