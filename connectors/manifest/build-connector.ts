import type { z } from 'zod';
import type { UnhashedSourceRecord } from '../../schema/index.ts';
import {
  type ConnectorDefinition,
  defineConnector,
  type HostLimits,
  type StreamDefinition,
} from '../sdk/index.ts';
import { resolveAuth } from './auth.ts';
import { mapRecord } from './map-record.ts';
import { configSchema, type Environment, type ManifestConfig } from './options.ts';
import { rawSchema } from './raw-schema.ts';
import { readStream } from './read-stream.ts';
import type { Manifest, StreamSpec } from './schema.ts';

/** A connector built from a manifest: a `ConnectorDefinition` that also carries the manifest's default limits. */
export type ManifestConnector = ConnectorDefinition<ManifestConfig> & {
  /** The platform's default request limits from the manifest, with where the numbers come from. */
  readonly defaultLimits?: HostLimits & { readonly comment: string };
  /** The validated manifest it was built from. */
  readonly manifest: Manifest;
};

/** Options of `connectorFromManifest`. */
export interface ConnectorFromManifestOptions {
  /** Where secrets not given in the configuration are read; `process.env` by default. */
  readonly env?: Environment;
}

/** Template values of a source: its options, its base URL and its id. */
function templateValues(config: ManifestConfig, baseUrl: string, source: string): Record<string, unknown> {
  return { ...config, baseUrl, source };
}

function streamOf(
  manifest: Manifest,
  stream: StreamSpec,
  env: Environment,
): StreamDefinition<ManifestConfig, unknown> {
  return {
    name: stream.name,
    primaryKey: stream.primaryKey,
    cursorField:
      stream.incremental?.field ?? (stream.paginator.type === 'since' ? stream.paginator.field : undefined),
    raw: rawSchema(stream.raw, stream.primaryKey),
    read(context, state) {
      const auth = resolveAuth(manifest.auth, context.config, manifest.options, env, manifest.id);
      const values = templateValues(context.config, context.baseUrl, context.source);
      return readStream(stream, context, state, { id: manifest.id, values, auth });
    },
    map(raw, context): UnhashedSourceRecord[] {
      const values = templateValues(context.config, context.baseUrl, context.source);
      return [mapRecord(stream, raw, { source: context.source, harvestedAt: context.harvestedAt, values })];
    },
  };
}

/**
 * Builds a connector from a validated manifest: its options become the config schema (secrets marked), each
 * stream reads with the SDK client and paginators and checkpoints after every page, and maps with the
 * declared fields. Records come back without a content hash; the harvest runtime adds it and validates.
 *
 * @example
 * const connector = connectorFromManifest(await loadManifest('connectors/manifest/examples/ckan-datastore.yaml'));
 */
export function connectorFromManifest(
  manifest: Manifest,
  options: ConnectorFromManifestOptions = {},
): ManifestConnector {
  const env = options.env ?? process.env;
  const definition = defineConnector<ManifestConfig>({
    id: manifest.id,
    title: manifest.title,
    kind: manifest.kind,
    description: manifest.description,
    documentationUrl: manifest.documentationUrl,
    defaultBaseUrl: manifest.defaultBaseUrl.replace(/\/+$/, ''),
    defaultSchedule: manifest.defaultSchedule,
    config: configSchema(manifest.options) as z.ZodType<ManifestConfig>,
    streams: manifest.streams.map((stream) => streamOf(manifest, stream, env)),
  });
  return Object.freeze({ ...definition, defaultLimits: manifest.limits, manifest });
}
