/** Disjoint sets over `0..size-1` with path halving; the root of a set is its smallest-rank representative. */
export class UnionFind {
  readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  /** The representative of the set holding `x`. */
  find(x: number): number {
    const parent = this.parent;
    let node = x;
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]!]!;
      node = parent[node]!;
    }
    return node;
  }

  /** Makes `child`'s root point at `root`'s root; returns the surviving root. */
  attach(root: number, child: number): number {
    const r = this.find(root);
    this.parent[this.find(child)] = r;
    return r;
  }
}
