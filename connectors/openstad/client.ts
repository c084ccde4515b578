import { ConnectorError, explainAuthError, HttpError, type ReadContext } from '../sdk/index.ts';
import type { OpenstadConfig } from './config.ts';

/** The idea list, or the API's word that it has not changed since the ETag sent. */
export type IdeaList =
  | { readonly notModified: true; readonly etag?: string }
  | { readonly notModified: false; readonly etag?: string; readonly ideas: readonly unknown[] };

/** How an operator gets access to a site that does not publish its ideas anonymously. */
const CREDENTIALS_HINT =
  'this OpenStad site does not publish its ideas anonymously: ask the site owner (the municipality) for an ' +
  'API token and give it as the apiToken option from the environment';

/** URL of a site's idea list. */
export function ideasUrl(baseUrl: string, siteId: number): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/site/${siteId}/idea`;
}

/**
 * Fetches the whole idea list of a site in one request (OpenStad does not page it), conditionally when an
 * ETag is known. A 401 or 403 becomes a configuration error that says how to get a token, a 404 one that
 * names the site id; a body that is not a list ends the run as a `system` error.
 */
export async function fetchIdeas(context: ReadContext<OpenstadConfig>, etag?: string): Promise<IdeaList> {
  const { siteId, apiToken } = context.config;
  const url = ideasUrl(context.baseUrl, siteId);
  let response: Awaited<ReturnType<typeof context.http.json<unknown>>>;
  try {
    response = await context.http.json<unknown>({
      url,
      etag,
      headers: { accept: 'application/json', ...(apiToken ? { 'x-authorization': apiToken } : {}) },
      signal: context.signal,
    });
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) {
      throw new ConnectorError(
        'config',
        `OpenStad site ${siteId} was not found at ${context.baseUrl}: check the siteId option and the base URL`,
        { cause: error },
      );
    }
    throw explainAuthError(error, CREDENTIALS_HINT);
  }
  if (response.notModified) return { notModified: true, etag: response.etag ?? etag };
  if (!Array.isArray(response.body)) {
    throw new ConnectorError(
      'system',
      `GET ${url} did not answer with a list of ideas; the OpenStad API may have changed`,
    );
  }
  return { notModified: false, etag: response.etag, ideas: response.body };
}
