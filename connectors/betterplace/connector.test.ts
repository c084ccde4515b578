import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../lib/log.ts';
import { generateWorld, type ReplicaServer, startReplicaServer, withFaults } from '../replica/index.ts';
import { type HarvestSink, harvestSource } from '../runtime/index.ts';
import { createHttpClient, type JsonValue } from '../sdk/index.ts';
import { BetterplaceConfig } from './config.ts';
import { betterplace } from './connector.ts';
import { createBetterplaceReplica } from './replica.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));

let server: ReplicaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A sink that keeps records and checkpoints in memory. */
function memorySink() {
  const records = new Map<string, string>();
  const states: JsonValue[] = [];
  const sink: HarvestSink = {
    getState: async () => states.at(-1),
    commitPage: async (_stream, page, state) => {
      let stored = 0;
      for (const record of page.records) {
        if (records.get(record.key) !== record.contentHash) stored++;
        records.set(record.key, record.contentHash);
      }
      states.push(state);
      return { stored, unchanged: page.records.length - stored };
    },
  };
  return { sink, records, states };
}

describe('the betterplace connector', () => {
  it('declares one projects stream, a public config with documented limits, and a daily schedule', () => {
    expect(betterplace).toMatchObject({
      id: 'betterplace',
      kind: 'crowdfunding',
      defaultBaseUrl: 'https://api.betterplace.org',
    });
    expect(betterplace.streams.map((s) => [s.name, s.primaryKey, s.cursorField])).toEqual([
      ['projects', 'id', 'updated_at'],
    ]);
    expect(betterplace.defaultSchedule.split(' ').slice(2)).toEqual(['*', '*', '*']);
    expect(BetterplaceConfig.parse({})).toEqual({ locale: 'de', perPage: 200, organisationDetails: true });
    expect(BetterplaceConfig.safeParse({ perPage: 201 }).success).toBe(false);
    expect(BetterplaceConfig.safeParse({ locale: 'nl' }).success).toBe(false);
  });

  it('harvests the replica through the runtime despite a 429, a burst of 500s and a truncated body', async () => {
    const world = generateWorld({ seed: 9, size: 300 });
    const handler = withFaults(createBetterplaceReplica(world, {}), {
      rateLimit: { on: [2], retryAfterSeconds: 0, body: fixture('error-429.json') },
      serverError: { from: 4, count: 2, body: fixture('error-500.json') },
      truncate: { on: [7] },
    });
    server = await startReplicaServer(handler);
    const { sink, records } = memorySink();
    const source = {
      id: 'betterplace',
      connector: betterplace as never,
      options: BetterplaceConfig.parse({ perPage: 20 }),
      enabled: true,
      schedule: betterplace.defaultSchedule,
      baseUrl: server.url,
      priority: 50,
    };
    const http = createHttpClient({
      userAgent: 'knooppunt-test',
      backoffBaseMs: 1,
      backoffMaxMs: 5,
      limits: { concurrency: 2 },
    });
    const run = await harvestSource({
      source,
      sink,
      log: silentLogger(),
      userAgent: 'knooppunt-test',
      http,
      mode: 'full',
    });
    expect(run.status).toBe('succeeded');
    expect(run.quarantined).toBe(0);
    expect(records.size).toBe(run.fetched);
    expect(handler.log.injected.map((f) => f.fault)).toEqual([
      'rate-limit',
      'server-error',
      'server-error',
      'truncate',
    ]);

    const again = await harvestSource({
      source,
      sink,
      log: silentLogger(),
      userAgent: 'knooppunt-test',
      http,
    });
    expect(again).toMatchObject({ status: 'succeeded', pages: 1, fetched: 0 });
  });

  it('fails a run with a configuration error when the API is gone', async () => {
    server = await startReplicaServer(
      createBetterplaceReplica(generateWorld({ seed: 1, size: 10 }), { retired: 410 }),
    );
    const { sink } = memorySink();
    const run = await harvestSource({
      source: {
        id: 'betterplace',
        connector: betterplace as never,
        options: BetterplaceConfig.parse({}),
        enabled: true,
        schedule: betterplace.defaultSchedule,
        baseUrl: server.url,
        priority: 50,
      },
      sink,
      log: silentLogger(),
      userAgent: 'knooppunt-test',
      http: createHttpClient({ userAgent: 'knooppunt-test', retries: 0 }),
    });
    expect(run.status).toBe('failed');
    expect(run.errors).toEqual([
      { type: 'config', message: expect.stringMatching(/betterplace API v4 appears to be retired/) },
    ]);
  });
});
