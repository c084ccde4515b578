import type { Logger } from '../../lib/log.ts';

/** Reports how far a long job is: a live line on a terminal, JSON log lines otherwise. */
export interface Progress {
  /** Reports `done` of `total` (or of an unknown total) in `stage`; cheap enough to call per record. */
  update(stage: string, done: number, total?: number): void;
  /** Ends the live line. */
  finish(): void;
}

/** How often the live line is redrawn, and how often a log line is written without a terminal. */
const REDRAW_MS = 200;
const LOG_MS = 5000;

/**
 * Creates a progress reporter. With `enabled` false it reports nothing; on a terminal (stderr is a TTY)
 * it redraws one line; otherwise it writes an `info` log line per stage and every few seconds.
 */
export function createProgress(options: {
  readonly enabled: boolean;
  readonly log: Logger;
  readonly stream?: NodeJS.WriteStream;
}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!options.enabled) return { update() {}, finish() {} };
  const live = stream.isTTY === true;
  let lastStage = '';
  let lastAt = 0;
  let drawn = false;
  return {
    update(stage, done, total) {
      const now = Date.now();
      const changed = stage !== lastStage;
      if (!changed && now - lastAt < (live ? REDRAW_MS : LOG_MS)) return;
      lastStage = stage;
      lastAt = now;
      if (live) {
        const of = total === undefined ? '' : ` of ${total.toLocaleString('en')}`;
        stream.write(`\r\x1b[K${stage}: ${done.toLocaleString('en')}${of}`);
        drawn = true;
      } else {
        options.log.info({ stage, done, ...(total === undefined ? {} : { total }) }, 'progress');
      }
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
