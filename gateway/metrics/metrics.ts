import { collectDefaultMetrics, Registry } from 'prom-client';
import { createHarvestMetrics, type HarvestMetrics } from './harvest-metrics.ts';
import { createRequestMetrics, type RequestMetrics } from './request-metrics.ts';

/** Every metric of one process, in its own Prometheus registry. */
export interface Metrics extends RequestMetrics, HarvestMetrics {
  readonly registry: Registry;
  /** The registry in the Prometheus text format, with its content type. */
  render(): Promise<{ contentType: string; body: string }>;
}

/**
 * Creates the process's metrics: requests and subgraph calls (the gateway records them), harvest runs (the
 * scheduler's `onRun` records them) and Node's process metrics (memory, event loop lag, GC), in a registry of
 * their own so that two gateways in one process (tests) do not mix.
 *
 * @example
 * const metrics = createMetrics();
 * createScheduler({ ..., onRun: metrics.recordHarvestRun });
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'knooppunt_' });
  const requests = createRequestMetrics(registry);
  const harvest = createHarvestMetrics(registry);
  return {
    registry,
    observeRequest: requests.observeRequest,
    observeSubgraphCall: requests.observeSubgraphCall,
    recordHarvestRun: harvest.recordHarvestRun,
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
