import { describe, expect, it } from 'vitest';
import { sourceRecord } from '../testing/index.ts';
import { MergePolicy } from './merge-policy.ts';
import { mergeProfiles } from './merge-profile.ts';

const directory = sourceRecord({
  key: 'directory:1',
  harvestedAt: '2025-01-01T00:00:00Z',
  profile: {
    name: 'Stichting De Groene Vingers',
    description: 'Een buurtmoestuin.',
    website: 'https://groenevingers.nl',
    themes: ['green-nature'],
    identifiers: [{ scheme: 'NL-KVK', id: '12345678' }],
  },
});
const crowdfunding = sourceRecord({
  key: 'crowdfunding:9',
  kind: 'campaign',
  harvestedAt: '2026-01-01T00:00:00Z',
  profile: {
    name: 'De Groene Vingers',
    description: 'Een buurtmoestuin in Utrecht waar bewoners samen groente kweken en oogsten.',
    website: 'https://www.groenevingers.nl/tuin',
    themes: ['food', 'green-nature'],
    location: { locality: 'Utrecht', country: 'NL' },
  },
});

describe('mergeProfiles', () => {
  it('takes single values from the record the policy ranks first, and says which record gave each', () => {
    const { profile, provenance } = mergeProfiles([crowdfunding, directory]);
    // By default a directory profile outranks a campaign, and a description is better long.
    expect(profile.name).toBe('Stichting De Groene Vingers');
    expect(profile.website).toBe('https://groenevingers.nl');
    expect(profile.description).toMatch(/samen groente/);
    expect(profile.location?.locality).toBe('Utrecht');
    const from = (field: string) =>
      provenance.filter((item) => item.field === field).map((item) => item.recordKey);
    expect(from('website')).toEqual(['directory:1']);
    expect(from('description')).toEqual(['crowdfunding:9']);
    expect(from('location')).toEqual(['crowdfunding:9']);
    expect(provenance.find((item) => item.field === 'name')).toMatchObject({
      source: 'directory',
      harvestedAt: '2025-01-01T00:00:00Z',
    });
  });

  it('lets configured source priority win', () => {
    const policy = MergePolicy.parse({ sourcePriority: ['crowdfunding'] });
    const { profile } = mergeProfiles([directory, crowdfunding], policy);
    expect(profile.name).toBe('De Groene Vingers');
    expect(profile.website).toBe('https://www.groenevingers.nl/tuin');
  });

  it('prefers the most recent value when the policy ranks by recency first', () => {
    const policy = MergePolicy.parse({ rank: ['recency'], fields: {} });
    expect(mergeProfiles([directory, crowdfunding], policy).profile.website).toBe(
      'https://www.groenevingers.nl/tuin',
    );
  });

  it('unites list fields without duplicates, and keeps the other names as alternate names', () => {
    const { profile, provenance } = mergeProfiles([directory, crowdfunding]);
    expect(profile.themes).toEqual(['green-nature', 'food']);
    expect(profile.alternateNames).toEqual(['De Groene Vingers']);
    expect(profile.identifiers).toEqual([{ scheme: 'NL-KVK', id: '12345678' }]);
    expect(provenance.filter((item) => item.field === 'themes').map((item) => item.recordKey)).toEqual([
      'directory:1',
      'crowdfunding:9',
    ]);
  });
});
