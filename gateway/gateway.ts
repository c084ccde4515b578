import http from 'node:http';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Logger } from '../lib/log.ts';
import { withSubgraphUrls } from '../schema/supergraph.ts';
import { ServerConfig } from './config.ts';
import {
  corsOptions,
  createKeyring,
  createRequestStates,
  internalHeaders,
  maskUnexpected,
  useApiKeys,
  useBodyLimit,
  useCsrfPrevention,
  useExecutionTimeout,
  usePageSizeLimit,
  usePublicErrors,
  useQueryLimits,
  useRateLimit,
  useReadiness,
  useRequestLog,
  useRequestState,
  useSubgraphAvailability,
} from './edge/index.ts';
import { closeServer, listen } from './listen.ts';
import { createMetrics, type Metrics, useMetrics } from './metrics/index.ts';

/** Options of `startGateway`. */
export interface GatewayOptions {
  /** The composed supergraph SDL with placeholder subgraph URLs (schema/supergraph.graphql). */
  readonly supergraph: string;
  /** Where each subgraph listens, by subgraph name. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** The `server` section of the configuration: auth, CORS, limits, rate limits; its defaults when absent. */
  readonly server?: ServerConfig;
  /** Listening address; `server.host` by default. */
  readonly host?: string;
  /** Listening port (0 = a free one); `server.port` by default. */
  readonly port?: number;
  /** The secret the subgraphs expect in `x-knooppunt-internal-token`, so they trust the role header. */
  readonly internalToken?: string;
  /** Metrics to record into (shared with the scheduler in one process); fresh ones by default. */
  readonly metrics?: Metrics;
  readonly log: Logger;
}

/** A running gateway. */
export interface RunningGateway {
  /** Base URL, e.g. `http://127.0.0.1:4000`; GraphQL at `/graphql`. */
  readonly url: string;
  readonly port: number;
  /** The metrics served at `/metrics`; `recordHarvestRun` takes the scheduler's runs. */
  readonly metrics: Metrics;
  close(): Promise<void>;
}

/** Where the edge answers besides GraphQL. */
const ENDPOINTS = {
  graphql: '/graphql',
  healthz: '/healthz',
  readyz: '/readyz',
  supergraphReady: '/readyz/supergraph',
  metrics: '/metrics',
};

/**
 * Serves the federated graph with the Hive Gateway runtime on node:http: GraphQL (and GraphiQL in a
 * browser, bundled so it works offline) at `/graphql` behind the edge plugins (API keys, rate limits, body,
 * depth, alias, token, cost, page-size and time limits, CSRF prevention, CORS, coded and masked errors,
 * partial results when a subgraph is down), liveness at `/healthz`, readiness at `/readyz`, Prometheus
 * metrics at `/metrics`, one log line per request.
 *
 * @example
 * const gateway = await startGateway({ supergraph, subgraphUrls: { initiatives: 'http://127.0.0.1:4101/' }, log });
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const server = options.server ?? ServerConfig.parse({});
  const { limits } = server;
  const { log } = options;
  const states = createRequestStates();
  const metrics = options.metrics ?? createMetrics();
  const runtime: GatewayRuntime = createGatewayRuntime({
    supergraph: withSubgraphUrls(options.supergraph, options.subgraphUrls),
    graphqlEndpoint: ENDPOINTS.graphql,
    healthCheckEndpoint: ENDPOINTS.healthz,
    readinessCheckEndpoint: ENDPOINTS.supergraphReady,
    graphiql: { title: 'Knooppunt', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL,
    landingPage: false,
    maskedErrors: maskUnexpected(log),
    logging: false,
    cors: corsOptions(server.cors),
    upstreamTimeout: limits.subgraphTimeoutMs,
    // Subgraph calls end with the request: when the client goes away or the execution times out.
    upstreamCancellation: true,
    subgraphErrors: { errorCode: false, subgraphNameProp: 'subgraph' },
    propagateHeaders: { fromClientToSubgraphs: internalHeaders(states, options.internalToken) },
    plugins: () => [
      // Result hooks run in this order: public codes first, so that the state, logs and metrics see them.
      usePublicErrors(log),
      useRequestState(states, { graphqlEndpoint: ENDPOINTS.graphql, trustProxy: server.trustProxy }),
      useApiKeys({ keyring: createKeyring(server.auth.apiKeys), publicRead: server.auth.publicRead, states }),
      useRateLimit({ config: server.rateLimit, states }),
      useBodyLimit({ maxBytes: limits.maxBodyBytes, states }),
      useCsrfPrevention(),
      useQueryLimits(limits),
      usePageSizeLimit({ maxPageSize: limits.maxPageSize }),
      useExecutionTimeout({ timeoutMs: limits.timeoutMs }),
      useSubgraphAvailability({ subgraphTimeoutMs: limits.subgraphTimeoutMs, log }),
      useMetrics({ metrics, states, endpoint: ENDPOINTS.metrics }),
      useRequestLog({ states, log }),
      useReadiness({
        endpoint: ENDPOINTS.readyz,
        supergraphLoaded: async (): Promise<unknown> => runtime.getSchema(),
        subgraphUrls: options.subgraphUrls,
        internalToken: options.internalToken,
        timeoutMs: limits.subgraphTimeoutMs,
      }),
    ],
  });
  const httpServer = http.createServer(runtime);
  const { url, port } = await listen(httpServer, options.host ?? server.host, options.port ?? server.port);
  log.info({ url: `${url}${ENDPOINTS.graphql}` }, 'gateway listening');
  return {
    url,
    port,
    metrics,
    async close() {
      await closeServer(httpServer);
      await runtime.dispose();
    },
  };
}

/** The query GraphiQL opens with: initiatives with their campaigns, across two subgraphs. */
export const DEFAULT_QUERY = `# Initiatives from every harvested platform, with their campaigns
{
  initiatives(first: 5) {
    totalCount
    edges {
      node {
        id
        name
        themes
        location { locality municipality { code name } country }
        sources { source url }
        campaigns { title goal { minor currency } raised { minor currency } status }
      }
    }
  }
}
`;
