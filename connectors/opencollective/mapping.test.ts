import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceRecord } from '../../schema/index.ts';
import { OpenCollectiveConfig } from './config.ts';
import { mapAccount, moneyOf } from './mapping.ts';
import { OpenCollectiveAccount, OpenCollectiveAccounts } from './raw.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const page = OpenCollectiveAccounts.parse(JSON.parse(fixture('accounts-page.json')).data);
const nodes = page.accounts.nodes as Record<string, unknown>[];
const context = {
  source: 'opencollective',
  baseUrl: 'https://api.opencollective.com',
  config: OpenCollectiveConfig.parse({}),
  harvestedAt: '2026-11-20T05:41:00Z',
};
const mapAll = () => nodes.flatMap((raw) => mapAccount(OpenCollectiveAccount.parse(raw), context));

describe('mapAccount on the fixture page', () => {
  it('gives the expected records', () => {
    const expected = fixture('expected-records.jsonl')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(JSON.parse(JSON.stringify(mapAll()))).toEqual(expected);
  });

  it('produces valid canonical source records keyed by the public account id', () => {
    for (const record of mapAll()) {
      const result = SourceRecord.safeParse({ ...record, contentHash: `sha256:${'0'.repeat(64)}` });
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      expect(record.key).toBe(`opencollective:${record.sourceId}`);
    }
  });

  it('makes collectives and funds initiatives, and projects and events campaigns of their parent', () => {
    expect(mapAll().map((record) => [record.kind, record.initiative.name])).toEqual([
      ['initiative', 'Repair Café Oost'],
      ['campaign', 'Repair Café Oost'],
      ['campaign', 'Cowley Road Neighbours'],
      ['initiative', 'Detroit Community Fridges Fund'],
    ]);
  });

  it('drops a project of a private person, and keeps no trace of the name', () => {
    expect(JSON.stringify(mapAll())).not.toContain('Joost de Graaf');
    const parsed = OpenCollectiveAccount.parse({ ...nodes[1], isIncognito: true });
    expect(mapAccount(parsed, context)).toEqual([]);
  });

  it('splits the own website from social profiles, and adds the Open Collective page to the links', () => {
    const [collective, , , fund] = mapAll();
    expect(collective?.initiative).toMatchObject({
      website: 'https://repaircafe-oost.nl',
      links: [
        'https://www.facebook.com/repaircafeoost',
        'https://github.com/repaircafe-oost',
        'https://opencollective.com/repair-cafe-oost',
      ],
    });
    expect(fund?.initiative.website).toBeUndefined();
    expect(fund?.initiative.links).toContain('https://www.facebook.com/detroitfridges');
  });

  it('maps tags onto themes and keeps them, cleaned, as categories', () => {
    const [collective, , event] = mapAll();
    expect(collective?.initiative.categories).toEqual([
      'repair',
      'circular economy',
      'community',
      'amsterdam',
    ]);
    expect(collective?.initiative.themes).toContain('sustainability');
    expect(event?.initiative.themes).toEqual(['social-cohesion', 'poverty']);
  });

  it('reads amounts from valueInCents, the largest valid goal, and the campaign status', () => {
    const [collective, project, event] = mapAll();
    expect(collective?.initiative.needs).toEqual([
      { type: 'money', amount: { minor: 1_200_000, currency: 'EUR' }, description: 'Rent for our workshop' },
    ]);
    expect(project?.kind === 'campaign' && project.campaign).toMatchObject({
      goal: { minor: 60_000, currency: 'EUR' },
      raised: { minor: 62_500, currency: 'EUR' },
      backers: 31,
      status: 'funded',
    });
    expect(event?.kind === 'campaign' && event.campaign).toMatchObject({
      raised: { minor: 128_740, currency: 'GBP' },
      startsOn: '2026-07-11',
      endsOn: '2026-07-11',
      status: 'closed',
    });
  });

  it('reads the structured address and derives the Dutch municipality', () => {
    expect(mapAll()[0]?.initiative.location).toMatchObject({
      address: 'Linnaeusstraat 89',
      postcode: '1093 EK',
      municipality: { code: 'GM0363' },
    });
  });
});

describe('moneyOf', () => {
  it('scales valueInCents by the currency: yen have no cents', () => {
    expect(moneyOf({ value: 1500, currency: 'JPY', valueInCents: 150_000 })).toEqual({
      minor: 1500,
      currency: 'JPY',
    });
    expect(moneyOf({ value: 12.5, currency: 'eur', valueInCents: null })).toEqual({
      minor: 1250,
      currency: 'EUR',
    });
    expect(moneyOf({ value: 1, currency: null, valueInCents: 100 })).toBeUndefined();
  });
});

describe('the raw schema', () => {
  const collective = nodes[0]!;

  it('rejects an account without id, slug or name, naming the field', () => {
    const paths = (raw: unknown) =>
      OpenCollectiveAccount.safeParse(raw).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ ...collective, name: null })).toEqual(['name']);
    expect(paths({ ...collective, name: '  ' })).toEqual(['name']);
    expect(paths({ ...collective, slug: undefined })).toEqual(['slug']);
  });

  it('ignores malformed settings and goals instead of rejecting the account', () => {
    expect(OpenCollectiveAccount.parse({ ...collective, settings: 'weird' }).settings).toBeNull();
    const goals = OpenCollectiveAccount.parse(collective).settings?.goals;
    expect(goals).toEqual([
      { type: 'yearlyBudget', amount: 1_200_000, title: 'Rent for our workshop' },
      null,
    ]);
  });
});
