import type { JsonValue } from '../sdk/index.ts';
import type { ProcessedPage } from './process-page.ts';

/** How one committed page landed. */
export interface CommitResult {
  /** Records written because they were new or changed. */
  readonly stored: number;
  /** Records whose content hash was already stored. */
  readonly unchanged: number;
}

/**
 * Where a harvest puts what it read: the store (scheduled harvests) or a file (`knooppunt connectors run`).
 * A sink commits a page's records, its quarantined records and the stream state as one step, records first
 * and state last, so that a run killed in between re-reads the page and finds its records unchanged.
 */
export interface HarvestSink {
  /** The checkpointed state of a stream, `undefined` before its first checkpoint. */
  getState(stream: string): Promise<JsonValue | undefined>;
  /** Stores a processed page and then checkpoints `state`. */
  commitPage(stream: string, page: ProcessedPage, state: JsonValue): Promise<CommitResult>;
  /**
   * Called after a full refresh completed every stream, with every key it saw; returns how many stored
   * records of the source were not seen and are now marked gone (never deleted).
   */
  finishFullRefresh?(seen: ReadonlySet<string>, at: string): Promise<number>;
}
