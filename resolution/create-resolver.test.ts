import { describe, expect, it } from 'vitest';
import { silentLogger } from '../lib/log.ts';
import { INDEXES, openStore } from '../store/index.ts';
import { createResolver } from './create-resolver.ts';
import { sourceRecord } from './testing/index.ts';

const utrecht = {
  locality: 'Utrecht',
  municipality: { code: 'GM0344', name: 'Utrecht' },
  country: 'NL',
};

describe('createResolver', () => {
  it('resolves the same initiative found on three platforms to one initiative', async () => {
    const store = await openStore({ backend: 'sqlite', path: ':memory:' });
    const resolver = createResolver({ store, log: silentLogger() });
    const records = [
      sourceRecord({
        key: 'directory:1',
        harvestedAt: '2025-01-01T00:00:00Z',
        profile: {
          name: 'Stichting Buurtmoestuin De Groene Vingers',
          website: 'https://www.groenevingers.nl',
          identifiers: [{ scheme: 'NL-KVK', id: '12345678' }],
          location: utrecht,
        },
      }),
      sourceRecord({
        key: 'crowdfunding:77',
        kind: 'campaign',
        profile: {
          name: 'Buurtmoestuin de Groene Vingers',
          website: 'http://groenevingers.nl/',
          location: utrecht,
        },
      }),
      sourceRecord({
        key: 'volunteers:9',
        profile: {
          name: 'De Groene Vingers Buurtmoestuin',
          location: { locality: 'Utrecht', country: 'NL' },
        },
      }),
      sourceRecord({
        key: 'volunteers:10',
        profile: {
          name: 'Voedselbank Amersfoort',
          location: { locality: 'Amersfoort', country: 'NL' },
        },
      }),
    ];
    await store.putSourceRecords(records);
    const summary = await resolver.resolve(records);
    const id = summary.assignments.get('directory:1');
    expect(summary.assignments.get('crowdfunding:77')).toBe(id);
    expect(summary.assignments.get('volunteers:9')).toBe(id);
    expect(summary.assignments.get('volunteers:10')).not.toBe(id);
    const [initiative] = await store.getInitiatives([id!]);
    expect(initiative?.members).toEqual(['crowdfunding:77', 'directory:1', 'volunteers:9']);
    const members = await store.lookupIndex(INDEXES.members, [id!]);
    expect(members.get(id!)).toEqual(['crowdfunding:77', 'directory:1', 'volunteers:9']);
    await store.close();
  });
});
