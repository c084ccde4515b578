import { ConnectorError, explainAuthError, HttpError, type ReadContext } from '../sdk/index.ts';
import type { DeedmobConfig } from './config.ts';
import { DeedmobDeedDetail, DeedmobDeedList, DeedmobEnvelope } from './raw.ts';

/**
 * Deedmob's API answers only the site's own scripts: without this header a site serves its web app (HTML)
 * at the API paths.
 */
const XHR_HEADERS = { 'x-requested-with': 'XMLHttpRequest', accept: 'application/json' };

const CREDENTIALS_HINT =
  'this Deedmob site is not public (members only); ask the site operator for access or remove the source';

/** URL of one page of a site's deed list, with the organisations embedded. */
export function deedsUrl(baseUrl: string, config: DeedmobConfig, page: number): string {
  const url = new URL(`${trimSlash(baseUrl)}/api/deeds`);
  url.searchParams.set('query', '');
  url.searchParams.set('page', String(page));
  url.searchParams.set('pageSize', String(config.pageSize));
  url.searchParams.set('withOrganization', 'true');
  return url.toString();
}

/** URL of a deed's details. */
export function deedUrl(baseUrl: string, id: number): string {
  return `${trimSlash(baseUrl)}/api/deeds/${id}`;
}

/**
 * Fetches one page of the deed list and checks the envelope: the page must be the one asked for, so that a
 * site ignoring `page` ends the run instead of looping. An HTML answer means the base URL is not a Deedmob
 * site (or no longer one); 401/403 mean a members-only site.
 */
export async function fetchDeedsPage(
  context: ReadContext<DeedmobConfig>,
  page: number,
): Promise<DeedmobDeedList> {
  const url = deedsUrl(context.baseUrl, context.config, page);
  const data = await fetchData(context, url);
  const parsed = DeedmobDeedList.safeParse(data);
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `GET ${url} did not answer with Deedmob's deed list; the API may have changed`,
      {
        internal: `GET ${url}: ${parsed.error.message}`,
      },
    );
  }
  if (parsed.data.pagination.page !== page) {
    throw new ConnectorError(
      'system',
      `Deedmob deeds: asked for page ${page} but got page ${parsed.data.pagination.page}; stopping instead of looping`,
    );
  }
  return parsed.data;
}

/** Fetches a deed's details; undefined when the deed is gone (404). */
export async function fetchDeed(
  context: ReadContext<DeedmobConfig>,
  id: number,
): Promise<unknown | undefined> {
  const url = deedUrl(context.baseUrl, id);
  try {
    const data = await fetchData(context, url);
    const parsed = DeedmobDeedDetail.safeParse(data);
    return parsed.success ? parsed.data.deed : undefined;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) {
      context.log.warn({ url }, 'deed details unavailable');
      return undefined;
    }
    throw error;
  }
}

/** GETs an API path and unwraps the `{ status, error, data }` envelope. */
async function fetchData(context: ReadContext<DeedmobConfig>, url: string): Promise<unknown> {
  let response: Awaited<ReturnType<typeof context.http.text>>;
  try {
    response = await context.http.text({ url, headers: XHR_HEADERS, signal: context.signal });
  } catch (error) {
    if (error instanceof HttpError && error.status === 404 && url.includes('/api/deeds?')) {
      throw new ConnectorError(
        'config',
        `GET ${url} answered HTTP 404: the base URL must be a Deedmob site, e.g. https://www.coronahelpers.nl`,
        { cause: error },
      );
    }
    throw explainAuthError(error, CREDENTIALS_HINT);
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (/html/i.test(contentType) || /^\s*</.test(response.body)) {
    throw new ConnectorError(
      'config',
      `GET ${url} answered with a web page instead of JSON: the base URL is not a Deedmob site, or it ` +
        'no longer offers the deed API',
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch (error) {
    throw new ConnectorError('transient', `GET ${url} sent a body that is not valid JSON`, { cause: error });
  }
  const envelope = DeedmobEnvelope.safeParse(body);
  if (!envelope.success) {
    throw new ConnectorError(
      'system',
      `GET ${url} did not answer with Deedmob's { status, error, data } envelope`,
      {
        internal: envelope.error.message,
      },
    );
  }
  if (envelope.data.status !== 200 || envelope.data.error) {
    throw new ConnectorError(
      'system',
      `GET ${url} answered status ${envelope.data.status}: ${JSON.stringify(envelope.data.error ?? null)}`,
    );
  }
  return envelope.data.data;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
