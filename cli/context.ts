import path from 'node:path';
import type { Command } from 'commander';
import { type LoadedConfig, loadConfig, type ResolvedSource, resolveSources } from '../config/index.ts';
import { findConnector } from '../connectors/lookup.ts';
import { createLogger, type Logger } from '../lib/log.ts';
import { createProgressDisplay, type ProgressDisplay } from './progress.ts';

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
  return commandIO(command).log;
}

/**
 * The logger and the progress display of a command run: live bars and readable lines on a terminal, JSON
 * lines (progress included) when stderr is not a terminal or `--json-logs` is given.
 */
export function commandIO(command: Command): { log: Logger; progress: ProgressDisplay } {
  const options = globalOptions(command);
  const tty = Boolean(process.stderr.isTTY) && !options.jsonLogs;
  // The display logs through the logger, and the logger writes through the display: the closure breaks the knot.
  const progress = createProgressDisplay({ tty, log: () => log });
  const log = createLogger({ level: options.logLevel, json: !tty, destination: progress.destination });
  return { log, progress };
}

/** Loads the configuration and resolves its sources against the connector registry. */
export async function loadSources(
  command: Command,
): Promise<{ loaded: LoadedConfig; sources: ResolvedSource[] }> {
  const loaded = await loadConfig(globalOptions(command).config);
  const baseDir = path.dirname(loaded.file);
  const sources = await resolveSources(loaded, (name) => findConnector(name, baseDir));
  return { loaded, sources };
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
