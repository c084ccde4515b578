import { describe, expect, it } from 'vitest';
import { contentHash } from '../content-hash.ts';
import { SourceRecord } from './source-record.ts';

const campaign = {
  key: 'betterplace:12345',
  source: 'betterplace',
  sourceId: '12345',
  kind: 'campaign',
  url: 'https://www.betterplace.org/de/projects/12345',
  harvestedAt: '2026-11-20T03:00:00Z',
  sourceUpdatedAt: '2026-11-18T12:00:00+01:00',
  contentHash: `sha256:${'a'.repeat(64)}`,
  initiative: {
    name: 'Tafel Leipzig e.V.',
    legalForm: 'vereniging',
    themes: ['poverty', 'food'],
    location: { locality: 'Leipzig', country: 'DE', lat: 51.34, lon: 12.37 },
  },
  campaign: {
    title: 'Ein Kühlwagen für die Tafel',
    goal: { minor: 2_500_000, currency: 'EUR' },
    raised: { minor: 1_250_000, currency: 'EUR' },
    backers: 212,
    startsOn: '2025-03-01',
    status: 'open',
  },
} as const;

describe('SourceRecord', () => {
  it('accepts a campaign record in the MODEL.md shape', () => {
    expect(SourceRecord.parse(campaign).kind).toBe('campaign');
  });

  it('requires the payload that its kind names', () => {
    const { campaign: _, ...withoutPayload } = campaign;
    const result = SourceRecord.safeParse(withoutPayload);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('campaign');
  });

  it('refuses money in floats and unknown currencies, naming the path', () => {
    const result = SourceRecord.safeParse({
      ...campaign,
      campaign: { ...campaign.campaign, goal: { minor: 25.5, currency: 'euro' } },
    });
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['campaign.goal.minor', 'campaign.goal.currency']));
  });

  it('refuses a key that is not "<source>:<sourceId>"', () => {
    const result = SourceRecord.safeParse({ ...campaign, key: 'betterplace-12345' });
    expect(result.error?.issues[0]?.path).toEqual(['key']);
  });

  it('refuses theme codes outside the taxonomy', () => {
    const result = SourceRecord.safeParse({
      ...campaign,
      initiative: { ...campaign.initiative, themes: ['wellness'] },
    });
    expect(result.error?.issues[0]?.path).toEqual(['initiative', 'themes', 0]);
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, item]) => [key, reverseKeys(item)]),
    );
  }
  return value;
}

describe('contentHash', () => {
  it('ignores harvest times and key order but not content', () => {
    const a = contentHash(SourceRecord.parse(campaign));
    const later = contentHash(SourceRecord.parse({ ...campaign, harvestedAt: '2026-11-21T03:00:00Z' }));
    const reordered = contentHash(SourceRecord.parse(reverseKeys(campaign)));
    const changed = contentHash(
      SourceRecord.parse({ ...campaign, campaign: { ...campaign.campaign, backers: 213 } }),
    );
    expect(later).toBe(a);
    expect(reordered).toBe(a);
    expect(changed).not.toBe(a);
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
