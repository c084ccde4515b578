import { createLogger } from '../../lib/log.ts';
import { readSupergraph } from '../../schema/supergraph.ts';
import type { SourceRecord } from '../../schema/index.ts';
import { campaignRecords, startTestGraph, type TestGraph } from '../../subgraphs/testing/graph-fixture.ts';
import { ServerConfig, type ServerConfigInput } from '../config.ts';
import { type RunningGateway, startGateway } from '../gateway.ts';
import { startSubgraphProxy, type SubgraphProxy } from './subgraph-proxy.ts';

/** Options of `startEdgeGraph`. */
export interface EdgeGraphOptions {
  /** The `server` section of the configuration, as written in a config file. */
  readonly server?: ServerConfigInput;
  /** Records to serve; 6 initiatives with a campaign each by default. */
  readonly records?: readonly SourceRecord[];
  /** Subgraphs the gateway reaches through a recording proxy (see `EdgeGraph.proxies`). */
  readonly proxy?: readonly string[];
  /** Changes the subgraph URLs the gateway calls (a dead port), after the proxies are in place. */
  readonly subgraphUrls?: (urls: Record<string, string>) => Record<string, string>;
  readonly internalToken?: string;
}

/** The test graph behind a gateway configured for an edge test, and the JSON lines that gateway logged. */
export interface EdgeGraph {
  readonly graph: TestGraph;
  readonly gateway: RunningGateway;
  /** The gateway's GraphQL endpoint. */
  readonly url: string;
  /** Where each subgraph really listens. */
  readonly subgraphUrls: Record<string, string>;
  /** The recording proxies of the subgraphs named in `proxy`, by subgraph. */
  readonly proxies: Record<string, SubgraphProxy>;
  readonly logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * Starts the test graph (store, resolved records, subgraphs) and a gateway over it with the given edge
 * configuration, logging JSON lines into `logs`.
 *
 * @example
 * const edge = await startEdgeGraph({ server: { limits: { maxDepth: 3 } } });
 */
export async function startEdgeGraph(options: EdgeGraphOptions = {}): Promise<EdgeGraph> {
  const graph = await startTestGraph(options.records ?? campaignRecords(6, 1));
  const logs: Record<string, unknown>[] = [];
  const log = createLogger({
    level: 'info',
    json: true,
    destination: { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) },
  });
  const subgraphUrls = Object.fromEntries(graph.subgraphs.map((s) => [s.name, s.url]));
  const proxies: Record<string, SubgraphProxy> = {};
  const stopProxies = () => Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
  try {
    const called = { ...subgraphUrls };
    for (const name of options.proxy ?? []) {
      proxies[name] = await startSubgraphProxy(subgraphUrls[name]!);
      called[name] = proxies[name].url;
    }
    const gateway = await startGateway({
      supergraph: await readSupergraph(),
      subgraphUrls: options.subgraphUrls?.(called) ?? called,
      server: ServerConfig.parse(options.server ?? {}),
      port: 0,
      internalToken: options.internalToken,
      log,
    });
    return {
      graph,
      gateway,
      url: `${gateway.url}/graphql`,
      subgraphUrls,
      proxies,
      logs,
      async close() {
        await gateway.close();
        await stopProxies();
        await graph.close();
      },
    };
  } catch (error) {
    await stopProxies();
    await graph.close();
    throw error;
  }
}

/** A GraphQL answer with the HTTP status and headers it came with. */
export interface HttpAnswer<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly data?: T | null;
  readonly errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts a GraphQL query as JSON and returns status, headers and the parsed body. */
export async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<HttpAnswer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}

/** The `extensions.code` of every error of an answer. */
export function codes(answer: { errors?: { extensions?: Record<string, unknown> }[] }): unknown[] {
  return (answer.errors ?? []).map((error) => error.extensions?.code);
}
