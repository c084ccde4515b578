import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ConnectorFromManifestOptions,
  connectorFromManifest,
  type ManifestConnector,
} from './build-connector.ts';
import { isManifestPath, loadManifest } from './load.ts';

/** The folder of the manifests that ship with Knooppunt. */
export const EXAMPLES_DIR = fileURLToPath(new URL('./examples/', import.meta.url));

/** Manifests that ship with Knooppunt, by the name a source may give instead of a path. */
export const BUNDLED_MANIFESTS: Readonly<Record<string, string>> = {
  'arcgis-featureserver': 'arcgis-featureserver.yaml',
  'ckan-datastore': 'ckan-datastore.yaml',
};

/**
 * Whether a source's `connector:` value is for `loadManifestConnector`: a manifest path or a bundled
 * manifest's name. The registry lookup asks this before looking for a built-in connector.
 */
export function isManifestReference(name: string): boolean {
  return isManifestPath(name) || Object.hasOwn(BUNDLED_MANIFESTS, name);
}

/**
 * Builds the connector a source names in `connector:` when that is a manifest: a path ending in `.yaml`,
 * `.yml` or `.json` (relative paths resolve against `baseDir`, the configuration file's folder), or the name of
 * a bundled manifest (`arcgis-featureserver`, `ckan-datastore`). Throws `ConfigError` for a bad manifest and
 * a plain error for a name that is neither.
 *
 * @example
 * // knooppunt.config.yaml: sources: { utrecht-kaart: { connector: ./platforms/utrecht.yaml } }
 * const connector = await loadManifestConnector('./platforms/utrecht.yaml', path.dirname(configFile));
 */
export async function loadManifestConnector(
  pathOrName: string,
  baseDir: string,
  options: ConnectorFromManifestOptions = {},
): Promise<ManifestConnector> {
  const bundled = Object.hasOwn(BUNDLED_MANIFESTS, pathOrName) ? BUNDLED_MANIFESTS[pathOrName] : undefined;
  if (!isManifestReference(pathOrName)) {
    throw new Error(
      `"${pathOrName}" is neither a manifest file (.yaml, .yml, .json) nor a bundled manifest (${Object.keys(BUNDLED_MANIFESTS).join(', ')})`,
    );
  }
  const file = bundled ? path.join(EXAMPLES_DIR, bundled) : path.resolve(baseDir, pathOrName);
  return connectorFromManifest(await loadManifest(file), options);
}
