import {
  jsonLdNode,
  jsonLdString,
  jsonLdValues,
  type JsonLdNode,
  type MapContext,
  normalizeUrl,
  toIsoDateTime,
} from '../sdk/index.ts';
import type { JsonLdConfig } from './config.ts';
import { isOrganisation } from './node-kinds.ts';
import type { ProfileContext } from './profile.ts';
import type { JsonLdRecord } from './raw.ts';

/** The fields every record of a node shares, and what profiles of it need to know. */
export interface RecordBase {
  readonly fields: {
    readonly key: string;
    readonly source: string;
    readonly sourceId: string;
    readonly url?: string;
    readonly harvestedAt: string;
    readonly sourceUpdatedAt?: string;
  };
  readonly profile: ProfileContext;
}

/**
 * The shared fields of a node's record: its id as source id, the page it is on as its public URL, and when
 * it changed (`dateModified`, else the page's `lastmod` in the sitemap).
 */
export function recordBase(raw: JsonLdRecord, context: MapContext<JsonLdConfig>): RecordBase {
  return {
    fields: {
      key: `${context.source}:${raw.id}`,
      source: context.source,
      sourceId: raw.id,
      url: normalizeUrl(raw.page),
      harvestedAt: context.harvestedAt,
      sourceUpdatedAt: toIsoDateTime(jsonLdString(raw.node, 'dateModified')) ?? toIsoDateTime(raw.lastmod),
    },
    profile: {
      page: raw.page,
      language: raw.language ?? context.config.language,
      country: context.config.country,
      now: context.harvestedAt,
    },
  };
}

/**
 * Who runs what a node describes: the first organisation among the given properties (`organizer`,
 * `hiringOrganization`, `parentOrganization`), else the page's own organisation. A person is never taken:
 * an event organised by a private person is attributed to the page's organisation, or not harvested.
 */
export function ownerOf(raw: JsonLdRecord, properties: readonly string[]): JsonLdNode | undefined {
  for (const property of properties) {
    const found = jsonLdValues(raw.node, property).map(jsonLdNode).find(isOrganisation);
    if (found) return found;
  }
  return isOrganisation(raw.publisher) ? raw.publisher : undefined;
}
