import type { Plugin } from 'graphql-yoga';
import { INTERNAL_TOKEN_HEADER, ROLE_HEADER } from './internal-headers.ts';

/** Options of `useReadiness`. */
export interface ReadinessOptions {
  /** Where `/readyz` answers. */
  readonly endpoint: string;
  /** Resolves when the supergraph is loaded, rejects or resolves falsy when it is not. */
  readonly supergraphLoaded: () => Promise<unknown>;
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly internalToken?: string;
  /** How long each subgraph has to answer. */
  readonly timeoutMs: number;
}

/** One subgraph's answer to the readiness probe. */
export type SubgraphProbe = 'ok' | 'unreachable' | 'failing';

/**
 * Readiness for load balancers and Kubernetes: 200 only when the supergraph is loaded and every subgraph
 * answers `{ __typename }`, 503 otherwise; the JSON body says which part is missing.
 */
export function useReadiness(options: ReadinessOptions): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname !== options.endpoint) return;
      const supergraph = await options.supergraphLoaded().then(Boolean, () => false);
      const entries = await Promise.all(
        Object.entries(options.subgraphUrls).map(
          async ([name, target]) => [name, await probe(target, options)] as const,
        ),
      );
      const subgraphs = Object.fromEntries(entries);
      const ready = supergraph && entries.every(([, state]) => state === 'ok');
      endResponse(
        new fetchAPI.Response(JSON.stringify({ ready, supergraph, subgraphs }), {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}

async function probe(target: string, options: ReadinessOptions): Promise<SubgraphProbe> {
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [ROLE_HEADER]: 'reader',
        ...(options.internalToken ? { [INTERNAL_TOKEN_HEADER]: options.internalToken } : {}),
      },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const body = (await response.json()) as { data?: { __typename?: string } };
    return response.ok && body.data?.__typename ? 'ok' : 'failing';
  } catch {
    return 'unreachable';
  }
}
