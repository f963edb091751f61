// Headline + lead similarity on the search index forms, in the three languages.
import { describe, expect, it } from 'vitest';
import { distinctiveTerms, similarity, termVector } from '../../src/domain/related/index.js';

const sim = (lang: 'ru' | 'ky' | 'en', a: string, b: string) => similarity(termVector(a, '', lang), termVector(b, '', lang));

describe('text similarity', () => {
  it('matches word forms through Russian stemming: «выборы» and «выборах»', () => {
    const v = termVector('Выборы в парламент', '', 'ru');
    expect(termVector('О выборах в парламент', '', 'ru').has([...v.keys()][0])).toBe(true);
    expect(sim('ru', 'Выборы в парламент назначены', 'Подготовка к выборам в парламент')).toBeGreaterThan(0.5);
    expect(sim('ru', 'Выборы в парламент назначены', 'Урожай пшеницы вырос')).toBe(0);
  });

  it('matches word forms through English stemming: election and elections', () => {
    expect(sim('en', 'Mayoral election set', 'Candidates for mayoral elections')).toBeGreaterThan(0.5);
    expect(sim('en', 'Mayoral election set', 'Wheat harvest grows')).toBe(0);
  });

  it('matches Kyrgyz words written with letter variants (ҥ ѳ ұ) after normalization, without stemming', () => {
    expect(sim('ky', 'Жаңы көпүрө ачылды', 'Жаҥы кѳпүрө ачылды')).toBeCloseTo(1, 5);
    // Kyrgyz is not stemmed: a different case ending is a different word.
    expect(sim('ky', 'шайлоо', 'шайлоого')).toBe(0);
  });

  it('ignores stop words, short words and numbers, and weighs the headline twice the lead', () => {
    expect(sim('en', 'The 2024 plan of the city', 'The 2024 budget of the region')).toBe(0);
    expect(sim('ru', 'Это было в 2024 году', 'Это будет в 2024 году')).toBe(0);
    const v = termVector('Bridge opens', 'The bridge over the river', 'en');
    expect(v.get('bridg')).toBe(2);
    expect(v.get('river')).toBe(1);
    expect(v.has('the')).toBe(false);
  });

  it('asks the search index for headline words first, longer first, at most eight', () => {
    const v = termVector('Greenhill mayoral election set', 'The commission approved the campaign calendar, candidates, debates, ballots and observers.', 'en');
    const terms = distinctiveTerms(v);
    expect(terms).toHaveLength(8);
    expect(terms.slice(0, 3).sort()).toEqual(['elect', 'greenhil', 'mayor'].sort());
  });

});
