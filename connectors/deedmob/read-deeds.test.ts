import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../schema/index.ts';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { deedmob } from './connector.ts';
import { createDeedmobReplica, DEMO_SOURCE_OPTIONS, type DeedmobReplicaOptions } from './replica.ts';
import {
  coordinatorOf,
  deedId,
  deedJson,
  deedmobInitiatives,
  organizationJson,
  replicaPerson,
} from './replica-data.ts';

const world = generateWorld({ seed: 21, size: 260 });
const served = deedmobInitiatives(world).flatMap(({ initiative, opportunities }) =>
  opportunities.map((opportunity) => ({
    initiative,
    opportunity,
    id: deedId(initiative, initiative.opportunities.indexOf(opportunity) + 1),
  })),
);
let store: Store;

beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

const harvest = (
  mode: 'full' | 'incremental',
  replicaOptions: DeedmobReplicaOptions = {},
  source: World = world,
  extra: { limit?: number; options?: Record<string, unknown> } = {},
) =>
  harvestFromReplica({
    connector: deedmob,
    handler: createDeedmobReplica(source, replicaOptions),
    store,
    mode,
    options: { ...DEMO_SOURCE_OPTIONS, pageSize: 20, ...extra.options },
    limit: extra.limit,
  });

const byId = (records: SourceRecord[]) => new Map(records.map((record) => [Number(record.sourceId), record]));

describe('harvesting a Deedmob site from the replica over HTTP', () => {
  it('stores every deed an organisation posted once, with the values the site served', async () => {
    expect(served.length).toBeGreaterThan(40);
    const { run, records } = await harvest('full');
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(records).toHaveLength(served.length);
    const stored = byId(records);
    for (const { initiative, opportunity, id } of served) {
      const deed = deedJson(initiative, opportunity, initiative.opportunities.indexOf(opportunity) + 1);
      const organization = organizationJson(initiative);
      const record = stored.get(id);
      expect(record?.kind).toBe('opportunity');
      if (record?.kind !== 'opportunity') continue;
      expect(record.url).toBe(`https://www.vrijwilligersplein.example.nl/deeds/${id}`);
      expect(record.sourceUpdatedAt).toBe(String(deed.updated_at).replace(/\.\d{3}Z$/, 'Z'));
      expect(record.initiative.name).toBe(organization.name);
      expect(record.opportunity).toMatchObject({
        title: opportunity.title,
        remote: opportunity.remote,
        spots: opportunity.spots,
        status: opportunity.status,
      });
      if (initiative.kvk)
        expect(record.initiative.identifiers).toEqual([{ scheme: 'NL-KVK', id: initiative.kvk }]);
      if (initiative.website) expect(record.initiative.website).toBe(initiative.website);
      expect(record.initiative.location?.municipality).toEqual(initiative.place.municipality);
      if (!opportunity.remote)
        expect(record.opportunity.location?.municipality).toEqual(initiative.place.municipality);
    }
  });

  it('never stores coordinators, their phones and addresses, user ids, or residents asking for help', async () => {
    const { records, run } = await harvest('full');
    const stored = JSON.stringify(records);
    for (const { initiative } of served) {
      const coordinator = coordinatorOf(initiative);
      expect(stored).not.toContain(coordinator.name);
      expect(stored).not.toContain(coordinator.email);
      expect(stored).not.toContain(coordinator.phone);
      expect(stored).not.toContain(String(coordinator.id));
      expect(stored).not.toContain(replicaPerson(`${initiative.id}:resident`).name);
    }
    expect(stored).not.toContain('Hulp gezocht bij');
    expect(run.fetched).toBe(served.length);
  });

  it('after an edit, an incremental run stores only the edited deed', async () => {
    await harvest('full');
    const edited = structuredClone(world) as World;
    const { initiative, opportunities } = deedmobInitiatives(edited)[2]!;
    const opportunity = opportunities[0]!;
    Object.assign(opportunity, { updatedAt: '2026-10-31T12:00:00Z', title: 'Gastvrouw op zaterdag' });
    const { run, records } = await harvest('incremental', {}, edited);
    const id = deedId(initiative, initiative.opportunities.indexOf(opportunity) + 1);
    expect(run).toMatchObject({ status: 'succeeded', fetched: 1, stored: 1 });
    const record = byId(records).get(id);
    expect(record?.kind === 'opportunity' && record.opportunity.title).toBe('Gastvrouw op zaterdag');
  });

  it('resumes an interrupted run at the page after the last checkpoint', async () => {
    const first = await harvest('full', {}, world, { limit: 1 });
    expect(first.run.pages).toBe(1);
    const rest = await harvest('incremental');
    expect(rest.requests[0]).toContain('page=2');
    expect(rest.records).toHaveLength(served.length);
  });

  it('fetches details once per organisation when the site leaves organisations out of the list', async () => {
    const { run, records, requests } = await harvest('full', { organizationInList: false });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(records).toHaveLength(served.length);
    const details = requests.filter((request) => /\/api\/deeds\/\d+$/.test(request));
    expect(details).toHaveLength(new Set(served.map(({ initiative }) => initiative.id)).size);
  });

  it('marks deeds the site no longer lists as gone after a full refresh', async () => {
    await harvest('full');
    const shrunk = structuredClone(world) as World;
    const removed = deedmobInitiatives(shrunk)[0]!;
    Object.assign(removed.initiative, {
      presence: removed.initiative.presence.filter((platform) => platform !== 'deedmob'),
    });
    const { run } = await harvest('full', {}, shrunk);
    expect(run.gone).toBe(removed.opportunities.length);
  });

  it('quarantines malformed deeds with the broken field and stores the rest', async () => {
    const { run, records } = await harvest('full', { malformed: [0, 1, 2] });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 3 });
    expect(records).toHaveLength(served.length - 3);
    const quarantine = await store.listQuarantine({ source: 'deedmob', limit: 10 });
    expect(quarantine.map((entry) => entry.issues[0]?.path).sort()).toEqual(['capacity', 'id', 'title']);
    expect(JSON.stringify(quarantine)).not.toMatch(/contact_id|@gmail\.com|06-\d{8}/);
  });

  it('fails with a configuration error when the site is members only (401)', async () => {
    const { run } = await harvest('full', { membersOnly: true });
    expect(run.status).toBe('failed');
    expect(run.errors).toEqual([
      { type: 'config', message: expect.stringMatching(/HTTP 401.*members only/) },
    ]);
  });

  it('ends with a system error instead of looping when the site repeats a page', async () => {
    const { run } = await harvest('full', { repeatPage: true });
    expect(run.errors).toEqual([
      { type: 'system', message: expect.stringMatching(/asked for page 2 but got page 1/) },
    ]);
  });

  it('gets through rate limiting and server errors with the site error bodies', async () => {
    const body = (name: string) =>
      JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
    const handler = withFaults(createDeedmobReplica(world), {
      rateLimit: { on: [1], retryAfterSeconds: 0, body: body('error-429.json') },
      serverError: { on: [2, 3], body: body('error-500.json') },
    });
    const { run } = await harvestFromReplica({
      connector: deedmob,
      handler,
      store,
      mode: 'full',
      options: DEMO_SOURCE_OPTIONS,
    });
    expect(run).toMatchObject({ status: 'succeeded', fetched: served.length });
    expect(handler.log.injected.map((fault) => fault.fault)).toEqual([
      'rate-limit',
      'server-error',
      'server-error',
    ]);
  });
});
