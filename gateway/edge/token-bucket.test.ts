import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from './token-bucket.ts';

describe('token buckets', () => {
  const rate = { perMinute: 60, burst: 3 };

  it('lets a burst through, then refuses with the seconds until the next token', () => {
    const buckets = createTokenBuckets(() => 0);
    expect([1, 2, 3].map(() => buckets.take('a', rate).allowed)).toEqual([true, true, true]);
    expect(buckets.take('a', rate)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at the configured rate, never above the burst', () => {
    let now = 0;
    const buckets = createTokenBuckets(() => now);
    for (let i = 0; i < 3; i++) buckets.take('a', rate);
    now = 2_000;
    expect(buckets.take('a', rate).allowed).toBe(true);
    expect(buckets.take('a', rate).allowed).toBe(true);
    expect(buckets.take('a', rate).allowed).toBe(false);
    now = 3_600_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a', rate).allowed)).toEqual([true, true, true, false]);
  });

  it('keeps one bucket per client', () => {
    const buckets = createTokenBuckets(() => 0);
    for (let i = 0; i < 3; i++) buckets.take('a', rate);
    expect(buckets.take('a', rate).allowed).toBe(false);
    expect(buckets.take('b', rate).allowed).toBe(true);
  });

  it('forgets clients whose buckets have refilled once it holds many', () => {
    let now = 0;
    const buckets = createTokenBuckets(() => now);
    for (let i = 0; i < 10_000; i++) buckets.take(`client-${i}`, rate);
    now = 60_000;
    buckets.take('newcomer', rate);
    expect(buckets.size).toBe(1);
  });
});
