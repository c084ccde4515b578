import { describe, expect, it } from 'vitest';
import type { HarvestProgress } from '../connectors/runtime/index.ts';
import { createLogger } from '../lib/log.ts';
import type { HarvestRun } from '../store/index.ts';
import { createProgressDisplay, summaryLine } from './progress.ts';

function sink() {
  const chunks: string[] = [];
  return { chunks, write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

const progress = (fetched: number, total?: number): HarvestProgress => ({
  source: 'betterplace',
  stream: 'projects',
  pages: Math.ceil(fetched / 200),
  fetched,
  stored: fetched,
  quarantined: 1,
  total,
  startedAt: Date.now() - 2000,
});

const run: HarvestRun = {
  id: 'r1',
  source: 'betterplace',
  connector: 'betterplace',
  status: 'succeeded',
  mode: 'incremental',
  startedAt: '2026-11-22T10:00:00Z',
  endedAt: '2026-11-22T10:00:02Z',
  pages: 3,
  fetched: 600,
  stored: 590,
  unchanged: 9,
  quarantined: 1,
  gone: 0,
  errors: [],
  durationMs: 2000,
};

describe('the progress display', () => {
  it('draws a bar per source with records, pages and rate on a terminal, and keeps log lines above it', () => {
    const out = sink();
    const display = createProgressDisplay({ tty: true, out: out as unknown as NodeJS.WritableStream });
    display.update(progress(400, 1000));
    expect(out.text()).toMatch(
      /betterplace +▕█{10}░{14}▏ 400\/1,000 records {2}2 pages {2}\d+\/s {2}1 quarantined/,
    );
    display.destination.write('10:00:01 info  a log line\n');
    const afterLog = out.text().slice(out.text().lastIndexOf('a log line'));
    expect(afterLog).toContain('400/1,000 records');
    display.done(run);
    expect(out.text()).toContain(summaryLine(run));
    display.close();
  });

  it('says how a run ended in one line', () => {
    expect(summaryLine(run)).toBe(
      'betterplace        ✔ succeeded 600 records in 3 pages (stored 590, unchanged 9, quarantined 1) in 2.0 s',
    );
    expect(
      summaryLine({ ...run, status: 'failed', errors: [{ type: 'transient', message: 'timed out' }] }),
    ).toContain('✘ failed');
  });

  it('logs throttled JSON progress lines when not on a terminal', () => {
    const out = sink();
    const log = createLogger({ json: true, destination: out });
    const display = createProgressDisplay({
      tty: false,
      out: out as unknown as NodeJS.WritableStream,
      log: () => log,
    });
    display.update(progress(200));
    display.update(progress(400));
    const lines = out.chunks.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'harvest progress',
      source: 'betterplace',
      fetched: 200,
      pages: 1,
    });
    expect(lines[0]?.ratePerSecond).toBeGreaterThan(0);
  });
});
