import { ConnectorError, HttpError, type ReadContext } from '../sdk/index.ts';
import type { BetterplaceConfig } from './config.ts';
import { organisationWithoutPersonalData } from './personal-data.ts';
import { BetterplaceList } from './raw.ts';

/** A page of the project list, or the platform's word that page 1 has not changed. */
export type ProjectsPage =
  | { readonly notModified: true; readonly etag?: string }
  | { readonly notModified: false; readonly etag?: string; readonly list: BetterplaceList };

/**
 * The order the connector reads in: newest change first, ties by id. Changes during a run then only move
 * records to pages already read (they come again, never go missing), and an incremental run can stop at
 * the first record older than the previous run's high-water mark.
 */
export const PROJECT_ORDER = 'updated_at:DESC|id:DESC';

/** The end-of-life date betterplace announced for api_v4. */
export const API_V4_END_OF_LIFE = '2026-07-01';

/** URL of one page of the project list. */
export function projectsUrl(baseUrl: string, config: BetterplaceConfig, page: number): string {
  const url = new URL(`${trimSlash(baseUrl)}/${config.locale}/api_v4/projects.json`);
  url.searchParams.set('page', String(page));
  url.searchParams.set('per_page', String(config.perPage));
  url.searchParams.set('order', PROJECT_ORDER);
  return url.toString();
}

/** URL of an organisation's details. */
export function organisationUrl(baseUrl: string, config: BetterplaceConfig, id: number): string {
  return `${trimSlash(baseUrl)}/${config.locale}/api_v4/organisations/${id}.json`;
}

/**
 * Fetches one page of projects and checks the envelope: the page must be the one asked for and lie
 * within `total_pages`, otherwise the run ends rather than loops. A 404 or 410, or an HTML page where
 * JSON belongs, means the API is gone and is reported as such.
 */
export async function fetchProjectsPage(
  context: ReadContext<BetterplaceConfig>,
  page: number,
  etag?: string,
): Promise<ProjectsPage> {
  const url = projectsUrl(context.baseUrl, context.config, page);
  let response: Awaited<ReturnType<typeof context.http.text>>;
  try {
    response = await context.http.text({ url, etag, signal: context.signal });
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 410)) {
      throw retired(url, `answered HTTP ${error.status}`, error);
    }
    throw error;
  }
  if (response.notModified) return { notModified: true, etag: response.etag ?? etag };
  const contentType = response.headers.get('content-type') ?? '';
  if (/html/i.test(contentType) || /^\s*</.test(response.body)) {
    throw retired(url, 'answered with an HTML page instead of JSON');
  }
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch (error) {
    throw new ConnectorError('transient', `GET ${url} sent a body that is not valid JSON`, { cause: error });
  }
  const parsed = BetterplaceList.safeParse(body);
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `GET ${url} did not answer with the api_v4 list envelope; the API may have changed`,
      {
        internal: `GET ${url}: ${parsed.error.message}`,
      },
    );
  }
  const list = parsed.data;
  if (list.current_page !== page) {
    throw new ConnectorError(
      'system',
      `betterplace projects: asked for page ${page} but got page ${list.current_page}; stopping instead of looping`,
    );
  }
  if (list.current_page > list.total_pages && list.data.length > 0) {
    throw new ConnectorError(
      'system',
      `betterplace projects: page ${page} has records but the platform reports only ${list.total_pages} pages; stopping`,
    );
  }
  return { notModified: false, etag: response.etag, list };
}

/**
 * Fetches an organisation's details without its contact person. A 4xx (the organisation was removed or
 * hidden) gives undefined, so the project is still harvested from what the project list says.
 */
export async function fetchOrganisation(
  context: ReadContext<BetterplaceConfig>,
  id: number,
): Promise<unknown | undefined> {
  const url = organisationUrl(context.baseUrl, context.config, id);
  try {
    const response = await context.http.json<unknown>({ url, signal: context.signal });
    return organisationWithoutPersonalData(response.body);
  } catch (error) {
    if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 429) {
      context.log.warn({ url, status: error.status }, 'organisation details unavailable');
      return undefined;
    }
    throw error;
  }
}

function retired(url: string, what: string, cause?: unknown): ConnectorError {
  return new ConnectorError(
    'config',
    `the betterplace API v4 appears to be retired: GET ${url} ${what}. betterplace announced the end of ` +
      `api_v4 for ${API_V4_END_OF_LIFE}; disable this source until a successor API is supported`,
    { cause },
  );
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
