/** Constrained clustering of scored links. Internal to `resolution/`. */
export {
  type ClusteringInput,
  type ClusteringResult,
  clusterRecords,
  type LinkList,
  type SplitMark,
} from './constrained-clustering.ts';
export { UnionFind } from './union-find.ts';
