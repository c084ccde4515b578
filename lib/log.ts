import { type Logger as PinoLogger, pino } from 'pino';

/** The structured logger every part of Knooppunt writes to (pino underneath). */
export type Logger = PinoLogger;

/** Options of `createLogger`. */
export interface LoggerOptions {
  /** `debug`, `info` (default), `warn`, `error` or `silent`. */
  readonly level?: string;
  /** Force JSON lines (true) or readable lines (false); by default JSON unless stderr is a terminal. */
  readonly json?: boolean;
  /** Where lines go; stderr by default so that stdout stays free for command output. */
  readonly destination?: { write(line: string): unknown };
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};
const OMIT = new Set(['level', 'time', 'pid', 'hostname', 'msg']);

/** Turns one pino JSON line into a short readable line for a terminal: `12:00:01 info  message key=value`. */
export function formatReadable(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = new Date(Number(entry.time ?? Date.now())).toTimeString().slice(0, 8);
  const level = (LEVEL_NAMES[Number(entry.level)] ?? 'info').padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key]) => !OMIT.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `${time} ${level} ${entry.msg ?? ''}${fields ? ` ${fields}` : ''}\n`;
}

/**
 * Creates the process logger: JSON lines when stderr is not a terminal (for log shippers),
 * readable lines on a terminal.
 *
 * @example
 * const log = createLogger({ level: 'info' });
 * log.info({ source: 'betterplace', pages: 3 }, 'harvest finished');
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const json = options.json ?? !process.stderr.isTTY;
  const target = options.destination ?? process.stderr;
  const destination = json ? target : { write: (line: string) => target.write(formatReadable(line)) };
  return pino(
    { level: options.level ?? process.env.KNOOPPUNT_LOG_LEVEL ?? 'info', base: undefined },
    destination,
  );
}

/** A logger that drops everything, for tests and library use without output. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
