import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../schema/index.ts';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { idealist } from './connector.ts';
import { createIdealistReplica, DEMO_REPLICA_OPTIONS, type IdealistReplicaOptions } from './replica.ts';
import { coordinatorOf, idealistId, idealistInitiatives, summaryJson, volopJson } from './replica-data.ts';

const world = generateWorld({ seed: 8, size: 5000 });
const served = idealistInitiatives(world).flatMap(({ initiative, opportunities }) =>
  opportunities.map((opportunity) => ({
    initiative,
    opportunity,
    volop: volopJson(initiative, opportunity),
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
  replicaOptions: IdealistReplicaOptions = {},
  source: World = world,
  extra: { limit?: number; options?: Record<string, unknown> } = {},
) =>
  harvestFromReplica({
    connector: idealist,
    handler: createIdealistReplica(source, { pageSize: 4, ...replicaOptions }),
    store,
    mode,
    options: extra.options ?? DEMO_REPLICA_OPTIONS,
    limit: extra.limit,
  });

const byId = (records: SourceRecord[]) => new Map(records.map((record) => [record.sourceId, record]));

/** The world with one open listing edited ("the organisation changed it on Idealist"). */
function edited(changes: Record<string, unknown>): { world: World; id: string } {
  const changed = structuredClone(world) as World;
  const opportunity = idealistInitiatives(changed)
    .flatMap((entry) => entry.opportunities)
    .find((o) => o.status === 'open')!;
  Object.assign(opportunity, { updatedAt: '2026-10-31T12:00:00Z', ...changes });
  return { world: changed, id: idealistId(`${opportunity.id}:idealist`) };
}

describe('harvesting Idealist volunteer opportunities from the replica over HTTP', () => {
  it('stores every listing once with the values served, unpublished ones as closed', async () => {
    expect(served.length).toBeGreaterThan(12);
    const { run, records } = await harvest('full');
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0, fetched: served.length });
    const stored = byId(records);
    for (const { initiative, opportunity, volop } of served) {
      const record = stored.get(String(volop.id));
      expect(record?.kind).toBe('opportunity');
      if (record?.kind !== 'opportunity') continue;
      const org = volop.org as { name: string; url: { en: string } };
      expect(record.url).toBe((volop.url as { en: string }).en);
      expect(record.sourceUpdatedAt).toBe(String(volop.updated).replace(/\.\d+Z$/, 'Z'));
      expect(record.initiative.name).toBe(org.name);
      expect(record.initiative.links).toContain(org.url.en);
      expect(record.initiative.location).toMatchObject({
        locality: initiative.place.locality,
        country: 'US',
      });
      expect(record.opportunity).toMatchObject({ title: opportunity.title, spots: opportunity.spots });
      const published = summaryJson(volop, opportunity).isPublished;
      if (!published) expect(record.opportunity.status).toBe('closed');
      expect(record.opportunity.remote).toBe(volop.locationType !== 'ONSITE');
    }
  });

  it('never stores the coordinator: name, e-mail address, phone number or apply text', async () => {
    const { records } = await harvest('full');
    const stored = JSON.stringify(records);
    for (const { initiative } of served) {
      const coordinator = coordinatorOf(initiative);
      expect(stored).not.toContain(coordinator.name);
      expect(stored).not.toContain(coordinator.email);
      expect(stored).not.toContain(coordinator.phone);
    }
    expect(stored).not.toMatch(/@gmail\.com|\(\d{3}\) 555-/);
  });

  it('costs one request when nothing changed since the last run', async () => {
    const first = await harvest('full');
    const last = [...served]
      .map(({ volop }) => String(volop.updated))
      .sort()
      .at(-1);
    const again = await harvest('incremental');
    expect(again.requests).toEqual([`GET /api/v1/listings/volops?since=${encodeURIComponent(last!)}`]);
    expect(again.run).toMatchObject({ status: 'succeeded', fetched: 0 });
    expect(first.requests.filter((request) => request.includes('?since=')).length).toBeGreaterThan(1);
  });

  it('after an edit, an incremental run reads and stores only the edited listing', async () => {
    await harvest('full');
    const { world: changed, id } = edited({ title: 'Saturday Pantry Shift Lead' });
    const { run, records, requests } = await harvest('incremental', {}, changed);
    expect(run).toMatchObject({ status: 'succeeded', fetched: 1, stored: 1 });
    expect(requests.filter((request) => request.includes('/volops/'))).toEqual([
      `GET /api/v1/listings/volops/${id}`,
    ]);
    const record = byId(records).get(id);
    expect(record?.kind === 'opportunity' && record.opportunity.title).toBe('Saturday Pantry Shift Lead');
  });

  it('closes a listing that was unpublished since the last run', async () => {
    await harvest('full');
    const { world: changed, id } = edited({ status: 'closed' });
    const { run, records } = await harvest('incremental', {}, changed);
    expect(run).toMatchObject({ fetched: 1, stored: 1 });
    const record = byId(records).get(id);
    expect(record?.kind === 'opportunity' && record.opportunity.status).toBe('closed');
  });

  it('leaves out unpublished listings Idealist deleted, and a full refresh marks them gone', async () => {
    await harvest('full');
    const { run, records } = await harvest('full', { goneOnUnpublish: true });
    const unpublished = served.filter(({ opportunity }) => opportunity.status !== 'open');
    expect(unpublished.length).toBeGreaterThan(0);
    expect(run).toMatchObject({ status: 'succeeded', gone: unpublished.length });
    for (const { volop } of unpublished) expect(byId(records).get(String(volop.id))?.goneAt).toBeDefined();
  });

  it('resumes an interrupted run after the last stored change', async () => {
    const first = await harvest('full', {}, world, { limit: 4 });
    expect(first.run.fetched).toBe(4);
    const rest = await harvest('incremental');
    expect(rest.run.fetched).toBe(served.length - 4);
    expect(rest.records).toHaveLength(served.length);
  });

  it('fails with a configuration error that says how to get an API key when none or a wrong one is sent', async () => {
    for (const options of [{}, { apiKey: 'wrong' }]) {
      const { run } = await harvest('full', {}, world, { options });
      expect(run.status).toBe('failed');
      expect(run.errors).toEqual([
        {
          type: 'config',
          message: expect.stringMatching(/HTTP 401.*support@idealist\.org.*IDEALIST_API_KEY/),
        },
      ]);
    }
  });

  it('ends with a system error instead of looping when since does not move the list on', async () => {
    const { run } = await harvest('full', { ignoreSince: true });
    expect(run.errors).toEqual([{ type: 'system', message: expect.stringMatching(/same page twice/) }]);
  });

  it('quarantines malformed listings with the broken field and stores the rest', async () => {
    const { run, records } = await harvest('full', { malformed: [0, 1] });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 2 });
    expect(records).toHaveLength(served.length - 2);
    const quarantine = await store.listQuarantine({ source: 'idealist', limit: 10 });
    expect(quarantine.map((entry) => entry.issues[0]?.path).sort()).toEqual(['name', 'org.name']);
    expect(JSON.stringify(quarantine)).not.toMatch(/@gmail\.com|applyText/);
  });

  it("gets through throttling and server errors with Idealist's error bodies", async () => {
    const handler = withFaults(createIdealistReplica(world, { pageSize: 4 }), {
      rateLimit: {
        on: [1],
        retryAfterSeconds: 0,
        body: JSON.parse(readFileSync(new URL('fixtures/error-429.json', import.meta.url), 'utf8')),
      },
      serverError: {
        on: [3],
        body: readFileSync(new URL('fixtures/error-500.html', import.meta.url), 'utf8'),
      },
    });
    const { run } = await harvestFromReplica({
      connector: idealist,
      handler,
      store,
      mode: 'full',
      options: DEMO_REPLICA_OPTIONS,
    });
    expect(run).toMatchObject({ status: 'succeeded', fetched: served.length });
    expect(handler.log.injected.map((fault) => fault.fault)).toEqual(['rate-limit', 'server-error']);
  });
});
