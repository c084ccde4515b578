import { describe, expect, it } from 'vitest';
import type { InitiativeProfile } from '../../schema/index.ts';
import { recordFeatures } from '../features/record-features.ts';
import { sourceRecord } from '../testing/index.ts';
import { compareRecords } from './compare.ts';
import { createScorer } from './model.ts';

let counter = 0;
function features(profile: InitiativeProfile, source = `s${++counter}`) {
  return recordFeatures(sourceRecord({ key: `${source}:1`, profile }));
}
const utrecht = { locality: 'Utrecht', country: 'NL' as const, lat: 52.09, lon: 5.12 };
const zwolle = { locality: 'Zwolle', country: 'NL' as const, lat: 52.51, lon: 6.09 };

function nameLevel(a: string, b: string): string {
  return compareRecords(features({ name: a }), features({ name: b })).levels.name;
}

describe('the match model', () => {
  it('sees names equal despite legal-form words, diacritics and word order', () => {
    expect(nameLevel('Stichting Buurtmoestuin De Groene Vingers', 'Buurtmoestuin de Groene Vingers')).toBe(
      'exact',
    );
    expect(nameLevel('Repair Café Zwolle', 'REPAIR CAFE ZWOLLE')).toBe('exact');
    expect(nameLevel('De Groene Vingers Buurtmoestuin', 'Buurtmoestuin De Groene Vingers')).toBe('exact');
    expect(nameLevel('Tafel Essen e.V.', 'Tafel Essen')).toBe('exact');
  });

  it('sees typos and other word breaks as a typo, not as another name', () => {
    expect(nameLevel('Buurtmoestiun De Groene Vingers', 'Buurtmoestuin De Groene Vingers')).toBe('typo');
    expect(nameLevel('Buurt Moestuin De Groene Vingers', 'Buurtmoestuin De Groene Vingers')).toBe('typo');
  });

  it('recognises an acronym for the name it abbreviates', () => {
    expect(nameLevel('KiNL', 'Kracht in Nederland')).toBe('acronym');
    expect(nameLevel('KiNL', 'Kracht in NL')).toBe('acronym');
  });

  it('tells a name apart from a neighbour one word off', () => {
    expect(nameLevel('Buurthuis De Ster', 'Speeltuin De Ster')).not.toMatch(/exact|typo/);
  });

  it('leaves place names out of the name and lets the place comparison decide', () => {
    const a = features({ name: 'Voedselbank Utrecht', location: utrecht });
    const b = features({ name: 'Voedselbank', location: zwolle });
    const { levels } = compareRecords(a, b);
    expect(levels).toMatchObject({ name: 'exact', place: 'far' });
    expect(createScorer().weight(a, b)).toBeLessThan(createScorer().model.threshold);
  });

  it('links the same initiative written differently on two platforms', () => {
    const scorer = createScorer();
    const a = features({
      name: 'Stichting De Groene Vingers',
      website: 'https://www.groenevingers.nl',
      location: utrecht,
    });
    const b = features({ name: 'De Groene Vingers', website: 'http://groenevingers.nl/', location: utrecht });
    expect(scorer.score(a, b).probability).toBeGreaterThan(0.99);
  });

  it('takes a conflicting KvK number as strong evidence against a match', () => {
    const scorer = createScorer();
    const base = { name: 'Buurthuis De Linde', location: utrecht };
    const a = features({ ...base, identifiers: [{ scheme: 'NL-KVK', id: '12345678' }] });
    const b = features({ ...base, identifiers: [{ scheme: 'NL-KVK', id: '87654321' }] });
    const c = features({ ...base, identifiers: [{ scheme: 'NL-KVK', id: '1234 5678' }] });
    const conflict = scorer.score(a, b);
    expect(conflict.comparison.levels.identifier).toBe('conflict');
    expect(conflict.contributions.identifier).toBeLessThan(-4);
    expect(scorer.score(a, c).comparison.levels.identifier).toBe('shared');
    expect(scorer.score(a, c).weight).toBeGreaterThan(conflict.weight + 8);
  });

  it('weighs places by distance', () => {
    const near = compareRecords(
      features({ name: 'X', location: utrecht }),
      features({ name: 'X', location: { ...utrecht, lat: 52.091 } }),
    );
    const far = compareRecords(
      features({ name: 'X', location: utrecht }),
      features({ name: 'X', location: zwolle }),
    );
    expect(near.levels.place).toBe('close');
    expect(far.levels.place).toBe('far');
    expect(far.values.distanceKm).toBeGreaterThan(80);
  });

  it('scores symmetrically and skips the names only below the floor', () => {
    const scorer = createScorer();
    const a = features({ name: 'Buurthuis De Linde', location: utrecht });
    const b = features({ name: 'Buurthuis De Linde', location: zwolle });
    expect(scorer.weight(a, b)).toBe(scorer.weight(b, a));
    expect(scorer.weight(a, b, scorer.model.threshold)).toBeLessThan(scorer.model.threshold);
    expect(scorer.weight(a, b)).toBe(scorer.score(a, b).weight);
  });
});
