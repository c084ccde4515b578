import type { StreamDefinition } from '../sdk/index.ts';
import type { JsonLdConfig } from './config.ts';
import { crawl } from './crawl.ts';
import { mapNode } from './mapping.ts';
import { JsonLdRecord } from './raw.ts';

/**
 * The `nodes` stream: the schema.org nodes of a site's pages that describe initiatives, their projects,
 * events and volunteer jobs. Primary key `id` (the node's `@id`, or page and position); no cursor: the
 * sitemap's `lastmod` decides what an incremental crawl fetches (see crawl.ts).
 */
export const nodesStream: StreamDefinition<JsonLdConfig, JsonLdRecord> = {
  name: 'nodes',
  primaryKey: 'id',
  raw: JsonLdRecord,
  read: crawl,
  map: mapNode,
};
