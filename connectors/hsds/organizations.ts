import type { JsonValue, RawPage, ReadContext, StreamDefinition } from '../sdk/index.ts';
import type { HsdsConfig } from './config.ts';
import { mapOrganization } from './map-organization.ts';
import { HsdsOrganization } from './raw.ts';
import { readList } from './read-list.ts';

/** Reads `/organizations`, fully nested when configured; HSDS cannot filter organisations by change. */
function readOrganizations(
  context: ReadContext<HsdsConfig>,
  state: JsonValue | undefined,
): AsyncIterable<RawPage> {
  return readList(context, state, {
    what: 'HSDS organizations',
    enabled: context.config.organizations,
    path: context.config.organizationsPath,
    query: context.config.full ? { full: 'true' } : {},
    filterable: false,
  });
}

/**
 * The `organizations` stream: the directory's organisations as initiative records. Primary key `id`; no
 * cursor (HSDS offers no change filter on organisations, so every run reads the list; the store keeps only
 * what changed).
 */
export const organizationsStream: StreamDefinition<HsdsConfig, HsdsOrganization> = {
  name: 'organizations',
  primaryKey: 'id',
  raw: HsdsOrganization,
  read: readOrganizations,
  map: mapOrganization,
};
