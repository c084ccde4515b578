import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, type ReplicaServer, startReplicaServer, withFaults } from '../../replica/index.ts';
import { createHttpClient } from '../../sdk/index.ts';
import { connectorFromManifest } from '../build-connector.ts';
import { loadManifest } from '../load.ts';
import type { Manifest } from '../schema.ts';
import { type ArcgisFeature, arcgisLayer } from './arcgis-featureserver.layer.ts';
import { createArcgisReplica } from './arcgis-featureserver.replica.ts';
import { harvestReplica, recordingSink } from './harvest-replica.ts';

const world = generateWorld({ seed: 11, size: 150 });
const options = { service: 'Initiatievenkaart' };
const noRetries = createHttpClient({ userAgent: 'Knooppunt/test', retries: 0, limits: { concurrency: 4 } });
let manifest: Manifest;
let server: ReplicaServer | undefined;

beforeAll(async () => {
  manifest = await loadManifest(new URL('./arcgis-featureserver.yaml', import.meta.url).pathname);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Parameters<typeof startReplicaServer>[0]): Promise<string> {
  server = await startReplicaServer(handler);
  return server.url;
}

describe('the ArcGIS FeatureServer manifest', () => {
  it('harvests every feature of the layer, paging on exceededTransferLimit past maxRecordCount', async () => {
    const layer = arcgisLayer(world);
    const baseUrl = await serve(createArcgisReplica(layer, { maxRecordCount: 10 }));
    const sink = recordingSink();
    const run = await harvestReplica({ connector: connectorFromManifest(manifest), baseUrl, options, sink });
    expect(run).toMatchObject({
      status: 'succeeded',
      fetched: layer.length,
      stored: layer.length,
      quarantined: 0,
    });
    expect(run.pages).toBe(Math.ceil(layer.length / 10));
    expect(sink.records.size).toBe(layer.length);
  });

  it('maps each feature to the values the replica served', async () => {
    const layer = arcgisLayer(world);
    const baseUrl = await serve(createArcgisReplica(layer));
    const sink = recordingSink();
    await harvestReplica({ connector: connectorFromManifest(manifest), baseUrl, options, sink, id: 'kaart' });
    for (const feature of layer) {
      const initiative = world.initiatives.find((candidate) => candidate.id === feature.worldId)!;
      const record = sink.records.get(`kaart:${feature.attributes.OBJECTID}`)!;
      expect(record).toMatchObject({
        kind: 'initiative',
        url: feature.attributes.MEER_INFO,
        sourceUpdatedAt: initiative.updatedAt,
        initiative: {
          name: initiative.name,
          foundedOn: initiative.foundedOn,
          language: 'nl',
          location: {
            locality: initiative.place.locality,
            country: 'NL',
            lat: initiative.place.lat,
            lon: initiative.place.lon,
          },
        },
      });
      expect(record.initiative.location?.postcode).toBe(initiative.place.postcode);
      expect(record.initiative.description).toContain(initiative.summary);
      expect(record.initiative.description).not.toMatch(/<p>|&amp;/);
      expect(record.initiative.themes).toEqual(expect.arrayContaining([...initiative.themes]));
      expect(record.initiative.categories).toEqual(String(feature.attributes.THEMA).split('; '));
      expect(record.initiative.website).toBe(initiative.website);
      expect(record.initiative.contact?.email).toBe(feature.attributes.EMAIL ?? undefined);
      if (initiative.kvk)
        expect(record.initiative.identifiers).toEqual([{ scheme: 'NL-KVK', id: initiative.kvk }]);
      if (initiative.legalName) expect(record.initiative.legalForm).toBe(initiative.legalForm);
      if (initiative.place.municipality) {
        expect(record.initiative.location?.municipality?.code).toBe(initiative.place.municipality.code);
      }
    }
  });

  it('resumes an interrupted run at the page after the last checkpoint', async () => {
    const layer = arcgisLayer(world);
    const sink = recordingSink();
    const connector = connectorFromManifest(manifest);
    const flaky = withFaults(createArcgisReplica(layer, { maxRecordCount: 10 }), {
      serverError: { on: [3] },
    });
    const failed = await harvestReplica({
      connector,
      baseUrl: await serve(flaky),
      options,
      sink,
      http: noRetries,
    });
    expect(failed).toMatchObject({ status: 'failed', pages: 2, fetched: 20 });
    expect(failed.errors[0]?.type).toBe('transient');
    expect(sink.states.get('initiatives')?.at(-1)).toMatchObject({ position: 20 });
    await server?.close();
    const resumed = await harvestReplica({
      connector,
      baseUrl: await serve(createArcgisReplica(layer, { maxRecordCount: 10 })),
      options,
      sink,
    });
    expect(resumed).toMatchObject({ status: 'succeeded', fetched: layer.length - 20 });
    expect(sink.records.size).toBe(layer.length);
    expect(sink.states.get('initiatives')?.at(-1)).toEqual({
      cursor: Math.max(...layer.map((feature) => Number(feature.attributes.EditDate))),
    });
  });

  it('quarantines a feature without a name and stores the rest of its page', async () => {
    const layer = arcgisLayer(world);
    const baseUrl = await serve(createArcgisReplica(layer, { maxRecordCount: 10, malformed: [4] }));
    const sink = recordingSink();
    const run = await harvestReplica({ connector: connectorFromManifest(manifest), baseUrl, options, sink });
    expect(run).toMatchObject({ status: 'succeeded', stored: layer.length - 1, quarantined: 1 });
    expect(sink.quarantined[0]).toMatchObject({
      stage: 'validation',
      raw: { attributes: { OBJECTID: 4, NAAM: null } },
      issues: [expect.objectContaining({ path: 'attributes.NAAM' })],
    });
    expect(sink.records.has('arcgis-featureserver:3')).toBe(true);
    expect(sink.records.has('arcgis-featureserver:5')).toBe(true);
  });

  it('reads only features edited since the last run, by EditDate', async () => {
    const layer: ArcgisFeature[] = arcgisLayer(world);
    const baseUrl = await serve(createArcgisReplica(layer));
    const sink = recordingSink();
    const connector = connectorFromManifest(manifest);
    await harvestReplica({ connector, baseUrl, options, sink });
    const cursor = Math.max(...layer.map((feature) => Number(feature.attributes.EditDate)));
    const edited = layer[6] as ArcgisFeature;
    Object.assign(edited.attributes, { NAAM: 'Buurtkracht Lombok', EditDate: cursor + 3_600_000 });
    const again = await harvestReplica({ connector, baseUrl, options, sink });
    const atCursor = layer.filter((feature) => Number(feature.attributes.EditDate) >= cursor).length;
    expect(again).toMatchObject({ status: 'succeeded', fetched: atCursor, stored: 1 });
    expect(sink.records.get(`arcgis-featureserver:${edited.attributes.OBJECTID}`)?.initiative.name).toBe(
      'Buurtkracht Lombok',
    );
    expect(sink.states.get('initiatives')?.at(-1)).toEqual({ cursor: cursor + 3_600_000 });
  });

  it('sends the token of a secured layer from ARCGIS_TOKEN and never checkpoints it', async () => {
    const baseUrl = await serve(
      createArcgisReplica(arcgisLayer(world), { token: 's3cret', maxRecordCount: 10 }),
    );
    const sink = recordingSink();
    const secured = connectorFromManifest(manifest, { env: { ARCGIS_TOKEN: 's3cret' } });
    const run = await harvestReplica({ connector: secured, baseUrl, options, sink });
    expect(run.status).toBe('succeeded');
    expect(JSON.stringify(sink.states.get('initiatives'))).not.toContain('s3cret');
    const denied = await harvestReplica({
      connector: connectorFromManifest(manifest, { env: { ARCGIS_TOKEN: 'wrong' } }),
      baseUrl,
      options,
      sink: recordingSink(),
    });
    expect(denied.status).toBe('failed');
    expect(denied.errors[0]).toMatchObject({
      type: 'config',
      message: expect.stringContaining('Invalid Token'),
    });
  });
});
