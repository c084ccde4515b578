import { afterEach, describe, expect, it } from 'vitest';
import type { ResolvedSource } from '../../config/index.ts';
import { silentLogger } from '../../lib/log.ts';
import { openStore, type Store } from '../../store/index.ts';
import { betterplace, createBetterplaceReplica } from '../betterplace/index.ts';
import {
  generateWorld,
  type ReplicaHandler,
  type ReplicaServer,
  startReplicaServer,
  withFaults,
} from '../replica/index.ts';
import { createHttpClient } from '../sdk/index.ts';
import { harvestSource } from './harvest.ts';
import { storeSink } from './store-sink.ts';

const world = generateWorld({ seed: 11, size: 200 });
const log = silentLogger();
let server: ReplicaServer | undefined;
let store: Store | undefined;

afterEach(async () => {
  await server?.close();
  await store?.close();
  server = undefined;
  store = undefined;
});

async function serve(handler: ReplicaHandler): Promise<ResolvedSource> {
  server = await startReplicaServer(handler);
  return {
    id: 'betterplace',
    connector: betterplace as never,
    options: betterplace.config.parse({ perPage: 50, organisationDetails: false }),
    enabled: true,
    schedule: betterplace.defaultSchedule,
    baseUrl: server.url,
    priority: 50,
    limits: { concurrency: 4, requestsPerMinute: 60_000 },
  };
}

describe('the harvest runtime over real HTTP against a replica', () => {
  it('stores 49 records and quarantines 1 from a page of 50 with one malformed record', async () => {
    const source = await serve(createBetterplaceReplica(world, { malformed: [7] }));
    store = await openStore({ backend: 'sqlite', path: ':memory:' });
    const run = await harvestSource({
      source,
      sink: storeSink(store, source.id),
      log,
      userAgent: 'Knooppunt/test',
      limit: 50,
    });
    expect(run).toMatchObject({ status: 'succeeded', pages: 1, fetched: 50, stored: 49, quarantined: 1 });
    expect(await store.countSourceRecords('betterplace')).toBe(49);
    const [entry] = await store.listQuarantine({ source: 'betterplace', limit: 10 });
    expect(entry).toMatchObject({ stream: 'projects', stage: 'validation' });
    expect(entry?.issues.length).toBeGreaterThan(0);
    expect(entry?.raw).toHaveProperty('id');
  });

  it.each(['seconds', 'http-date'] as const)(
    'waits out a 429 with Retry-After in %s and completes the run',
    async (format) => {
      const handler = withFaults(createBetterplaceReplica(world, {}), {
        rateLimit: { on: [1], retryAfterSeconds: 1, retryAfterFormat: format },
      });
      const source = await serve(handler);
      const retries: { waitMs: number; reason: string }[] = [];
      const http = createHttpClient({ userAgent: 'Knooppunt/test', onRetry: (info) => retries.push(info) });
      store = await openStore({ backend: 'sqlite', path: ':memory:' });
      const run = await harvestSource({
        source,
        sink: storeSink(store, source.id),
        log,
        userAgent: 'Knooppunt/test',
        http,
      });
      expect(run.status).toBe('succeeded');
      expect(handler.log.injected).toEqual([{ request: 1, fault: 'rate-limit' }]);
      expect(retries).toHaveLength(1);
      expect(retries[0]?.reason).toBe('HTTP 429');
      // The HTTP date has one-second precision, so the wait it asks for lies just under a second.
      expect(retries[0]?.waitMs).toBeGreaterThanOrEqual(format === 'seconds' ? 1000 : 1);
      expect(retries[0]?.waitMs).toBeLessThanOrEqual(1000);
      expect(run.fetched).toBe(await store.countSourceRecords('betterplace'));
    },
  );

  it('ends the run with a system error when the platform repeats a page, keeping what it stored', async () => {
    const source = await serve(createBetterplaceReplica(world, { repeatPage: true }));
    store = await openStore({ backend: 'sqlite', path: ':memory:' });
    const run = await harvestSource({
      source,
      sink: storeSink(store, source.id),
      log,
      userAgent: 'Knooppunt/test',
    });
    expect(run.status).toBe('failed');
    expect(run.errors[0]?.type).toBe('system');
    expect(run.errors[0]?.message).toMatch(/instead of looping/);
    expect(run.pages).toBe(1);
    expect(await store.countSourceRecords('betterplace')).toBe(run.stored);
  });

  it('marks records a completed full refresh no longer saw as gone, and deletes nothing', async () => {
    store = await openStore({ backend: 'sqlite', path: ':memory:' });
    const before = await serve(createBetterplaceReplica(world, {}));
    const first = await harvestSource({
      source: before,
      sink: storeSink(store, before.id),
      log,
      userAgent: 'Knooppunt/test',
    });
    await server?.close();
    // A smaller world is the start of the larger one: the platform now lists fewer projects.
    const after = await serve(createBetterplaceReplica(generateWorld({ seed: 11, size: 120 }), {}));
    const full = await harvestSource({
      source: after,
      sink: storeSink(store, after.id),
      log,
      userAgent: 'Knooppunt/test',
      mode: 'full',
    });
    expect(full.status).toBe('succeeded');
    expect(full.gone).toBe(first.fetched - full.fetched);
    expect(full.gone).toBeGreaterThan(0);
    expect(await store.countSourceRecords('betterplace')).toBe(first.fetched);
    const page = await store.scanSourceRecords({ source: 'betterplace', limit: 1000 });
    expect(page.items.filter((record) => record.goneAt).length).toBe(full.gone);
  });
});
