import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { HarvestRun } from '../../store/index.ts';

/** Run-time buckets in seconds: an incremental pass takes seconds, a full pass of a large platform an hour. */
const RUN_BUCKETS = [1, 5, 15, 60, 300, 900, 1800, 3600, 10_800];

/** The record counts of a run that become `knooppunt_harvest_records_total{outcome}`. */
const RECORD_OUTCOMES = ['fetched', 'stored', 'unchanged', 'quarantined', 'gone'] as const;

/** Records finished harvest runs. */
export interface HarvestMetrics {
  /** Counts a finished run (a run still `running` is ignored); give it to the scheduler's `onRun`. */
  recordHarvestRun(run: HarvestRun): void;
}

/**
 * Registers the harvest metrics: `knooppunt_harvest_runs_total` and `knooppunt_harvest_run_duration_seconds`
 * by source and status, `knooppunt_harvest_records_total` by source and outcome, and
 * `knooppunt_harvest_last_success_timestamp_seconds` by source (alert when it grows old).
 */
export function createHarvestMetrics(registry: Registry): HarvestMetrics {
  const registers = [registry];
  const runs = new Counter({
    name: 'knooppunt_harvest_runs_total',
    help: 'Finished harvest runs, by source and status (succeeded, failed, cancelled).',
    labelNames: ['source', 'status'],
    registers,
  });
  const durations = new Histogram({
    name: 'knooppunt_harvest_run_duration_seconds',
    help: 'How long finished harvest runs took, by source and status.',
    labelNames: ['source', 'status'],
    buckets: RUN_BUCKETS,
    registers,
  });
  const records = new Counter({
    name: 'knooppunt_harvest_records_total',
    help: 'Records handled by harvest runs, by source and outcome.',
    labelNames: ['source', 'outcome'],
    registers,
  });
  const lastSuccess = new Gauge({
    name: 'knooppunt_harvest_last_success_timestamp_seconds',
    help: 'When the last successful harvest run of a source ended (Unix time).',
    labelNames: ['source'],
    registers,
  });
  return {
    recordHarvestRun(run) {
      if (run.status === 'running') return;
      const labels = { source: run.source, status: run.status };
      runs.inc(labels);
      const ended = run.endedAt ? Date.parse(run.endedAt) : Date.now();
      const millis = run.durationMs ?? ended - Date.parse(run.startedAt);
      if (Number.isFinite(millis)) durations.observe(labels, Math.max(0, millis) / 1000);
      for (const outcome of RECORD_OUTCOMES) records.inc({ source: run.source, outcome }, run[outcome]);
      if (run.status === 'succeeded') lastSuccess.set({ source: run.source }, ended / 1000);
    },
  };
}
