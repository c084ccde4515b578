import path from 'node:path';
import type { Command } from 'commander';
import { type LoadedConfig, loadConfig, type ResolvedSource, resolveSources } from '../config/index.ts';
import { isManifestReference, loadManifestConnector } from '../connectors/manifest/index.ts';
import { getConnector } from '../connectors/registry.ts';
import type { ConnectorDefinition } from '../connectors/sdk/index.ts';
import { createLogger, type Logger } from '../lib/log.ts';

/** The global options every command shares. */
export interface GlobalOptions {
  readonly config?: string;
  readonly logLevel: string;
  readonly jsonLogs?: boolean;
}

/** Reads the global options from any (sub)command. */
export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals() as GlobalOptions;
}

/** The logger of a command run, honouring `--log-level` and `--json-logs`. */
export function commandLogger(command: Command): Logger {
  const options = globalOptions(command);
  return createLogger({ level: options.logLevel, json: options.jsonLogs ? true : undefined });
}

/** Loads the configuration and resolves its sources against the connector registry. */
export async function loadSources(
  command: Command,
): Promise<{ loaded: LoadedConfig; sources: ResolvedSource[] }> {
  const loaded = await loadConfig(globalOptions(command).config);
  const sources = await resolveSources(loaded, connectorLookup(path.dirname(loaded.file)));
  return { loaded, sources };
}

/**
 * Finds the connector a source names: a built-in id, or a declarative manifest (a path ending in .yaml,
 * .yml or .json, relative to the config file, or a bundled example name).
 */
export function connectorLookup(baseDir: string) {
  return async (name: string): Promise<ConnectorDefinition<unknown>> =>
    isManifestReference(name) ? loadManifestConnector(name, baseDir) : getConnector(name);
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handler = (signal: NodeJS.Signals) => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
      resolve(signal);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}

/** Parses a TCP port flag, naming the flag when the value is wrong. */
export function parsePort(flag: string) {
  return (value: string): number => {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`${flag} must be a port number between 0 and 65535, got "${value}"`);
    }
    return port;
  };
}
