import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Logger } from '../lib/log.ts';
import { withSubgraphUrls } from '../schema/supergraph.ts';

/** Options of `startGateway`. */
export interface GatewayOptions {
  /** The composed supergraph SDL with placeholder subgraph URLs (schema/supergraph.graphql). */
  readonly supergraph: string;
  /** Where each subgraph listens, by subgraph name. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly host?: string;
  readonly port?: number;
  readonly log: Logger;
}

/** A running gateway. */
export interface RunningGateway {
  /** Base URL, e.g. `http://127.0.0.1:4000`; GraphQL at `/graphql`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves the federated graph with the Hive Gateway runtime on node:http: GraphQL (and GraphiQL in a
 * browser, bundled so it works offline) at `/graphql`, liveness at `/healthz`, readiness at `/readyz`.
 *
 * @example
 * const gateway = await startGateway({ supergraph, subgraphUrls: { initiatives: 'http://127.0.0.1:4101/' }, log });
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const runtime = createGatewayRuntime({
    supergraph: withSubgraphUrls(options.supergraph, options.subgraphUrls),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    graphiql: { title: 'Knooppunt', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL,
    landingPage: false,
    maskedErrors: true,
    logging: false,
  });
  const server = http.createServer(runtime);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  options.log.info({ url: `${url}/graphql` }, 'gateway listening');
  return {
    url,
    port: address.port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
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
