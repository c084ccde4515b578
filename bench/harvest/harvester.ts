// Benchmark worker: one harvest of the betterplace replica through the real pipeline (HTTP client,
// paginator, zod validation, mapping, content hash, store, incremental entity resolution), into a fresh
// store. Prints `{ records, stored, durationMs, recordsPerSecond, peakRssMiB }`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { betterplace } from '../../connectors/betterplace/index.ts';
import { harvestSource, storeSink } from '../../connectors/runtime/index.ts';
import { silentLogger } from '../../lib/log.ts';
import { createResolver } from '../../resolution/index.ts';
import { openStore } from '../../store/index.ts';
import { purgeRedisPrefix } from '../../store/redis/index.ts';
import { peakRssMiB } from '../lib/child.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    backend: { type: 'string', default: 'sqlite' },
    records: { type: 'string' },
  },
});
const log = silentLogger();
const dir = await mkdtemp(path.join(tmpdir(), 'kp-bench-harvest-'));
const prefix = `kpbench${process.pid}`;
const store = await openStore(
  values.backend === 'redis'
    ? { backend: 'redis', url: process.env.KNOOPPUNT_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379', prefix }
    : { backend: 'sqlite', path: path.join(dir, 'bench.db') },
);
const resolver = createResolver({ store, log });
const started = performance.now();
const run = await harvestSource({
  source: {
    id: 'betterplace',
    connector: betterplace as never,
    options: betterplace.config.parse({ perPage: 200 }),
    enabled: true,
    schedule: betterplace.defaultSchedule,
    baseUrl: values.url as string,
    priority: 50,
    // Loopback replica: the limits that protect real platforms would only measure the waiting.
    limits: { concurrency: 16, requestsPerMinute: 1_000_000 },
  },
  sink: storeSink(store, 'betterplace', resolver),
  log,
  userAgent: 'Knooppunt/bench',
  limit: Number(values.records),
});
const durationMs = performance.now() - started;
const initiatives = await store.countInitiatives();
await store.close();
if (values.backend === 'redis') {
  const client = new Redis(process.env.KNOOPPUNT_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379');
  await purgeRedisPrefix(client, prefix);
  client.disconnect();
}
await rm(dir, { recursive: true, force: true });
if (run.status !== 'succeeded') throw new Error(`harvest ${run.status}: ${JSON.stringify(run.errors)}`);
process.stdout.write(
  `${JSON.stringify({ records: run.fetched, stored: run.stored, quarantined: run.quarantined, initiatives, durationMs: Math.round(durationMs), recordsPerSecond: Math.round(run.fetched / (durationMs / 1000)), peakRssMiB: peakRssMiB() })}\n`,
);
