import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.ts';
import { generateWorld, type World, withFaults } from '../replica/index.ts';
import { harvestFromReplica, openMemoryStore } from '../sdk/testing/index.ts';
import { tabular } from './connector.ts';
import { createTabularReplica, DEMO_SOURCE_OPTIONS, type TabularReplicaOptions } from './replica.ts';
import { listRows, registrationNumber } from './replica-data.ts';
import { FIXTURE_OPTIONS } from './test-options.ts';

const world = generateWorld({ seed: 2, size: 250 });
const XLSX = { ...DEMO_SOURCE_OPTIONS, url: '/export/initiatieven.xlsx', headerRow: 2 };
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function harvest(
  options: Record<string, unknown> = DEMO_SOURCE_OPTIONS,
  settings: {
    replica?: TabularReplicaOptions;
    mode?: 'full' | 'incremental';
    from?: World;
    limit?: number;
  } = {},
) {
  store ??= await openMemoryStore();
  return harvestFromReplica({
    connector: tabular,
    handler: createTabularReplica(settings.from ?? world, settings.replica),
    store,
    options: { rowsPerPage: 10, ...options },
    mode: settings.mode ?? 'full',
    limit: settings.limit,
  });
}

describe("importing a municipality's list from its replica", () => {
  for (const [format, options] of [
    ['CSV (Windows-1252, semicolons)', DEMO_SOURCE_OPTIONS],
    ['XLSX (a title row above the header)', XLSX],
  ] as const) {
    it(`imports every row of the ${format} export with the values it holds`, async () => {
      const { run, records } = await harvest(options);
      const rows = listRows(world);
      expect(rows.length).toBeGreaterThan(20);
      expect(run).toMatchObject({ status: 'succeeded', quarantined: 0, fetched: rows.length });
      const byId = new Map(records.map((record) => [record.sourceId, record]));
      for (const { initiative, values } of rows) {
        const record = byId.get(registrationNumber(initiative));
        expect(record?.initiative).toMatchObject({
          name: values['Naam initiatief'],
          location: { locality: initiative.place.locality, country: 'NL' },
        });
        if (initiative.place.postcode)
          expect(record?.initiative.location?.postcode).toBe(initiative.place.postcode);
        if (initiative.kvk)
          expect(record?.initiative.identifiers).toEqual([{ scheme: 'NL-KVK', id: initiative.kvk }]);
        if (initiative.website) expect(record?.initiative.website).toBe(initiative.website);
        expect(record?.initiative.location?.municipality).toEqual(initiative.place.municipality);
        expect(record?.initiative.foundedOn).toBe(initiative.foundedOn);
        expect(record?.initiative.themes).toEqual(expect.arrayContaining([...initiative.themes]));
      }
    });
  }

  it('never stores the contact persons, their mobile numbers or private mailboxes the export holds', async () => {
    const { records } = await harvest();
    const text = JSON.stringify(records);
    for (const { values } of listRows(world)) expect(text).not.toContain(values['Telefoon contactpersoon']);
    expect(text).not.toMatch(/Marieke Jansen|Ahmed Yilmaz|@hotmail\.com/);
  });

  it('costs one 304 in an incremental run when the export has not changed', async () => {
    await harvest();
    const { run, requests } = await harvest(DEMO_SOURCE_OPTIONS, { mode: 'incremental' });
    expect(requests).toEqual(['GET /export/initiatieven.csv']);
    expect(run).toMatchObject({ status: 'succeeded', fetched: 0, stored: 0 });
  });

  it('stores only the changed rows when the export has changed', async () => {
    await harvest();
    const changed = structuredClone(world) as World;
    const target = changed.initiatives.find((initiative) => initiative.presence.includes('csv'))!;
    Object.assign(target, { description: 'Nu ook op zaterdag open.', updatedAt: '2026-11-20T10:00:00Z' });
    const { run } = await harvest(DEMO_SOURCE_OPTIONS, { mode: 'incremental', from: changed });
    expect(run).toMatchObject({ status: 'succeeded', fetched: listRows(changed).length, stored: 1 });
  });

  it('resumes an interrupted import at the next page of rows', async () => {
    const first = await harvest(DEMO_SOURCE_OPTIONS, { limit: 10 });
    expect(first.run.fetched).toBe(10);
    const { run, records } = await harvest(DEMO_SOURCE_OPTIONS, { mode: 'incremental' });
    expect(run.fetched).toBe(listRows(world).length - 10);
    expect(records).toHaveLength(listRows(world).length);
  });

  it('fails with a configuration error that says how to give credentials when the export wants them', async () => {
    const basicAuth = { username: 'knooppunt', password: 'geheim' };
    const refused = await harvest(DEMO_SOURCE_OPTIONS, { replica: { basicAuth } });
    expect(refused.run.errors).toEqual([
      {
        type: 'config',
        message: expect.stringMatching(/HTTP 401.*username, and password from an environment variable/),
      },
    ]);
    const granted = await harvest({ ...DEMO_SOURCE_OPTIONS, ...basicAuth }, { replica: { basicAuth } });
    expect(granted.run.status).toBe('succeeded');
  });

  it('fails with a configuration error naming a file that is not there', async () => {
    const { run } = await harvest({ ...DEMO_SOURCE_OPTIONS, url: '/export/oud.csv' });
    expect(run.errors[0]).toMatchObject({
      type: 'config',
      message: expect.stringMatching(/oud\.csv is not there/),
    });
  });

  it('quarantines rows without a name with their registration number, and imports the rest', async () => {
    const { run } = await harvest(DEMO_SOURCE_OPTIONS, { replica: { malformed: [0, 3] } });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 2 });
    const quarantine = await store!.listQuarantine({ source: 'tabular', limit: 5 });
    const rows = listRows(world);
    expect(quarantine.map((entry) => entry.sourceId).sort()).toEqual(
      [rows[0]!, rows[3]!].map((row) => registrationNumber(row.initiative)).sort(),
    );
  });

  it('reads a file from disk too', async () => {
    const { run, records } = await harvest({ ...FIXTURE_OPTIONS });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 1 });
    expect(records.map((record) => record.sourceId)).toEqual(['INI-00017', 'INI-00018']);
  });

  it('gets through a 429 and a burst of 500s', async () => {
    store = await openMemoryStore();
    const handler = withFaults(createTabularReplica(world), {
      rateLimit: { on: [1], retryAfterSeconds: 0, body: fixture('error-500.html') },
      serverError: { from: 2, count: 2, body: fixture('error-500.html') },
    });
    const { run } = await harvestFromReplica({
      connector: tabular,
      handler,
      store,
      options: DEMO_SOURCE_OPTIONS,
      mode: 'full',
    });
    expect(run).toMatchObject({ status: 'succeeded', quarantined: 0 });
    expect(handler.log.injected.map((fault) => fault.fault)).toEqual([
      'rate-limit',
      'server-error',
      'server-error',
    ]);
  });
});
