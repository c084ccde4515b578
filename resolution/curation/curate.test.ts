import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../lib/log.ts';
import type { InitiativeProfile, SourceRecord } from '../../schema/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { resolveAllInStore } from '../batch/index.ts';
import { createResolver } from '../create-resolver.ts';
import { initiativeId } from '../identity/initiative-id.ts';
import { defaultModel } from '../scoring/model.ts';
import { assignmentsIn, sourceRecord } from '../testing/index.ts';
import { CurationError, curateMerge, curateSplit } from './curate.ts';

const utrecht = { locality: 'Utrecht', country: 'NL' as const };
/** The trained model without the veto, so that the scenarios here depend on links alone. */
const model = { ...defaultModel(), veto: -1000 };

function record(key: string, harvestedAt: string, profile: InitiativeProfile): SourceRecord {
  return sourceRecord({ key, harvestedAt, url: `https://${key.replace(':', '.example/')}`, profile });
}

const oldest = record('dir:1', '2025-01-01T00:00:00Z', { name: 'De Linde', location: utrecht });
const middle = record('fund:2', '2025-06-01T00:00:00Z', {
  name: 'Wijkhuis Kanaleneiland',
  location: utrecht,
});
const bridge = record('vol:3', '2025-09-01T00:00:00Z', {
  name: 'Buurthuis Noord',
  links: ['https://dir.example/1', 'https://fund.example/2'],
});

async function graph(): Promise<{ store: Store; resolve: (records: SourceRecord[]) => Promise<void> }> {
  const store = await openStore({ backend: 'sqlite', path: ':memory:' });
  const resolver = createResolver({ store, log: silentLogger(), model });
  return {
    store,
    resolve: async (records) => {
      await store.putSourceRecords(records);
      await resolver.resolve(records);
    },
  };
}

describe('stable initiative ids', () => {
  it('keep the older initiative’s id on a merge and turn the other into an alias that still resolves', async () => {
    const { store, resolve } = await graph();
    await resolve([oldest, middle]);
    const [first, second] = [initiativeId('dir:1'), initiativeId('fund:2')];
    expect(await assignmentsIn(store)).toEqual(
      new Map([
        ['dir:1', first],
        ['fund:2', second],
      ]),
    );
    await resolve([bridge]);
    const [merged] = await store.getInitiatives([first]);
    expect(merged?.members).toEqual(['dir:1', 'fund:2', 'vol:3']);
    expect(merged?.aliases).toEqual([second]);
    expect(await store.getInitiatives([second])).toEqual([undefined]);
    expect(await store.getAliases([second])).toEqual([first]);
    expect(merged?.matchEvidence.map((item) => item.decidedBy)).toEqual(['link', 'link']);
    expect(merged?.matchEvidence[0]).toMatchObject({
      rule: 'link',
      features: { 'weight.link': expect.any(Number) },
    });
    await store.close();
  });

  it('keep the id with the part holding the oldest record on a split', async () => {
    const id = initiativeId('dir:1');
    for (const off of [['fund:2'], ['dir:1']]) {
      const { store, resolve } = await graph();
      await resolve([oldest, middle, bridge]);
      const { kept, split } = await curateSplit(store, id, off);
      expect(kept).toBe(id);
      const holder = (await store.getInitiatives([id]))[0];
      expect(holder?.members).toContain('dir:1');
      expect(split).not.toBe(id);
      await store.close();
    }
  });

  it('pass the id on to the next oldest record when the oldest is removed, keeping the old one as an alias', async () => {
    const { store, resolve } = await graph();
    const resolver = createResolver({ store, log: silentLogger(), model });
    await resolve([oldest, middle, bridge]);
    await store.deleteSourceRecords(['dir:1']);
    await resolver.remove(['dir:1']);
    const successor = initiativeId('fund:2');
    expect(await assignmentsIn(store)).toEqual(
      new Map([
        ['fund:2', successor],
        ['vol:3', successor],
      ]),
    );
    expect(await store.getAliases([initiativeId('dir:1')])).toEqual([successor]);
    await store.close();
  });
});

describe('curated decisions', () => {
  it('merge initiatives the model keeps apart, even with conflicting KvK numbers, and survive a full re-resolution', async () => {
    const { store, resolve } = await graph();
    const a = record('dir:10', '2025-01-01T00:00:00Z', {
      name: 'Speeltuin De Eik',
      identifiers: [{ scheme: 'NL-KVK', id: '11111111' }],
      location: utrecht,
    });
    const b = record('fund:11', '2025-02-01T00:00:00Z', {
      name: 'Wijkvereniging Zuid',
      identifiers: [{ scheme: 'NL-KVK', id: '22222222' }],
      location: utrecht,
    });
    await resolve([a, b]);
    const id = await curateMerge(store, initiativeId('dir:10'), initiativeId('fund:11'), {
      log: silentLogger(),
    });
    expect(id).toBe(initiativeId('dir:10'));
    const [merged] = await store.getInitiatives([id]);
    expect(merged?.members).toEqual(['dir:10', 'fund:11']);
    expect(merged?.matchEvidence[0]).toMatchObject({ decidedBy: 'curated' });
    await resolveAllInStore({ store, log: silentLogger(), progress: false, model });
    expect(await assignmentsIn(store)).toEqual(
      new Map([
        ['dir:10', id],
        ['fund:11', id],
      ]),
    );
    await store.close();
  });

  it('split records off for good: new records and a full re-resolution keep them apart', async () => {
    const { store, resolve } = await graph();
    await resolve([oldest, middle, bridge]);
    const { kept, split } = await curateSplit(store, initiativeId('dir:1'), ['fund:2']);
    expect(kept).toBe(initiativeId('dir:1'));
    expect(split).toBe(initiativeId('fund:2'));
    const another = record('vol:4', '2026-01-01T00:00:00Z', {
      name: 'Buurthuis Noord',
      links: ['https://dir.example/1', 'https://fund.example/2'],
    });
    await resolve([another]);
    await resolveAllInStore({ store, log: silentLogger(), progress: false, model });
    const assignments = await assignmentsIn(store);
    expect(assignments.get('fund:2')).toBe(split);
    expect(assignments.get('dir:1')).toBe(kept);
    expect(assignments.get('vol:4')).not.toBe(undefined);
    await store.close();
  });

  it('refuse a split that names records outside the initiative or leaves nothing behind', async () => {
    const { store, resolve } = await graph();
    await resolve([oldest, middle, bridge]);
    const id = initiativeId('dir:1');
    await expect(curateSplit(store, id, ['nope:1'])).rejects.toBeInstanceOf(CurationError);
    await expect(curateSplit(store, id, ['dir:1', 'fund:2', 'vol:3'])).rejects.toThrow(/records to keep/);
    await store.close();
  });
});
