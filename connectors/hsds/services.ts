import {
  HttpError,
  type JsonValue,
  type RawPage,
  type ReadContext,
  type StreamDefinition,
} from '../sdk/index.ts';
import { getJson } from './client.ts';
import type { HsdsConfig } from './config.ts';
import { mapService } from './map-service.ts';
import { withoutPersonalData } from './personal-data.ts';
import { HsdsService } from './raw.ts';
import { readList } from './read-list.ts';

/** Organisations kept per run for services that only name their organisation's id. */
const ORGANISATION_CACHE_SIZE = 2000;

/** Reads `/services`, incrementally with `modified_after`, attaching organisations the feed leaves out. */
function readServices(
  context: ReadContext<HsdsConfig>,
  state: JsonValue | undefined,
): AsyncIterable<RawPage> {
  const organisations = new Map<string, Promise<unknown>>();
  return readList(context, state, {
    what: 'HSDS services',
    enabled: context.config.services,
    path: context.config.servicesPath,
    filterable: true,
    complete: (records) =>
      Promise.all(records.map((record) => withOrganisation(context, record, organisations))),
  });
}

/**
 * A service with its organisation: as embedded, or fetched once per run from `/organizations/{id}` when the
 * feed gives only `organization_id`. A 4xx leaves the service as it is (it is then mapped as its own
 * provider); other failures end the page, so the run retries it.
 */
async function withOrganisation(
  context: ReadContext<HsdsConfig>,
  record: unknown,
  cache: Map<string, Promise<unknown>>,
): Promise<unknown> {
  if (typeof record !== 'object' || record === null) return record;
  const service = record as { organization?: unknown; organization_id?: unknown };
  const id = service.organization_id;
  if (service.organization || (typeof id !== 'string' && typeof id !== 'number')) return record;
  const key = String(id);
  let organisation = cache.get(key);
  if (!organisation) {
    const url = `${context.baseUrl.replace(/\/+$/, '')}${context.config.organizationsPath}/${encodeURIComponent(key)}`;
    organisation = getJson(context, url).then(withoutPersonalData, (error: unknown) => {
      if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 429) {
        context.log.warn({ url, status: error.status }, 'organisation of a service unavailable');
        return undefined;
      }
      throw error;
    });
    if (cache.size >= ORGANISATION_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, organisation);
  }
  const found = await organisation;
  return found ? { ...service, organization: found } : record;
}

/**
 * The `services` stream: the directory's services as listings (offers) of the organisations that provide
 * them. Primary key `id`; cursor `last_modified` (HSDS 3 `modified_after`).
 */
export const servicesStream: StreamDefinition<HsdsConfig, HsdsService> = {
  name: 'services',
  primaryKey: 'id',
  cursorField: 'last_modified',
  raw: HsdsService,
  read: readServices,
  map: mapService,
};
