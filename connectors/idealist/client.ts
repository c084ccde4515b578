import { ConnectorError, explainAuthError, HttpError, type ReadContext } from '../sdk/index.ts';
import type { IdealistConfig } from './config.ts';
import { IdealistVolopList } from './raw.ts';

const CREDENTIALS_HINT =
  'ask Idealist support (support@idealist.org) for a Listings API key and set it as the apiKey option ' +
  'from the environment, e.g. apiKey: ${IDEALIST_API_KEY}';

/** URL of the volunteer-opportunity list, from a change time on (exclusive) or from the start. */
export function volopsUrl(baseUrl: string, since: string | undefined): string {
  const url = new URL(`${trimSlash(baseUrl)}/api/v1/listings/volops`);
  if (since) url.searchParams.set('since', since);
  return url.toString();
}

/** URL of a volunteer opportunity's details. */
export function volopUrl(baseUrl: string, id: string): string {
  return `${trimSlash(baseUrl)}/api/v1/listings/volops/${encodeURIComponent(id)}`;
}

/** HTTP Basic authentication with the API key as user name and an empty password, as Idealist asks. */
function headers(config: IdealistConfig): Record<string, string> {
  return config.apiKey
    ? { authorization: `Basic ${Buffer.from(`${config.apiKey}:`).toString('base64')}` }
    : {};
}

/** Fetches one page of the list of volunteer opportunities changed after `since`. */
export async function fetchVolops(
  context: ReadContext<IdealistConfig>,
  since: string | undefined,
): Promise<IdealistVolopList> {
  const url = volopsUrl(context.baseUrl, since);
  let body: unknown;
  try {
    body = (await context.http.json({ url, headers: headers(context.config), signal: context.signal })).body;
  } catch (error) {
    throw explainAuthError(error, CREDENTIALS_HINT);
  }
  const parsed = IdealistVolopList.safeParse(body);
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `GET ${url} did not answer with { volops, hasMore }; the API may have changed`,
      {
        internal: parsed.error.message,
      },
    );
  }
  return parsed.data;
}

/**
 * Fetches a volunteer opportunity's details (the `volop` of the answer); undefined when Idealist no longer
 * has it (404 or 410), which happens to listings deleted rather than unpublished.
 */
export async function fetchVolop(
  context: ReadContext<IdealistConfig>,
  id: string,
): Promise<unknown | undefined> {
  const url = volopUrl(context.baseUrl, id);
  try {
    const { body } = await context.http.json<{ volop?: unknown }>({
      url,
      headers: headers(context.config),
      signal: context.signal,
    });
    return body?.volop ?? undefined;
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 410)) {
      context.log.info({ id, status: error.status }, 'volunteer opportunity no longer available');
      return undefined;
    }
    throw explainAuthError(error, CREDENTIALS_HINT);
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
