/** Test code only: a configured gateway over the test graph, and a recording proxy in front of a subgraph. */
export {
  codes,
  type EdgeGraph,
  type EdgeGraphOptions,
  type HttpAnswer,
  post,
  startEdgeGraph,
} from './edge-graph.ts';
export { type SubgraphProxy, startSubgraphProxy } from './subgraph-proxy.ts';
