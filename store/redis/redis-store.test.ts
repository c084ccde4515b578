import { randomUUID } from 'node:crypto';
import { afterAll, describe, it } from 'vitest';
import { defineStoreContract } from '../contract/index.ts';
import { connectRedis, purgeRedisPrefix } from './index.ts';
import { createRedisStore } from './redis-store.ts';

const url = process.env.KNOOPPUNT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `kp-test-${randomUUID()}`;
const admin = await connectRedis(url).catch((error: Error) => error);
let stores = 0;

if (admin instanceof Error) {
  const message = `no Redis answers at ${url} (set KNOOPPUNT_TEST_REDIS_URL): ${admin.message}`;
  if (process.env.CI === 'true')
    describe('redis store', () =>
      it('reaches Redis in CI', () => {
        throw new Error(message);
      }));
  else describe.skip(`redis store: skipped, ${message}`, () => it('runs the contract', () => {}));
} else {
  afterAll(async () => {
    await purgeRedisPrefix(admin, prefix);
    await admin.quit();
  });
  defineStoreContract('redis', () => createRedisStore({ url, prefix: `${prefix}:${++stores}` }));
}
