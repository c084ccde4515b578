import { ConfigError } from '../config/index.ts';

/** Exit codes of the `knooppunt` command. */
export const EXIT = {
  ok: 0,
  /** The command ran but failed (a run could not complete, a server could not start). */
  failure: 1,
  /** Bad usage or bad configuration: nothing was attempted. */
  usage: 2,
} as const;

/** A usage problem found by a command (a bad flag value, an unknown source): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Prints an error for a person and returns the exit code it deserves. */
export function reportError(error: unknown): number {
  if (error instanceof ConfigError || error instanceof UsageError) {
    process.stderr.write(`knooppunt: ${error.message}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`knooppunt: ${message}\n`);
  return EXIT.failure;
}
