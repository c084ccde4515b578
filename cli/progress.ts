import type { HarvestProgress } from '../connectors/runtime/index.ts';
import type { Logger } from '../lib/log.ts';
import type { HarvestRun } from '../store/index.ts';

/** Shows harvest progress: live bars on a terminal, throttled JSON log lines elsewhere. */
export interface ProgressDisplay {
  /** Where log lines go, so that they and the bars do not overwrite each other. */
  readonly destination: { write(line: string): unknown };
  /** Reports a committed page. */
  update(progress: HarvestProgress): void;
  /** Reports a finished run: the bar becomes its summary line. */
  done(run: HarvestRun): void;
  /** Stops redrawing and leaves the last frame on screen. */
  close(): void;
}

interface Row {
  progress?: HarvestProgress;
  final?: string;
}

const BAR_WIDTH = 24;
const number = new Intl.NumberFormat('en-US');

function bar(progress: HarvestProgress, tick: number): string {
  if (progress.total && progress.total > 0) {
    const filled = Math.min(BAR_WIDTH, Math.round((progress.fetched / progress.total) * BAR_WIDTH));
    return `▕${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}▏`;
  }
  const position = tick % (BAR_WIDTH - 4);
  return `▕${' '.repeat(position)}████${' '.repeat(BAR_WIDTH - 4 - position)}▏`;
}

/** Records per second since the run started. */
export function ratePerSecond(progress: HarvestProgress, now = Date.now()): number {
  const seconds = Math.max(0.001, (now - progress.startedAt) / 1000);
  return Math.round(progress.fetched / seconds);
}

/** The one-line summary of a finished run, as the bar shows it at the end. */
export function summaryLine(run: HarvestRun): string {
  const mark = run.status === 'succeeded' ? '✔' : run.status === 'cancelled' ? '■' : '✘';
  const seconds = ((run.durationMs ?? 0) / 1000).toFixed(1);
  const error = run.errors[0] ? `: ${run.errors[0].type} — ${run.errors[0].message}` : '';
  return (
    `${run.source.padEnd(18)} ${mark} ${run.status} ${number.format(run.fetched)} records in ${run.pages} pages ` +
    `(stored ${number.format(run.stored)}, unchanged ${number.format(run.unchanged)}, quarantined ${run.quarantined}` +
    `${run.gone ? `, gone ${run.gone}` : ''}) in ${seconds} s${error}`
  );
}

/**
 * Creates the progress display. On a terminal every source gets a live bar (pages, records, rate) that log
 * lines scroll above; otherwise each source logs a `harvest progress` JSON line at most once a second.
 */
export function createProgressDisplay(options: {
  tty: boolean;
  out?: NodeJS.WritableStream;
  log?: () => Logger;
}): ProgressDisplay {
  const out = options.out ?? process.stderr;
  if (!options.tty) {
    const last = new Map<string, number>();
    return {
      destination: out,
      update(progress) {
        const now = Date.now();
        if (now - (last.get(progress.source) ?? 0) < 1000) return;
        last.set(progress.source, now);
        const { startedAt: _, ...figures } = progress;
        options.log?.().info({ ...figures, ratePerSecond: ratePerSecond(progress, now) }, 'harvest progress');
      },
      done() {},
      close() {},
    };
  }
  const rows = new Map<string, Row>();
  let drawn = 0;
  let tick = 0;
  const erase = () => {
    if (drawn > 0) out.write(`\x1b[${drawn}F\x1b[0J`);
    drawn = 0;
  };
  const draw = () => {
    const lines = [...rows.entries()].map(([source, row]) => {
      if (row.final) return row.final;
      const progress = row.progress as HarvestProgress;
      const total = progress.total ? `/${number.format(progress.total)}` : '';
      return (
        `${source.padEnd(18)} ${bar(progress, tick)} ${number.format(progress.fetched)}${total} records  ` +
        `${progress.pages} pages  ${number.format(ratePerSecond(progress))}/s` +
        (progress.quarantined ? `  ${progress.quarantined} quarantined` : '')
      );
    });
    for (const line of lines) out.write(`${line}\n`);
    drawn = lines.length;
  };
  const redraw = () => {
    erase();
    draw();
  };
  const timer = setInterval(() => {
    tick++;
    if ([...rows.values()].some((row) => !row.final)) redraw();
  }, 200);
  timer.unref();
  return {
    destination: {
      write(line: string) {
        erase();
        out.write(line);
        draw();
      },
    },
    update(progress) {
      rows.set(progress.source, { progress });
      redraw();
    },
    done(run) {
      rows.set(run.source, { final: summaryLine(run) });
      redraw();
    },
    close() {
      clearInterval(timer);
    },
  };
}
