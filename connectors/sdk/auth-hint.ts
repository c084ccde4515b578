import { ConnectorError, HttpError } from './errors.ts';

/**
 * Turns a 401 or 403 from a platform into a `config` error that tells the operator how to get working
 * credentials (the HTTP client only knows that they are missing or wrong). Any other error comes back
 * unchanged, so that callers can rethrow whatever this returns.
 *
 * @example
 * try { return await context.http.json(url); }
 * catch (error) { throw explainAuthError(error, 'request an API key at https://example.org/developers'); }
 */
export function explainAuthError(error: unknown, howToGetCredentials: string): unknown {
  if (!(error instanceof HttpError) || (error.status !== 401 && error.status !== 403)) return error;
  const what = error.status === 401 ? 'credentials are missing or wrong' : 'access was denied';
  return new ConnectorError(
    'config',
    `${error.method} ${error.url} answered HTTP ${error.status}: ${what}; ${howToGetCredentials}`,
    {
      cause: error,
      internal: error.message,
    },
  );
}
