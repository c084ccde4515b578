import { ConnectorError, HttpError, type ReadContext } from '../sdk/index.ts';
import type { ThreeSixtyGivingConfig } from './config.ts';
import { DatastoreOrganisation, DatastorePage, GivingPackage } from './raw.ts';

/** A data file as fetched: unchanged since the copy named in the request, or its grants. */
export type PackageResponse =
  | { readonly notModified: true }
  | {
      readonly notModified: false;
      readonly grants: readonly unknown[];
      readonly etag?: string;
      readonly lastModified?: string;
    };

/** An absolute URL from a configured package or a datastore `next` link, which may be relative to the host. */
export function absoluteUrl(baseUrl: string, url: string): string {
  return new URL(url, `${baseUrl.replace(/\/+$/, '')}/`).toString();
}

/** The first page of a funder's grants in the datastore. */
export function grantsMadeUrl(context: ReadContext<ThreeSixtyGivingConfig>, funder: string): string {
  const url = new URL(absoluteUrl(context.baseUrl, `api/v1/org/${encodeURIComponent(funder)}/grants_made/`));
  url.searchParams.set('limit', String(context.config.pageSize));
  url.searchParams.set('offset', '0');
  return url.toString();
}

/** Fetches a page of grants from the datastore; an unknown funder is a configuration error. */
export async function fetchGrantsPage(
  context: ReadContext<ThreeSixtyGivingConfig>,
  funder: string,
  url: string,
): Promise<DatastorePage> {
  const body = await getJson(context, url, funder);
  const parsed = DatastorePage.safeParse(body);
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `GET ${url} did not answer with the datastore's grant list; the API may have changed`,
      {
        internal: `GET ${url}: ${parsed.error.message}`,
      },
    );
  }
  return parsed.data;
}

/**
 * When the funder last published its data, from the datastore's organisation detail; undefined when the
 * funder publishes through someone else. An unchanged date lets an incremental run skip the funder.
 */
export async function fetchLastPublished(
  context: ReadContext<ThreeSixtyGivingConfig>,
  funder: string,
): Promise<string | undefined> {
  const url = absoluteUrl(context.baseUrl, `api/v1/org/${encodeURIComponent(funder)}/`);
  const parsed = DatastoreOrganisation.safeParse(await getJson(context, url, funder));
  return parsed.success ? (parsed.data.publisher?.data?.last_published ?? undefined) : undefined;
}

/**
 * Fetches a 360Giving data file, conditionally when the ETag or Last-Modified of the copy read before is
 * known: an unchanged file costs one 304. A missing file is a configuration error naming it.
 */
export async function fetchPackage(
  context: ReadContext<ThreeSixtyGivingConfig>,
  url: string,
  previous: { etag?: string; lastModified?: string } | undefined,
): Promise<PackageResponse> {
  let response: Awaited<ReturnType<typeof context.http.text>>;
  try {
    response = await context.http.text({ url, signal: context.signal, ...previous });
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 410)) {
      throw new ConnectorError(
        'config',
        `the 360Giving data file ${url} is gone (HTTP ${error.status}); check the packages option against the registry at https://registry.threesixtygiving.org/data.json`,
        { cause: error },
      );
    }
    throw error;
  }
  if (response.notModified) return { notModified: true };
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch (error) {
    throw new ConnectorError('transient', `GET ${url} sent a data file that is not valid JSON`, {
      cause: error,
    });
  }
  const parsed = GivingPackage.safeParse(body);
  if (!parsed.success) {
    throw new ConnectorError('config', `${url} is not a 360Giving JSON data file (no "grants" list)`, {
      internal: `GET ${url}: ${parsed.error.message}`,
    });
  }
  return {
    notModified: false,
    grants: parsed.data.grants,
    etag: response.etag,
    lastModified: response.lastModified,
  };
}

async function getJson(
  context: ReadContext<ThreeSixtyGivingConfig>,
  url: string,
  funder: string,
): Promise<unknown> {
  try {
    return (await context.http.json<unknown>({ url, signal: context.signal })).body;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) {
      throw new ConnectorError(
        'config',
        `the 360Giving datastore does not know the funder ${funder} (HTTP 404 from ${url}); check its org id on https://grantnav.threesixtygiving.org`,
        { cause: error },
      );
    }
    throw error;
  }
}
