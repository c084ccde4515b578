import { describe, expect, it } from 'vitest';
import { createRng, hashSeed } from './rng.ts';

describe('createRng', () => {
  it('repeats the same sequence for the same seed, numeric or textual', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(createRng('w000001:betterplace').next()).toBe(createRng(hashSeed('w000001:betterplace')).next());
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });

  it('draws integers within bounds and covers them', () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const n = rng.int(1, 6);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect(seen.size).toBe(6);
  });

  it('follows weights, samples without repetition and refuses to pick from nothing', () => {
    const rng = createRng(5);
    const picks = Array.from({ length: 1000 }, () =>
      rng.weighted([
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    expect(picks.filter((p) => p === 'a').length).toBeGreaterThan(800);
    const sample = rng.sample([1, 2, 3, 4], 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
    expect(() => rng.pick([])).toThrow(/empty/);
  });
});
