/** The harvest runtime: runs, sinks, quarantine and the scheduler. Exports here are public API. */
export { type HarvestOptions, type HarvestProgress, harvestSource, summaryFields } from './harvest.ts';
export { type ProcessedPage, processPage } from './process-page.ts';
export { issuesOf, quarantineEntry } from './quarantine.ts';
export { createScheduler, type Scheduler, type SchedulerOptions } from './scheduler.ts';
export type { CommitResult, HarvestSink } from './sink.ts';
export { storeSink } from './store-sink.ts';
export { checkSource, type SourceCheck, type StreamCheck } from './check-source.ts';
export { effectiveLimits } from './harvest.ts';
export { type NdjsonSink, ndjsonSink } from './ndjson-sink.ts';
export { retryQuarantine, type RetrySummary } from './retry-quarantine.ts';
