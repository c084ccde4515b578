import type { CurateOptions } from '../../resolution/curation/index.ts';
import type { Resolver } from '../../resolution/resolver.ts';

/** What a quarantine retry did (as `retryQuarantine` of the harvest runtime reports it). */
export interface RetryOutcome {
  readonly fixed: number;
  readonly stillFailing: number;
  readonly skipped: number;
}

/**
 * What the admin mutations act through. The subgraph reads; writes that belong to the harvest runtime or to
 * resolution are handed in by whoever runs the subgraph (cli/embedded.ts wires the scheduler and resolver), so
 * a subgraph process without a scheduler simply refuses `runHarvest`.
 */
export interface SourcesAdmin {
  /** Starts a harvest of a source; resolves when it ends (the mutation does not wait). */
  readonly runHarvest?: (source: string) => Promise<unknown>;
  /** True when a harvest of the source runs in this process. */
  readonly isRunning?: (source: string) => boolean;
  /** Runs a source's quarantined records again. */
  readonly retryQuarantine?: (source: string) => Promise<RetryOutcome>;
  /** The resolver: `purgeSourceRecord` takes records out of the graph with its `remove`. */
  readonly resolver?: Resolver;
  /** How curated merges and splits re-resolve (the deployment's resolution options). */
  readonly curation?: CurateOptions;
}
