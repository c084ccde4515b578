import { threeSixtyGiving } from './360giving/index.ts';
import { betterplace } from './betterplace/index.ts';
import { globalGiving } from './globalgiving/index.ts';
import { hsds } from './hsds/index.ts';
import { jsonld } from './jsonld/index.ts';
import { kiva } from './kiva/index.ts';
import { openCollective } from './opencollective/index.ts';
import { openstad } from './openstad/index.ts';
import { schemaOrgMarket } from './schemaorg-market/index.ts';
import { tabular } from './tabular/index.ts';
import { ushahidi } from './ushahidi/index.ts';
import type { ConnectorDefinition } from './sdk/index.ts';

/** Every built-in connector by id; a source's `connector:` names one of these. */
export const CONNECTORS = {
  betterplace,
  globalgiving: globalGiving,
  opencollective: openCollective,
  kiva,
  openstad,
  ushahidi,
  'schemaorg-market': schemaOrgMarket,
  hsds,
  '360giving': threeSixtyGiving,
  jsonld,
  tabular,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- connectors differ in their config type
} satisfies Record<string, ConnectorDefinition<any>>;

/** The id of a built-in connector. */
export type ConnectorId = keyof typeof CONNECTORS;

/**
 * Looks a connector up by id; throws an error that lists the known ids when there is none.
 *
 * @example
 * getConnector('betterplace').streams.map((s) => s.name); // ['projects']
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers narrow the config through the connector's schema
export function getConnector(id: string): ConnectorDefinition<any> {
  const connector = (CONNECTORS as Record<string, ConnectorDefinition<unknown>>)[id];
  if (!connector) {
    throw new Error(`unknown connector "${id}"; known connectors: ${Object.keys(CONNECTORS).join(', ')}`);
  }
  return connector;
}

/** Every built-in connector, sorted by id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- connectors differ in their config type
export function listConnectors(): ConnectorDefinition<any>[] {
  return Object.values(CONNECTORS).sort((a, b) => a.id.localeCompare(b.id));
}
