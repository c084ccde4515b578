import { Counter, Histogram, type Registry } from 'prom-client';

/** Latency buckets in seconds: search answers in milliseconds, federated pages in tens of them. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** One GraphQL request as metrics see it. */
export interface ObservedRequest {
  /** `query`, `mutation`, `subscription`, or undefined when the document never parsed. */
  readonly operationType?: string;
  /** The HTTP status answered. */
  readonly status: number;
  readonly seconds: number;
  readonly errorCodes: Iterable<string>;
}

/** One call of the gateway to a subgraph as metrics see it. */
export interface ObservedSubgraphCall {
  readonly subgraph: string;
  readonly seconds: number;
  /** Codes of the errors in its answer; SUBGRAPH_UNAVAILABLE when it did not answer. */
  readonly errorCodes: readonly string[];
}

/** Records GraphQL requests and subgraph calls. */
export interface RequestMetrics {
  observeRequest(request: ObservedRequest): void;
  observeSubgraphCall(call: ObservedSubgraphCall): void;
}

/**
 * Registers the request metrics: `knooppunt_graphql_requests_total` and
 * `knooppunt_graphql_request_duration_seconds` by operation type and status, `knooppunt_graphql_errors_total`
 * by code, and `knooppunt_subgraph_requests_total` / `_duration_seconds` / `_errors_total` by subgraph.
 */
export function createRequestMetrics(registry: Registry): RequestMetrics {
  const registers = [registry];
  const requests = new Counter({
    name: 'knooppunt_graphql_requests_total',
    help: 'GraphQL requests answered, by operation type and HTTP status.',
    labelNames: ['operation_type', 'status'],
    registers,
  });
  const latency = new Histogram({
    name: 'knooppunt_graphql_request_duration_seconds',
    help: 'Time from request to response, by operation type and HTTP status.',
    labelNames: ['operation_type', 'status'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'knooppunt_graphql_errors_total',
    help: 'Errors answered, by public error code.',
    labelNames: ['code'],
    registers,
  });
  const subgraphRequests = new Counter({
    name: 'knooppunt_subgraph_requests_total',
    help: 'Calls of the gateway to a subgraph, by subgraph and outcome (ok, error, unavailable).',
    labelNames: ['subgraph', 'outcome'],
    registers,
  });
  const subgraphLatency = new Histogram({
    name: 'knooppunt_subgraph_request_duration_seconds',
    help: 'Time a subgraph took to answer a call of the gateway.',
    labelNames: ['subgraph'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const subgraphErrors = new Counter({
    name: 'knooppunt_subgraph_errors_total',
    help: 'Errors in subgraph answers (SUBGRAPH_UNAVAILABLE when one did not answer), by subgraph and code.',
    labelNames: ['subgraph', 'code'],
    registers,
  });
  return {
    observeRequest(request) {
      const labels = { operation_type: request.operationType ?? 'none', status: String(request.status) };
      requests.inc(labels);
      latency.observe(labels, request.seconds);
      for (const code of request.errorCodes) errors.inc({ code });
    },
    observeSubgraphCall(call) {
      const outcome = call.errorCodes.includes('SUBGRAPH_UNAVAILABLE')
        ? 'unavailable'
        : call.errorCodes.length > 0
          ? 'error'
          : 'ok';
      subgraphRequests.inc({ subgraph: call.subgraph, outcome });
      subgraphLatency.observe({ subgraph: call.subgraph }, call.seconds);
      for (const code of call.errorCodes) subgraphErrors.inc({ subgraph: call.subgraph, code });
    },
  };
}
