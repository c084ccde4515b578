import { isManifestReference, loadManifestConnector } from './manifest/index.ts';
import { loadPluginConnector } from './plugins.ts';
import { CONNECTORS } from './registry.ts';
import type { ConnectorDefinition } from './sdk/index.ts';

/**
 * Finds the connector a source names, in this order: a declarative manifest (a path ending in .yaml, .yml
 * or .json, relative to `baseDir`, or a bundled example name), a built-in connector id, an installed
 * npm package exporting a connector (a plugin).
 */
export async function findConnector(name: string, baseDir: string): Promise<ConnectorDefinition<unknown>> {
  if (isManifestReference(name)) return loadManifestConnector(name, baseDir);
  const builtIn = (CONNECTORS as Record<string, ConnectorDefinition<unknown>>)[name];
  if (builtIn) return builtIn;
  try {
    return await loadPluginConnector(name, baseDir);
  } catch (error) {
    throw new Error(
      `${(error as Error).message}; built-in connectors: ${Object.keys(CONNECTORS).join(', ')}`,
      { cause: error },
    );
  }
}
