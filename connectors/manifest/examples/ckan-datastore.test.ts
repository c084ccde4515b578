import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer, withFaults } from '../../replica/index.ts';
import { createHttpClient } from '../../sdk/index.ts';
import { connectorFromManifest } from '../build-connector.ts';
import { loadManifest } from '../load.ts';
import type { Manifest } from '../schema.ts';
import { subsidyRegister } from './ckan-datastore.register.ts';
import { createCkanReplica } from './ckan-datastore.replica.ts';
import { harvestReplica, recordingSink } from './harvest-replica.ts';

const world = generateWorld({ seed: 5, size: 400 });
const register = subsidyRegister(world);
const resourceId = 'subsidieregister-2026';
const options = { resource: resourceId, funder: 'Gemeente Voorbeeld' };
let manifest: Manifest;
let server: ReplicaServer | undefined;

beforeAll(async () => {
  manifest = await loadManifest(new URL('./ckan-datastore.yaml', import.meta.url).pathname);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Parameters<typeof startReplicaServer>[0]): Promise<string> {
  server = await startReplicaServer(handler);
  return server.url;
}

describe('the CKAN DataStore manifest', () => {
  it('harvests every row of the register, page by page up to the reported total', async () => {
    const baseUrl = await serve(createCkanReplica(register, { resourceId }));
    const sink = recordingSink();
    const run = await harvestReplica({ connector: connectorFromManifest(manifest), baseUrl, options, sink });
    expect(register.length).toBeGreaterThan(100);
    expect(run).toMatchObject({
      status: 'succeeded',
      pages: Math.ceil(register.length / 100),
      quarantined: 0,
    });
    expect(sink.records.size).toBe(register.length);
    expect(sink.states.get('subsidies')).toEqual([{ position: 100 }, {}]);
  });

  it('maps each row to a grant with the values the replica served', async () => {
    const baseUrl = await serve(createCkanReplica(register, { resourceId }));
    const sink = recordingSink();
    const connector = connectorFromManifest(manifest);
    await harvestReplica({
      connector,
      baseUrl,
      options: { ...options, funderKvk: '76543210' },
      sink,
      id: 'subsidies',
    });
    for (const row of register) {
      const initiative = world.initiatives.find((candidate) => candidate.id === row.worldId)!;
      const record = sink.records.get(`subsidies:${row._id}`)!;
      expect(record).toMatchObject({
        kind: 'grant',
        sourceId: String(row._id),
        initiative: { name: row.Ontvanger, location: { locality: initiative.place.locality, country: 'NL' } },
        grant: {
          title: row.Project || row.Regeling,
          description: row.Omschrijving,
          amount: { minor: Math.round(Number(row.Bedrag) * 100), currency: 'EUR' },
          awardedOn: String(row['Datum besluit']).slice(0, 10),
          programme: row.Regeling,
          funder: { name: 'Gemeente Voorbeeld', identifiers: [{ scheme: 'NL-KVK', id: '76543210' }] },
        },
      });
      expect(record.initiative.themes).toEqual(expect.arrayContaining([...initiative.themes]));
      expect(record.initiative.categories).toEqual(String(row.Beleidsterrein).split(', '));
      expect(record.initiative.location?.postcode).toBe(initiative.place.postcode);
      if (initiative.kvk)
        expect(record.initiative.identifiers).toEqual([{ scheme: 'NL-KVK', id: initiative.kvk }]);
      else expect(record.initiative.identifiers).toBeUndefined();
    }
  });

  it('records a funder without identifiers when no KvK number is configured', async () => {
    const baseUrl = await serve(createCkanReplica(register.slice(0, 3), { resourceId }));
    const sink = recordingSink();
    await harvestReplica({ connector: connectorFromManifest(manifest), baseUrl, options, sink });
    const grant = [...sink.records.values()][0];
    expect(grant?.kind === 'grant' && grant.grant.funder).toEqual({
      name: 'Gemeente Voorbeeld',
      identifiers: [],
    });
  });

  it('resumes an interrupted run at the offset of the last checkpoint', async () => {
    const sink = recordingSink();
    const connector = connectorFromManifest(manifest);
    const flaky = withFaults(createCkanReplica(register, { resourceId }), { serverError: { on: [2] } });
    const http = createHttpClient({ userAgent: 'Knooppunt/test', retries: 0, limits: { concurrency: 4 } });
    const failed = await harvestReplica({ connector, baseUrl: await serve(flaky), options, sink, http });
    expect(failed).toMatchObject({ status: 'failed', pages: 1, fetched: 100 });
    expect(sink.states.get('subsidies')).toEqual([{ position: 100 }]);
    await server?.close();
    const baseUrl = await serve(createCkanReplica(register, { resourceId }));
    const resumed = await harvestReplica({ connector, baseUrl, options, sink });
    expect(resumed).toMatchObject({ status: 'succeeded', fetched: register.length - 100 });
    expect(sink.records.size).toBe(register.length);
  });

  it('quarantines a row whose amount is not a number and stores the rest of its page', async () => {
    const baseUrl = await serve(createCkanReplica(register, { resourceId, malformed: [5] }));
    const sink = recordingSink();
    const run = await harvestReplica({ connector: connectorFromManifest(manifest), baseUrl, options, sink });
    expect(run).toMatchObject({ status: 'succeeded', stored: register.length - 1, quarantined: 1 });
    expect(sink.quarantined[0]).toMatchObject({
      id: 'ckan-datastore:subsidies:5',
      sourceId: '5',
      stage: 'validation',
      raw: { _id: 5, Bedrag: 'n.v.t.' },
      issues: [expect.objectContaining({ path: 'Bedrag' })],
    });
    expect(sink.records.has('ckan-datastore:4')).toBe(true);
    expect(sink.records.has('ckan-datastore:6')).toBe(true);
  });

  it('reads a private resource with the API token from CKAN_API_KEY, and fails as config without it', async () => {
    const baseUrl = await serve(createCkanReplica(register, { resourceId, apiKey: 'tok-123' }));
    const withKey = connectorFromManifest(manifest, { env: { CKAN_API_KEY: 'tok-123' } });
    const run = await harvestReplica({ connector: withKey, baseUrl, options, sink: recordingSink() });
    expect(run.status).toBe('succeeded');
    const without = connectorFromManifest(manifest, { env: {} });
    const denied = await harvestReplica({ connector: without, baseUrl, options, sink: recordingSink() });
    expect(denied).toMatchObject({ status: 'failed', errors: [expect.objectContaining({ type: 'config' })] });
  });

  it('fails as a configuration error when the resource does not exist', async () => {
    const baseUrl = await serve(createCkanReplica(register, { resourceId }));
    const run = await harvestReplica({
      connector: connectorFromManifest(manifest),
      baseUrl,
      options: { ...options, resource: 'no-such-resource' },
      sink: recordingSink(),
    });
    expect(run).toMatchObject({ status: 'failed', errors: [expect.objectContaining({ type: 'config' })] });
  });
});
