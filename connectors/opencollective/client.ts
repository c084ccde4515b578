import { ConnectorError, explainAuthError, graphqlRequest, type ReadContext } from '../sdk/index.ts';
import type { OpenCollectiveConfig } from './config.ts';
import { ACCOUNTS_QUERY } from './query.ts';
import { OpenCollectiveAccounts } from './raw.ts';

/** The path of the GraphQL API v2 under the base URL. */
export const GRAPHQL_PATH = '/graphql/v2';

/** How to get a token, named in every credentials error. */
export const TOKEN_HINT =
  'public data needs no token; to use one, create a personal token at https://opencollective.com/ ' +
  '(Settings > For developers > Personal tokens) and give it from the environment, e.g. ' +
  'personalToken: ${OPENCOLLECTIVE_TOKEN}, or remove a token that was revoked';

/**
 * Sends the accounts query with the given variables and checks the answer's shape. A refused token (401,
 * 403, or an authentication error in the answer) becomes a `config` error that says what to do.
 */
export async function fetchAccounts(
  context: ReadContext<OpenCollectiveConfig>,
  variables: Record<string, unknown>,
): Promise<OpenCollectiveAccounts> {
  const url = `${context.baseUrl.replace(/\/+$/, '')}${GRAPHQL_PATH}`;
  const token = context.config.personalToken;
  let data: unknown;
  try {
    data = await graphqlRequest<unknown>(context.http, {
      url,
      query: ACCOUNTS_QUERY,
      variables,
      headers: token ? { 'Personal-Token': token } : undefined,
      signal: context.signal,
    });
  } catch (error) {
    if (error instanceof ConnectorError && error.type === 'config' && !('status' in error)) {
      throw new ConnectorError('config', `${error.userMessage}; ${TOKEN_HINT}`, { cause: error });
    }
    throw explainAuthError(error, TOKEN_HINT);
  }
  const parsed = OpenCollectiveAccounts.safeParse(data);
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `${url} answered without the accounts collection; the API may have changed`,
      {
        internal: `${url}: ${parsed.error.message}`,
      },
    );
  }
  return parsed.data;
}
