import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, describe, it } from 'vitest';
import { connectRedis } from './connect.ts';
import { purgeRedisPrefix } from './purge.ts';

/** What a Redis test gets: where Redis is, a prefix of its own, and a client for checks and clean-up. */
export interface TestRedis {
  readonly url: string;
  /** Unique per test file run; every key under it is deleted after the file's tests. */
  readonly prefix: string;
  readonly admin: Redis;
}

/**
 * Test code only: defines a suite that runs against the Redis at `KNOOPPUNT_TEST_REDIS_URL` (default
 * `redis://127.0.0.1:6379`). When nothing answers, the suite is skipped with a message saying so, except
 * in CI (`CI=true`), where a missing Redis fails, so that CI never passes without running these tests.
 */
export async function describeWithRedis(name: string, body: (redis: TestRedis) => void): Promise<void> {
  const url = process.env.KNOOPPUNT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const admin = await connectRedis(url).catch((error: Error) => error);
  if (admin instanceof Error) {
    const message = `no Redis answers at ${url} (set KNOOPPUNT_TEST_REDIS_URL): ${admin.message}`;
    if (process.env.CI !== 'true') {
      // The reporter shows a skipped file without the suite's name, so the reason goes to stderr as well.
      console.warn(`${name}: skipped, ${message}`);
      return void describe.skip(`${name} (skipped: ${message})`, () => it.todo(name));
    }
    return void describe(name, () =>
      it('finds the Redis CI provides', () => {
        throw new Error(message);
      }),
    );
  }
  const prefix = `kp-test-${randomUUID()}`;
  describe(name, () => {
    afterAll(async () => {
      await purgeRedisPrefix(admin, prefix);
      await admin.quit();
    });
    body({ url, prefix, admin });
  });
}
