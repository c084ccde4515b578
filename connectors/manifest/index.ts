/**
 * Declarative connectors: a platform described in a YAML or JSON manifest (validated by zod) instead of code,
 * built into a `ConnectorDefinition` on the SDK's HTTP client, paginators and normalisation helpers. The field
 * mapping (transforms, model targets, location normalisation) is exported too, for connectors whose mapping
 * is configured rather than coded (the tabular import). Exports here are public API; other files are internal.
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
export { normalizeLocations } from './map-record.ts';
export { targetProblem, uncoveredRequired } from './model-paths.ts';
export { applyTransforms, type TransformContext } from './transforms.ts';
export { writeTarget } from './write-target.ts';
