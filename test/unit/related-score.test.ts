// Scoring related stories on crafted cases in three languages: signal order, rarity, recency,
// eligibility, reasons, and the editors' overrides.
import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  rankRelated,
  reasonsOf,
  recency,
  tagRarity,
  termVector,
  type RelatedCandidate,
  type RelatedSubject,
} from '../../src/domain/related/index.js';

const NOW = Date.parse('2024-02-14T08:50:00Z');
const DAY = 86_400_000;
type L = 'ru' | 'ky' | 'en';

const TEXTS: Record<L, { s: string; similar: string; other: string }> = {
  ru: { s: 'Выборы мэра Зеленогорска назначили на октябрь', similar: 'Кандидаты на выборах мэра Зеленогорска', other: 'Урожай пшеницы вырос' },
  ky: { s: 'Зеленогорскта жаңы мэрди шайлоо өтөт', similar: 'Зеленогорскта жаҥы мэрди шайлоого талапкерлер', other: 'Буудай түшүмү өстү' },
  en: { s: 'Greenhill mayoral election set for October', similar: 'Candidates for Greenhill mayoral elections', other: 'Wheat harvest grows' },
};

function subject(lang: L, extra: Partial<RelatedSubject> = {}): RelatedSubject {
  return { id: 1, storyId: 1, lang, rubricId: 7, publishedAt: NOW - DAY, tagIds: [100, 200], terms: termVector(TEXTS[lang].s, '', lang), linksTo: new Set(), linkedFrom: new Set(), ...extra };
}

let nextId = 10;
function candidate(lang: L, extra: Partial<Omit<RelatedCandidate, 'terms'>> & { headline?: string } = {}): RelatedCandidate {
  const id = nextId++;
  const { headline, ...rest } = extra;
  return { id, storyId: id, lang, status: 'published', rubricId: 99, publishedAt: NOW - DAY, tagIds: [], terms: termVector(headline ?? TEXTS[lang].other, '', lang), ...rest };
}

const counts = new Map([
  [100, 5],
  [200, 5000],
]);

