import { describe, expect, it } from 'vitest';
import { type ClusteringInput, clusterRecords, type SplitMark } from './constrained-clustering.ts';

interface Case {
  size: number;
  links: [number, number, number][];
  ids?: Record<number, string[]>;
  marks?: Record<number, SplitMark[]>;
  mustLink?: number[][];
  weights?: Record<string, number>;
}

function input(c: Case): ClusteringInput {
  return {
    size: c.size,
    links: {
      length: c.links.length,
      a: Int32Array.from(c.links, ([a]) => a),
      b: Int32Array.from(c.links, ([, b]) => b),
      weight: Float64Array.from(c.links, ([, , w]) => w),
    },
    mustLink: c.mustLink ?? [],
    identifiers: (i) => c.ids?.[i] ?? [],
    splitMarks: (i) => c.marks?.[i] ?? [],
    weight: (i, j) => c.weights?.[`${Math.min(i, j)}-${Math.max(i, j)}`] ?? 0,
    veto: -10,
  };
}

/** Clusters as sorted lists of members, in a canonical order, for comparison. */
function clusters(c: Case): number[][] {
  const { labels } = clusterRecords(input(c));
  const groups = new Map<number, number[]>();
  labels.forEach((label, i) => groups.set(label, [...(groups.get(label) ?? []), i]));
  return [...groups.values()].sort((x, y) => x[0]! - y[0]!);
}

describe('clusterRecords', () => {
  it('merges along links, strongest first', () => {
    expect(
      clusters({
        size: 4,
        links: [
          [0, 1, 5],
          [2, 3, 2],
        ],
      }),
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('does not let a weak link chain two initiatives with conflicting KvK numbers', () => {
    const c: Case = {
      size: 3,
      links: [
        [0, 1, 6],
        [1, 2, 3],
      ],
      ids: { 0: ['NL-KVK:11111111'], 2: ['NL-KVK:22222222'] },
    };
    expect(clusters(c)).toEqual([[0, 1], [2]]);
  });

  it('keeps clusters apart when any cross pair is strong evidence against', () => {
    const c: Case = {
      size: 3,
      links: [
        [0, 1, 6],
        [1, 2, 5],
      ],
      weights: { '0-2': -20 },
    };
    expect(clusters(c)).toEqual([[0, 1], [2]]);
  });

  it('never joins the two sides of a curated split, and always joins a curated merge', () => {
    const marks: Record<number, SplitMark[]> = {
      0: [{ decision: 'split:x', side: 0 }],
      1: [{ decision: 'split:x', side: 1 }],
    };
    expect(clusters({ size: 2, links: [[0, 1, 30]], marks })).toEqual([[0], [1]]);
    const ids = { 0: ['NL-KVK:11111111'], 1: ['NL-KVK:22222222'] };
    expect(clusters({ size: 2, links: [], ids, mustLink: [[0, 1]] })).toEqual([[0, 1]]);
  });

  it('gives the same clusters whatever order the links come in', () => {
    const links: [number, number, number][] = [
      [0, 1, 4],
      [1, 2, 4],
      [2, 3, 7],
      [3, 4, 1],
      [0, 4, 4],
    ];
    const ids = { 0: ['NL-KVK:11111111'], 3: ['NL-KVK:22222222'] };
    const expected = clusters({ size: 5, links, ids });
    for (let shift = 1; shift < links.length; shift++) {
      const rotated = [...links.slice(shift), ...links.slice(0, shift)];
      expect(clusters({ size: 5, links: rotated, ids })).toEqual(expected);
    }
  });

  it('gives the same clusters for any union of its clusters clustered alone', () => {
    const ids = { 0: ['NL-KVK:11111111'], 3: ['NL-KVK:22222222'] };
    const links: [number, number, number][] = [
      [0, 1, 9],
      [1, 3, 8],
      [3, 4, 7],
      [1, 4, 2],
      [2, 5, 3],
    ];
    const whole = clusters({ size: 6, links, ids });
    expect(whole).toEqual([
      [0, 1],
      [2, 5],
      [3, 4],
    ]);
    // Records 0, 1, 3, 4 alone (re-indexed 0..3, same order): the same two clusters.
    const part = clusters({
      size: 4,
      links: [
        [0, 1, 9],
        [1, 2, 8],
        [2, 3, 7],
        [1, 3, 2],
      ],
      ids: { 0: ids[0], 2: ids[3] },
    });
    expect(part).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
