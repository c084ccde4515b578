import { ConnectorError, explainAuthError, HttpError, type ReadContext } from '../sdk/index.ts';
import type { HsdsConfig } from './config.ts';
import { HsdsPageEnvelope, OrukPageEnvelope } from './raw.ts';

/** One page of a list, whichever envelope the directory uses. */
export interface HsdsPage {
  readonly records: readonly unknown[];
  /** Pages in total, when the directory says. */
  readonly totalPages?: number;
  /** Records in total, when the directory says. */
  readonly totalItems?: number;
  /** The directory says this is the last page. */
  readonly last: boolean;
}

const CREDENTIALS_HINT =
  'this directory needs an API key: ask its operator for one and give it as the apiKey option from an ' +
  'environment variable (e.g. apiKey: ${HSDS_API_KEY}); set apiKeyHeader if the directory expects another header';

/** URL of one page of a list, with the query parameters HSDS 3 defines. */
export function listUrl(
  context: ReadContext<HsdsConfig>,
  path: string,
  page: number,
  query: Readonly<Record<string, string | undefined>> = {},
): string {
  const url = new URL(`${context.baseUrl.replace(/\/+$/, '')}${path}`);
  url.searchParams.set('page', String(page));
  url.searchParams.set('per_page', String(context.config.perPage));
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * Fetches a JSON document from the directory, with the API key when one is configured. A 401 or 403 is a
 * configuration error that says how to get a key; a 404 on a list says the path or base URL is wrong.
 */
export async function getJson(context: ReadContext<HsdsConfig>, url: string): Promise<unknown> {
  const { apiKey, apiKeyHeader } = context.config;
  try {
    const response = await context.http.json<unknown>({
      url,
      signal: context.signal,
      headers: apiKey ? { [apiKeyHeader]: apiKey } : {},
    });
    return response.body;
  } catch (error) {
    throw explainAuthError(error, CREDENTIALS_HINT);
  }
}

/**
 * Fetches one page of a list and reads its envelope: HSDS 3 (`contents`, `total_pages`, `page_number`,
 * `last_page`), the Spring Data envelope of older ORUK feeds (`content`, `totalPages`, `last`), or a bare
 * array (a feed without paging: one page). A page that is not the one asked for ends the run instead of
 * looping; anything else is a system error naming what came back.
 */
export async function fetchPage(
  context: ReadContext<HsdsConfig>,
  path: string,
  page: number,
  query: Readonly<Record<string, string | undefined>> = {},
): Promise<HsdsPage> {
  const url = listUrl(context, path, page, query);
  let body: unknown;
  try {
    body = await getJson(context, url);
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) {
      throw new ConnectorError(
        'config',
        `GET ${url} answered HTTP 404: no HSDS list at ${path}; check that the base URL is the API root ` +
          `(e.g. https://bristol.openplace.directory/o/OpenReferralService/v3) and the ${path === context.config.servicesPath ? 'servicesPath' : 'organizationsPath'} option`,
        { cause: error },
      );
    }
    throw error;
  }
  if (Array.isArray(body)) return { records: body, totalItems: body.length, last: true };
  const hsds = HsdsPageEnvelope.safeParse(body);
  if (hsds.success) {
    const envelope = hsds.data;
    if (envelope.page_number !== undefined && envelope.page_number !== page) {
      throw new ConnectorError(
        'system',
        `HSDS ${path}: asked for page ${page} but got page ${envelope.page_number}; stopping instead of looping`,
      );
    }
    return {
      records: envelope.contents,
      totalPages: envelope.total_pages,
      totalItems: envelope.total_items,
      last: envelope.last_page === true || envelope.empty === true,
    };
  }
  const oruk = OrukPageEnvelope.safeParse(body);
  if (oruk.success) {
    return {
      records: oruk.data.content,
      totalPages: oruk.data.totalPages,
      totalItems: oruk.data.totalElements,
      last: oruk.data.last === true,
    };
  }
  throw new ConnectorError(
    'system',
    `GET ${url} did not answer with an HSDS list; the API may have changed`,
    {
      internal: `GET ${url}: ${hsds.error.message}`,
    },
  );
}
