import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { awardDate } from './award-date.ts';
import { threeSixtyGiving } from './connector.ts';
import {
  create360GivingReplica,
  REPLICA_FUNDERS,
  REPLICA_PACKAGES,
  type ThreeSixtyGivingReplicaOptions,
} from './replica.ts';
import { FUNDERS, replicaGrants } from './replica-data.ts';

const world = generateWorld({ seed: 5, size: 3000 });
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const toOrganisations = (from: World) =>
  replicaGrants(from).filter((grant) => !('recipientIndividual' in grant.json));

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function harvest(
  options: Record<string, unknown>,
  settings: {
    replica?: ThreeSixtyGivingReplicaOptions;
    mode?: 'full' | 'incremental';
    from?: World;
    limit?: number;
  } = {},
) {
  store ??= await openMemoryStore();
  return harvestFromReplica({
    connector: threeSixtyGiving,
    handler: create360GivingReplica(settings.from ?? world, settings.replica),
    store,
    options: { pageSize: 10, grantsPerPage: 10, ...options },
    mode: settings.mode ?? 'full',
    limit: settings.limit,
  });
}

describe('harvesting 360Giving from its replica', () => {
  it('stores every grant to an organisation from the datastore, with the values it served', async () => {
    const { run, records } = await harvest({ funders: REPLICA_FUNDERS });
    const served = toOrganisations(world);
    expect(served.length).toBeGreaterThan(20);
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0, fetched: served.length });
    const byId = new Map(records.map((record) => [record.sourceId, record]));
    for (const { json, funder } of served) {
      const record = byId.get(String(json.id));
      const recipient = (json.recipientOrganization as { name: string }[])[0]!;
      expect(record?.kind).toBe('grant');
      if (record?.kind !== 'grant') continue;
      expect(record.initiative.name).toBe(recipient.name);
      expect(record.grant.amount).toEqual({
        minor: Math.round(Number(json.amountAwarded) * 100),
        currency: 'GBP',
      });
      expect(record.grant.awardedOn).toBe(awardDate(String(json.awardDate)));
      expect(record.grant.funder).toEqual({
        name: funder.name,
        identifiers: [
          expect.objectContaining({ scheme: funder.orgId.slice(0, funder.orgId.lastIndexOf('-')) }),
        ],
      });
    }
  });

  it('reads the same grants from the funders\u2019 data files', async () => {
    const { run, records } = await harvest({ packages: REPLICA_PACKAGES });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(records.map((record) => record.sourceId).sort()).toEqual(
      toOrganisations(world)
        .map((grant) => String(grant.json.id))
        .sort(),
    );
  });

  it('skips grants to individuals and stores nothing of recipients\u2019 contact persons', async () => {
    const { records } = await harvest({ funders: REPLICA_FUNDERS, packages: REPLICA_PACKAGES });
    const text = JSON.stringify(records);
    expect(text).not.toMatch(/Margaret Example|-IND-|Individual hardship|"07\d{3} /);
    for (const grant of replicaGrants(world)) {
      const recipient = (grant.json.recipientOrganization as { contactName?: string }[] | undefined)?.[0];
      if (recipient?.contactName) expect(text).not.toContain(recipient.contactName);
    }
    const state = (await store!.getState('360giving', 'grants')) as { run?: unknown };
    expect(state.run).toBeUndefined();
  });

  it('skips funders that have not published and files that answer 304 in an incremental run', async () => {
    await harvest({ funders: REPLICA_FUNDERS, packages: REPLICA_PACKAGES });
    const { run, requests } = await harvest(
      { funders: REPLICA_FUNDERS, packages: REPLICA_PACKAGES },
      { mode: 'incremental' },
    );
    expect(run).toMatchObject({ status: 'succeeded', fetched: 0 });
    expect(requests.filter((request) => request.includes('grants_made'))).toEqual([]);
    expect(requests.filter((request) => request.startsWith('GET /data/'))).toHaveLength(
      REPLICA_PACKAGES.length,
    );
  });

  it('reads a funder again when it has published since, and stores only what changed', async () => {
    await harvest({ funders: REPLICA_FUNDERS });
    const changed = structuredClone(world) as World;
    const target = changed.initiatives.find(
      (initiative) =>
        initiative.presence.includes('360giving') &&
        Date.parse(initiative.updatedAt) > Date.parse('2026-06-01'),
    )!;
    Object.assign(target, {
      updatedAt: '2026-11-20T00:00:00Z',
      summary: 'Running a new winter night shelter.',
    });
    const touched = toOrganisations(changed).filter((grant) =>
      String(grant.json.description).includes('winter night shelter'),
    );
    const funders = new Set(touched.map((grant) => grant.funder.orgId));
    const { run, requests } = await harvest(
      { funders: REPLICA_FUNDERS },
      { mode: 'incremental', from: changed },
    );
    const lists = requests.filter((request) => request.includes('grants_made'));
    expect(new Set(lists.map((request) => request.split('/')[4]))).toEqual(funders);
    expect(run).toMatchObject({ status: 'succeeded', stored: touched.length });
  });

  it('resumes an interrupted run with the next datastore page or the next slice of a file', async () => {
    const first = await harvest(
      { funders: REPLICA_FUNDERS.slice(0, 1), packages: REPLICA_PACKAGES.slice(1, 2) },
      { limit: 10 },
    );
    expect(first.run.fetched).toBe(10);
    const { requests, records } = await harvest(
      { funders: REPLICA_FUNDERS.slice(0, 1), packages: REPLICA_PACKAGES.slice(1, 2) },
      { mode: 'incremental' },
    );
    expect(requests.find((request) => request.includes('grants_made'))).toMatch(/offset=10/);
    const expected = toOrganisations(world).filter((grant) => grant.funder !== FUNDERS[2]);
    expect(records).toHaveLength(expected.length);
  });

  it('resumes a data file at the slice after its checkpoint when the file has not changed', async () => {
    const options = { packages: REPLICA_PACKAGES.slice(0, 1) };
    const first = await harvest(options, { limit: 10 });
    const checkpoint = (await store!.getState('360giving', 'grants')) as { run: { offset: number } };
    expect(checkpoint.run.offset).toBe(10);
    const { run, records } = await harvest(options, { mode: 'incremental' });
    const served = toOrganisations(world).filter((grant) => grant.funder === FUNDERS[0]);
    expect(first.run.fetched + run.fetched).toBe(served.length);
    expect(records).toHaveLength(served.length);
  });

  it('fails with a configuration error naming a funder the datastore does not know', async () => {
    const { run } = await harvest({ funders: ['GB-CHC-0000001'] });
    expect(run.errors).toEqual([
      { type: 'config', message: expect.stringMatching(/does not know the funder GB-CHC-0000001/) },
    ]);
  });

  it('fails with a configuration error naming a data file that is gone', async () => {
    const { run } = await harvest({ packages: ['/data/closed-fund.json'] });
    expect(run.errors).toEqual([
      { type: 'config', message: expect.stringMatching(/closed-fund\.json is gone/) },
    ]);
  });

  it('quarantines malformed grants with the broken field and stores the rest', async () => {
    const { run } = await harvest({ funders: REPLICA_FUNDERS }, { replica: { malformed: [0, 1, 2] } });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 3 });
    const quarantine = await store!.listQuarantine({ source: '360giving', limit: 10 });
    expect(quarantine.map((entry) => entry.issues[0]?.path).sort()).toEqual([
      'amountAwarded',
      'recipientOrganization',
      'title',
    ]);
  });

  it('stops with a system error when the datastore sends the same next link again', async () => {
    const { run } = await harvest({ funders: REPLICA_FUNDERS }, { replica: { repeatNext: true } });
    expect(run.errors[0]).toMatchObject({
      type: 'system',
      message: expect.stringMatching(/stopping instead of looping/),
    });
  });

  it('gets through a throttled request, a burst of 500s and a truncated body', async () => {
    store = await openMemoryStore();
    const handler = withFaults(create360GivingReplica(world), {
      rateLimit: { on: [2], retryAfterSeconds: 0, body: fixture('error-429.json') },
      serverError: { from: 4, count: 2, body: fixture('error-500.json') },
      truncate: { on: [6] },
    });
    const { run } = await harvestFromReplica({
      connector: threeSixtyGiving,
      handler,
      store,
      options: { funders: REPLICA_FUNDERS, pageSize: 10 },
      mode: 'full',
    });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(handler.log.injected).toHaveLength(4);
  });
});
