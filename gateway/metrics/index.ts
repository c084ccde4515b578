/** Prometheus metrics of the gateway and the harvester. Exports here are public API. */
export { createHarvestMetrics, type HarvestMetrics } from './harvest-metrics.ts';
export { createMetrics, type Metrics } from './metrics.ts';
export {
  createRequestMetrics,
  type ObservedRequest,
  type ObservedSubgraphCall,
  type RequestMetrics,
} from './request-metrics.ts';
export { type MetricsServer, serveMetrics } from './serve-metrics.ts';
export { type UseMetricsOptions, useMetrics } from './use-metrics.ts';
