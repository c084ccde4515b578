import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as sdk from './sdk/index.ts';
import type { ConnectorDefinition } from './sdk/index.ts';

/** The SDK handed to a plugin's factory, so a plugin needs no import of Knooppunt itself. */
export type PluginSdk = typeof sdk;

/**
 * Loads a connector published as an npm package, installed next to the configuration (or globally
 * resolvable from it). The package exports a `defineConnector` result as `default` or `connector`, or a
 * factory `createConnector(sdk)` (or a default-exported function) that receives the SDK and returns one.
 *
 * @example
 * // node_modules/knooppunt-connector-buurtbank/index.js
 * export function createConnector({ defineConnector, pageNumberPages }) {
 *   return defineConnector({ id: 'buurtbank', ... });
 * }
 * // knooppunt.config.yaml: sources: { buurtbank: { connector: knooppunt-connector-buurtbank } }
 */
export async function loadPluginConnector(
  name: string,
  baseDir: string,
): Promise<ConnectorDefinition<unknown>> {
  let resolved: string;
  try {
    resolved = createRequire(path.join(path.resolve(baseDir), 'noop.js')).resolve(name);
  } catch {
    throw new Error(
      `no built-in connector and no installed package named "${name}" (npm install it next to the config file)`,
    );
  }
  const module = (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
  const candidate =
    typeof module.createConnector === 'function'
      ? (module.createConnector as (s: PluginSdk) => unknown)(sdk)
      : typeof module.default === 'function'
        ? (module.default as (s: PluginSdk) => unknown)(sdk)
        : (module.connector ?? module.default);
  const definition = await candidate;
  if (!isConnectorDefinition(definition)) {
    throw new Error(
      `package "${name}" exports no connector: export \`connector\`, a default, or \`createConnector(sdk)\``,
    );
  }
  return sdk.defineConnector(definition);
}

function isConnectorDefinition(value: unknown): value is ConnectorDefinition<unknown> {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<ConnectorDefinition<unknown>>;
  return (
    typeof candidate.id === 'string' &&
    Array.isArray(candidate.streams) &&
    typeof candidate.config?.safeParse === 'function'
  );
}