describe.each(['ru', 'ky', 'en'] as L[])('scoring in %s', (lang) => {
  it('puts a story-thread link (either way) above everything else, a shared tag or a similar headline above the same rubric', () => {
    const linkedTo = candidate(lang);
    const linkedFrom = candidate(lang);
    const tagged = candidate(lang, { tagIds: [100] });
    const similar = candidate(lang, { headline: TEXTS[lang].similar });
    const sameRubric = candidate(lang, { rubricId: 7 });
    const nothing = candidate(lang);
    const s = subject(lang, { linksTo: new Set([linkedTo.storyId]), linkedFrom: new Set([linkedFrom.storyId]) });
    // The strongest competitor of a thread link: everything else at once.
    const everything = candidate(lang, { tagIds: [100, 200], rubricId: 7, headline: TEXTS[lang].s });
    const ranked = rankRelated(s, [nothing, sameRubric, similar, tagged, everything, linkedFrom, linkedTo], counts, NOW, 10);
    const order = ranked.map((r) => r.id);
    expect(order.slice(0, 2).sort()).toEqual([linkedTo.id, linkedFrom.id].sort());
    expect(order[2]).toBe(everything.id);
    // A shared tag and a close headline both beat the rubric alone (which of the two wins depends on how close).
    expect(order.slice(3, 5).sort()).toEqual([tagged.id, similar.id].sort());
    expect(order[5]).toBe(sameRubric.id);
    expect(order).not.toContain(nothing.id);
    const why = (id: number) => reasonsOf(ranked.find((r) => r.id === id)!.signals);
    expect(why(linkedTo.id)).toEqual(['this article links to it']);
    expect(why(linkedFrom.id)).toEqual(['it links to this article']);
    expect(why(tagged.id)).toEqual(['1 shared tag']);
    expect(why(sameRubric.id)).toEqual(['same rubric']);
    expect(why(similar.id)[0]).toMatch(/^similar headline and lead \(\d+%\)$/);
    expect(why(everything.id).slice(0, 2)).toEqual(['2 shared tags', 'same rubric']);
  });

  it('weighs a rare tag above a common one', () => {
    const rare = candidate(lang, { tagIds: [100] });
    const common = candidate(lang, { tagIds: [200] });
    expect(rankRelated(subject(lang), [common, rare], counts, NOW, 10).map((r) => r.id)).toEqual([rare.id, common.id]);
  });

  it('prefers the closer in time, in either direction, but keeps a thread link on top whatever its age', () => {
    const near = candidate(lang, { tagIds: [100], publishedAt: NOW - 2 * DAY });
    const later = candidate(lang, { tagIds: [100], publishedAt: NOW - 0.5 * DAY });
    const far = candidate(lang, { tagIds: [100], publishedAt: NOW - 60 * DAY });
    const oldThread = candidate(lang, { publishedAt: NOW - 400 * DAY });
    const ranked = rankRelated(subject(lang, { linksTo: new Set([oldThread.storyId]) }), [far, near, later, oldThread], counts, NOW, 10);
    expect(ranked.map((r) => r.id)).toEqual([oldThread.id, later.id, near.id, far.id]);
    expect(ranked[3].score).toBeLessThan(ranked[1].score * 0.6);
  });

  it('never lists the article itself, its translations, other languages, unpublished or future articles', () => {
    const s = subject(lang);
    const all = { tagIds: [100, 200], rubricId: 7, headline: TEXTS[lang].s };
    const itself = { ...candidate(lang, all), id: s.id, storyId: s.storyId };
    const translation = { ...candidate(lang === 'ru' ? 'en' : 'ru', all), storyId: s.storyId };
    const sameStorySameLang = { ...candidate(lang, all), storyId: s.storyId };
    const otherLang = candidate(lang === 'en' ? 'ky' : 'en', all);
    const unpublished = candidate(lang, { ...all, status: 'unpublished' });
    const draft = candidate(lang, { ...all, status: 'draft', publishedAt: null });
    const future = candidate(lang, { ...all, publishedAt: NOW + 60_000 });
    const ok = candidate(lang, { tagIds: [200] });
    const ranked = rankRelated(s, [itself, translation, sameStorySameLang, otherLang, unpublished, draft, future, ok, ok], counts, NOW, 10);
    expect(ranked.map((r) => r.id)).toEqual([ok.id]);
  });

  it('keeps the best `limit`', () => {
    const many = Array.from({ length: 30 }, (_, i) => candidate(lang, { tagIds: [200], publishedAt: NOW - (i + 1) * DAY }));
    const ranked = rankRelated(subject(lang), many, counts, NOW, 20);
    expect(ranked).toHaveLength(20);
    expect(ranked.map((r) => r.id)).toEqual(many.slice(0, 20).map((c) => c.id));
  });
});

describe('scoring helpers', () => {
  it('rarity falls with the number of articles carrying a tag, and recency with the time apart', () => {
    expect(tagRarity(1)).toBeCloseTo(1, 5);
    expect(tagRarity(5)).toBeGreaterThan(tagRarity(5000) * 3);
    expect(tagRarity(1_000_000)).toBe(tagRarity(10_000));
    expect(recency(0)).toBe(1);
    expect(recency(14 * DAY)).toBeCloseTo(0.675, 3);
    expect(recency(-14 * DAY)).toBe(recency(14 * DAY));
    expect(recency(10_000 * DAY)).toBeCloseTo(0.35, 3);
  });
});

describe('editors’ overrides', () => {
  it('puts pins first in their order, drops removed ones, keeps ten, and hides what may not be shown', () => {
    const auto = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const o = [
      { relatedId: 50, kind: 'pinned' as const, position: 2 },
      { relatedId: 3, kind: 'pinned' as const, position: 0 },
      { relatedId: 1, kind: 'removed' as const, position: 0 },
      { relatedId: 60, kind: 'pinned' as const, position: 1 },
    ];
    expect(applyOverrides(auto, o)).toEqual([3, 60, 50, 2, 4, 5, 6, 7, 8, 9]);
    expect(applyOverrides(auto, o, (id) => id !== 60 && id !== 4)).toEqual([3, 50, 2, 5, 6, 7, 8, 9, 10, 11]);
    expect(applyOverrides([], [])).toEqual([]);
  });
});
