/** The sources subgraph: source status, run history, quarantine and curation. Exports here are public API. */
export type { RetryOutcome, SourcesAdmin } from './admin.ts';
export { type PurgeOutcome, purgeSourceRecord } from './purge.ts';
export {
  describeSource,
  FRESHNESS_SLACK_MS,
  freshness,
  type SourceInfo,
  scheduleIntervalMs,
} from './source-info.ts';
export { createSourcesSubgraph, SOURCES_SDL, type SourcesSubgraphOptions } from './subgraph.ts';
