import {
  ConnectorError,
  explainAuthError,
  graphqlRequest,
  HttpError,
  type ReadContext,
} from '../sdk/index.ts';
import type { KivaConfig } from './config.ts';
import { LOANS_QUERY, loansVariables } from './query.ts';
import { KivaLoansData } from './raw.ts';

/** The GraphQL endpoint under a base URL (`https://api.kivaws.org` -> `https://api.kivaws.org/graphql`). */
export function graphqlUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/graphql`;
}

/**
 * Fetches one page of the loan search. Kiva answers a client over its throttle (60 requests a minute
 * without a registered app) with `403 Forbidden (Rate Limit Exceeded)` and a temporary lockout rather than
 * a 429, so a 403 is a transient error: the run stops and the next continues from the checkpoint. A 401
 * would mean Kiva changed its access rules; GraphQL errors mean the query no longer fits the schema.
 */
export async function fetchLoansPage(
  context: ReadContext<KivaConfig>,
  offset: number,
  limit: number,
): Promise<KivaLoansData> {
  const url = graphqlUrl(context.baseUrl);
  let data: unknown;
  try {
    data = await graphqlRequest<unknown>(context.http, {
      url,
      query: LOANS_QUERY,
      variables: loansVariables(context.config, offset, limit),
      headers: { accept: 'application/json' },
      signal: context.signal,
    });
  } catch (error) {
    if (error instanceof HttpError && error.status === 403) {
      throw new ConnectorError(
        'transient',
        `Kiva throttled this harvester (HTTP 403, rate limit exceeded: 60 requests a minute without a ` +
          `registered app); the next run continues from the checkpoint`,
        { cause: error },
      );
    }
    throw explainAuthError(
      error,
      "Kiva's loan search is public and needs no credentials: Kiva may have changed its access rules, see https://www.kiva.org/build",
    );
  }
  const parsed = KivaLoansData.safeParse(data);
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `${url} answered a loan search without lend.loans; the API may have changed`,
      {
        internal: parsed.error.message,
      },
    );
  }
  return parsed.data;
}
