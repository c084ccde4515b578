import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { openstad } from './connector.ts';
import { createOpenstadReplica, type OpenstadReplicaOptions } from './replica.ts';
import { ideaId, ideaJson, organiserPerson, siteInitiatives } from './replica-data.ts';
import { REPLICA_SITES } from './replica-sites.ts';

const world = generateWorld({ seed: 11, size: 2500 });
const amsterdam = REPLICA_SITES[0]!;
const served = siteInitiatives(world, amsterdam);
const options = { chunkSize: 3 };
let store: Store;

beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

const harvest = (
  mode: 'full' | 'incremental',
  replicaOptions: OpenstadReplicaOptions = {},
  source: World = world,
  extra: { limit?: number; options?: Record<string, unknown> } = {},
) =>
  harvestFromReplica({
    connector: openstad,
    handler: createOpenstadReplica(source, replicaOptions),
    store,
    mode,
    source: 'wijamsterdam',
    options: { ...options, ...extra.options },
    limit: extra.limit,
  });

/** The world with one initiative of the site changed ("edited on the site" after the first run). */
function withEditedInitiative(): { world: World; id: number } {
  const changed = structuredClone(world) as World;
  const target = siteInitiatives(changed, amsterdam)[1]!;
  Object.assign(target, { updatedAt: '2026-10-30T10:00:00Z', summary: 'Een nieuwe samenvatting.' });
  return { world: changed, id: ideaId(target) };
}

describe('harvesting OpenStad ideas from the replica over HTTP', () => {
  it('stores every idea the site serves once, with the values it served', async () => {
    expect(served.length).toBeGreaterThan(6);
    const { run, records } = await harvest('full');
    expect(run).toMatchObject({ status: 'succeeded', fetched: served.length, quarantined: 0 });
    expect(records).toHaveLength(served.length);
    for (const initiative of served) {
      const idea = ideaJson(initiative, amsterdam) as {
        id: number;
        title: string;
        updatedAt: string;
        position: { lat: number; lng: number };
        extraData: { theme: string; area: string; isOrganiserName: string };
      };
      const record = records.find((r) => r.sourceId === String(idea.id))!;
      expect(record.url).toBe(`https://wijamsterdam.nl/initiatief/${idea.id}`);
      expect(record.sourceUpdatedAt).toBe(idea.updatedAt.replace('.000', ''));
      expect(record.initiative.categories).toEqual([idea.extraData.theme, idea.extraData.area]);
      expect(record.initiative.location).toMatchObject({ lat: idea.position.lat, lon: idea.position.lng });
      expect(record.initiative.location?.municipality?.code).toBe('GM0363');
      expect([idea.extraData.isOrganiserName, idea.title]).toContain(record.initiative.name);
      if (initiative.website && record.initiative.name === idea.extraData.isOrganiserName) {
        expect(record.initiative.website).toBe(initiative.website);
      }
    }
  });

  it('never stores an organiser who is a person, nor phones, personal e-mails or user ids', async () => {
    const { records } = await harvest('full');
    const stored = JSON.stringify(records);
    for (const initiative of served) {
      const person = organiserPerson(initiative);
      expect(stored).not.toContain(person.name);
      expect(stored).not.toContain(person.email);
      expect(stored).not.toContain(person.phone);
    }
    expect(stored).not.toMatch(/AIza|userId|helpNeededApply/);
  });

  it('costs one 304 when nothing changed since the last completed run', async () => {
    await harvest('full');
    const again = await harvest('incremental');
    expect(again.requests).toEqual(['GET /api/site/197/idea']);
    expect(again.run).toMatchObject({ status: 'succeeded', fetched: 0, stored: 0 });
  });

  it('after an edit, an incremental run stores only the edited idea', async () => {
    await harvest('full');
    const { world: edited, id } = withEditedInitiative();
    const { run, records } = await harvest('incremental', {}, edited);
    expect(run).toMatchObject({ status: 'succeeded', fetched: 1, stored: 1 });
    expect(records.find((r) => r.sourceId === String(id))?.initiative.summary).toBe(
      'Een nieuwe samenvatting.',
    );
  });

  it('resumes an interrupted run after the last stored idea', async () => {
    const first = await harvest('full', {}, world, { limit: 3 });
    expect(first.run.fetched).toBe(3);
    const rest = await harvest('incremental');
    expect(rest.run.fetched).toBe(served.length - 3);
    expect(rest.records).toHaveLength(served.length);
  });

  it('marks ideas the site no longer lists as gone after a full refresh', async () => {
    await harvest('full');
    const shrunk = structuredClone(world) as World;
    const removed = siteInitiatives(shrunk, amsterdam)[0]!;
    Object.assign(removed, { presence: removed.presence.filter((platform) => platform !== 'openstad') });
    const { run, records } = await harvest('full', {}, shrunk);
    expect(run.gone).toBe(1);
    expect(records.filter((r) => r.goneAt).map((r) => r.sourceId)).toEqual([String(ideaId(removed))]);
  });

  it('quarantines malformed ideas with the broken field and stores the rest', async () => {
    const { run, records } = await harvest('full', { malformed: [1, 4] });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 2 });
    expect(records).toHaveLength(served.length - 2);
    const quarantine = await store.listQuarantine({ source: 'wijamsterdam', limit: 10 });
    expect(quarantine.map((entry) => entry.issues[0]?.path).sort()).toEqual(['id', 'title']);
  });

  it('fails with a configuration error that asks for an API token when the site answers 401', async () => {
    const closed = await harvest('full', { apiToken: 'geheim' });
    expect(closed.run.status).toBe('failed');
    expect(closed.run.errors).toEqual([
      { type: 'config', message: expect.stringMatching(/HTTP 401.*apiToken/) },
    ]);
    const open = await harvest('full', { apiToken: 'geheim' }, world, { options: { apiToken: 'geheim' } });
    expect(open.run).toMatchObject({ status: 'succeeded', fetched: served.length });
  });

  it('fails with a configuration error naming the site id when the site does not exist', async () => {
    const { run } = await harvest('full', {}, world, { options: { siteId: 999 } });
    expect(run.errors).toEqual([
      { type: 'config', message: expect.stringMatching(/site 999 was not found/) },
    ]);
  });

  it('gets through rate limiting and server errors with the platform error bodies', async () => {
    const body = (name: string) =>
      JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
    const handler = withFaults(createOpenstadReplica(world), {
      rateLimit: { on: [1], retryAfterSeconds: 0, body: body('error-429.json') },
      serverError: { on: [2], body: body('error-500.json') },
    });
    const { run } = await harvestFromReplica({ connector: openstad, handler, store, mode: 'full' });
    expect(run).toMatchObject({ status: 'succeeded', fetched: served.length });
    expect(handler.log.injected.map((fault) => fault.fault)).toEqual(['rate-limit', 'server-error']);
  });
});
