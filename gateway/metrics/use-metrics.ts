import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';
import type { RequestStates } from '../edge/request-state.ts';
import type { Metrics } from './metrics.ts';

/** Options of `useMetrics`. */
export interface UseMetricsOptions {
  readonly metrics: Metrics;
  readonly states: RequestStates;
  /** Where Prometheus scrapes, `/metrics`. */
  readonly endpoint: string;
}

/**
 * Serves the metrics in the Prometheus text format at `endpoint`, and records every GraphQL request when its
 * response goes out and every subgraph call when it returns. Register after `useSubgraphAvailability`, so that
 * a subgraph that did not answer counts as unavailable.
 */
export function useMetrics(options: UseMetricsOptions): GatewayPlugin {
  const { metrics, states } = options;
  return {
    async onRequest({ url, request, fetchAPI, endResponse }) {
      if (url.pathname !== options.endpoint || request.method !== 'GET') return;
      const { contentType, body } = await metrics.render();
      endResponse(new fetchAPI.Response(body, { headers: { 'content-type': contentType } }));
    },
    onResponse({ serverContext, response }) {
      const state = states.of(serverContext);
      if (!state) return;
      metrics.observeRequest({
        operationType: state.operationType,
        status: response.status,
        seconds: (performance.now() - state.startedAt) / 1000,
        errorCodes: state.errorCodes,
      });
    },
    onSubgraphExecute({ subgraphName }) {
      const started = performance.now();
      return ({ result }) => {
        const errors =
          Symbol.asyncIterator in Object(result) ? [] : ((result as ExecutionResult).errors ?? []);
        metrics.observeSubgraphCall({
          subgraph: subgraphName,
          seconds: (performance.now() - started) / 1000,
          errorCodes: errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
        });
      };
    },
  };
}
