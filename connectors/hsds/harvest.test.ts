import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { hsds } from './connector.ts';
import { createHsdsReplica, type HsdsReplicaOptions } from './replica.ts';
import { hsdsOrganisations } from './replica-data.ts';

const world = generateWorld({ seed: 7, size: 2500 });
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function harvest(
  options: {
    replica?: HsdsReplicaOptions;
    source?: Record<string, unknown>;
    mode?: 'full' | 'incremental';
  } = {},
  from: World = world,
  limit?: number,
) {
  store ??= await openMemoryStore();
  return harvestFromReplica({
    connector: hsds,
    handler: createHsdsReplica(from, options.replica),
    store,
    options: { perPage: 10, ...options.source },
    mode: options.mode ?? 'full',
    limit,
  });
}

describe('harvesting an HSDS directory from its replica', () => {
  it('stores every organisation and service the replica serves, with the values it served', async () => {
    const { run, records } = await harvest();
    const organisations = hsdsOrganisations(world);
    const services = organisations.flatMap((organisation) => organisation.services);
    expect(organisations.length).toBeGreaterThan(20);
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(records).toHaveLength(organisations.length + services.length);
    const byKey = new Map(records.map((record) => [record.key, record]));
    for (const organisation of organisations) {
      const record = byKey.get(`hsds:org-${organisation.id}`);
      expect(record?.initiative.name).toBe(organisation.json.name);
      expect(record?.initiative.location?.locality).toBe(organisation.initiative.place.locality);
      expect(record?.initiative.foundedOn).toBe(`${organisation.initiative.foundedOn.slice(0, 4)}-01-01`);
      if (organisation.initiative.kvk === undefined && organisation.json.email) {
        expect(record?.initiative.contact?.email).toBe(organisation.json.email);
      }
    }
    for (const service of services) {
      const record = byKey.get(`hsds:service-${service.id}`);
      expect(record?.kind).toBe('listing');
      if (record?.kind !== 'listing') continue;
      expect(record.listing.title).toBe(service.json.name);
      expect(record.listing.status).toBe(service.json.status === 'active' ? 'open' : 'closed');
      expect(record.initiative.name).toBe((service.json.organization as { name: string }).name);
      expect(record.sourceUpdatedAt).toBe(
        new Date(service.lastModified).toISOString().replace(/\.\d+Z$/, 'Z'),
      );
    }
  });

  it('never stores reviewers, contact persons, addressees or private mailboxes', async () => {
    const { records } = await harvest();
    const text = JSON.stringify(records);
    expect(text).not.toMatch(/@gmail\.com|redacted\.person|Volunteer coordinator/);
    expect(text).not.toMatch(/"07\d{3} \d{6}"/);
  });

  it('reads only changed services in an incremental run, asking with modified_after', async () => {
    await harvest();
    const changed = structuredClone(world) as World;
    const target = changed.initiatives.find((initiative) => initiative.presence.includes('hsds'))!;
    Object.assign(target, { updatedAt: '2026-11-20T12:00:00Z', summary: 'Now also open on Saturdays.' });
    const { run, requests } = await harvest({ mode: 'incremental' }, changed);
    const serviceRequests = requests.filter((request) => request.startsWith('GET /services'));
    expect(serviceRequests[0]).toMatch(/modified_after=2026-/);
    const organisations = hsdsOrganisations(changed);
    const changedServices = organisations.find((o) => o.initiative.id === target.id)!.services;
    // Organisations cannot be filtered and are read again, only the changed one is stored; the inclusive
    // filter also sends the newest service of the last run again, unchanged.
    expect(run).toMatchObject({
      status: 'succeeded',
      fetched: organisations.length + changedServices.length + 1,
      stored: 1 + changedServices.length,
    });
  });

  it('resumes an interrupted run at the page after its checkpoint', async () => {
    const first = await harvest({}, world, 10);
    expect(first.run.fetched).toBe(10);
    const { requests, records } = await harvest({ mode: 'incremental' });
    expect(requests[0]).toMatch(/^GET \/organizations\?page=2&/);
    const organisations = hsdsOrganisations(world);
    const services = organisations.flatMap((organisation) => organisation.services);
    expect(records).toHaveLength(organisations.length + services.length);
  });

  it('fails with a configuration error that says how to get a key when the directory wants one', async () => {
    const { run } = await harvest({ replica: { apiKey: 'secret-key' } });
    expect(run.status).toBe('failed');
    expect(run.errors[0]).toMatchObject({
      type: 'config',
      message: expect.stringMatching(/HTTP 401.*apiKey/),
    });
    const granted = await harvest({ replica: { apiKey: 'secret-key' }, source: { apiKey: 'secret-key' } });
    expect(granted.run.status).toBe('succeeded');
  });

  it('reads the Spring Data envelope and the records of older ORUK feeds', async () => {
    const { run, records } = await harvest({ replica: { legacy: true }, source: { organizations: false } });
    const services = hsdsOrganisations(world).flatMap((organisation) => organisation.services);
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(records).toHaveLength(services.length);
  });

  it('fetches the organisation of a service that only names it, once per organisation', async () => {
    const { records, requests } = await harvest({
      replica: { bareServices: true },
      source: { organizations: false },
    });
    const details = requests.filter((request) => /^GET \/organizations\/[^?]+$/.test(request));
    expect(details).toHaveLength(new Set(details).size);
    expect(details).toHaveLength(hsdsOrganisations(world).length);
    expect(records.every((record) => record.initiative.identifiers || record.initiative.location)).toBe(true);
  });

  it('quarantines malformed services with the broken field and stores the rest', async () => {
    const { run } = await harvest({ replica: { malformed: [0, 1] }, source: { organizations: false } });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 2 });
    const quarantine = await store!.listQuarantine({ source: 'hsds', limit: 10 });
    expect(quarantine.map((entry) => entry.issues[0]?.path).sort()).toEqual(['id', 'name']);
  });

  it('stops with a system error instead of looping when the directory repeats a page', async () => {
    const { run } = await harvest({ replica: { repeatPage: true } });
    expect(run.errors[0]).toMatchObject({
      type: 'system',
      message: expect.stringMatching(/page 2 but got page 1/),
    });
  });

  it('gets through a 429, a burst of 500s and a truncated body', async () => {
    store = await openMemoryStore();
    const handler = withFaults(createHsdsReplica(world), {
      rateLimit: { on: [2], retryAfterSeconds: 0, body: fixture('error-429.json') },
      serverError: { from: 4, count: 2, body: fixture('error-500.json') },
      truncate: { on: [7] },
    });
    const { run } = await harvestFromReplica({
      connector: hsds,
      handler,
      store,
      options: { perPage: 10 },
      mode: 'full',
    });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(handler.log.injected.map((fault) => fault.fault)).toEqual([
      'rate-limit',
      'server-error',
      'server-error',
      'truncate',
    ]);
  });
});
