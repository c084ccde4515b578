/** From clusters to the stored graph: initiatives, evidence, aliases, indexes. Internal to `resolution/`. */
export { buildInitiative, type InitiativeParts } from './build-initiative.ts';
export { curatedEvidence, evidenceOf } from './evidence.ts';
export {
  type ClusterRequest,
  namedClusters,
  type ResolvedCluster,
  resolveClusters,
} from './resolve-clusters.ts';
export { type GraphUpdate, writeGraph } from './write-graph.ts';
