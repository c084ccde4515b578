/** Configuration: one file validated with zod, overridable by environment variables. Public API. */
export { ConfigError, fieldPath } from './errors.ts';
export { CONFIG_FILE_NAMES, ENV_OVERRIDE_PREFIX, type LoadedConfig, loadConfig } from './load.ts';
export { KnooppuntConfig, SourceConfig } from './schema.ts';
export { type ConnectorLookup, type ResolvedSource, resolveSources, secretFields } from './sources.ts';
