import { ConnectorError } from './errors.ts';
import type { HttpClient } from './http.ts';

/** Options of one GraphQL request to a platform. */
export interface GraphqlRequestOptions {
  readonly url: string;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/**
 * Sends a GraphQL query to a platform's API (Open Collective, VolunteerMatch, Kiva) and returns `data`.
 * GraphQL errors in a 200 answer become a `ConnectorError`: `config` for authentication problems,
 * `system` otherwise (the query no longer fits the platform's schema).
 */
export async function graphqlRequest<Data>(http: HttpClient, options: GraphqlRequestOptions): Promise<Data> {
  const response = await http.json<{
    data?: Data | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  }>({
    url: options.url,
    method: 'POST',
    headers: options.headers,
    body: { query: options.query, variables: options.variables ?? {} },
    signal: options.signal,
  });
  const errors = response.body?.errors ?? [];
  if (errors.length > 0) {
    const messages = errors.map((error) => error.message).join('; ');
    const auth = errors.some(
      (error) =>
        /UNAUTHENTICATED|FORBIDDEN/i.test(error.extensions?.code ?? '') ||
        /api.?key|token|unauthori[sz]ed/i.test(error.message),
    );
    throw new ConnectorError(
      auth ? 'config' : 'system',
      `${options.url} answered GraphQL errors: ${messages}`,
    );
  }
  if (!response.body?.data) throw new ConnectorError('system', `${options.url} answered without data`);
  return response.body.data;
}
