/**
 * Declarative connectors: a platform described in a YAML or JSON manifest (validated by zod) instead of code,
 * built into a `ConnectorDefinition` on the SDK's HTTP client, paginators and normalisation helpers.
 * Exports here are public API; other files are internal.
 */
export {
  type ConnectorFromManifestOptions,
  connectorFromManifest,
  type ManifestConnector,
} from './build-connector.ts';
export { isManifestPath, loadManifest, MANIFEST_EXTENSIONS, parseManifest } from './load.ts';
export {
  BUNDLED_MANIFESTS,
  EXAMPLES_DIR,
  isManifestReference,
  loadManifestConnector,
} from './load-connector.ts';
export type { Environment, ManifestConfig } from './options.ts';
export { Manifest, RAW_TYPES, StreamSpec } from './schema.ts';
export { SIMPLE_TRANSFORMS, Transform } from './transform-schema.ts';
