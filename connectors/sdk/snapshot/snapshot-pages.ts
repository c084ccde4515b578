import { changedAfter, checkpointJson, laterTime } from '../checkpoint.ts';
import type { JsonValue, RawPage, SyncMode } from '../types.ts';
import { idSortKey, planSnapshot, type SnapshotState } from './snapshot-state.ts';

/** What fetching a whole-list export gave: its records, or word that the caller's copy is current. */
export type SnapshotFetch =
  | { readonly notModified: true; readonly etag?: string; readonly lastModified?: string }
  | {
      readonly notModified: false;
      readonly etag?: string;
      readonly lastModified?: string;
      readonly records: readonly unknown[];
    };

/** Options of `snapshotPages`. */
export interface SnapshotPagesOptions {
  readonly mode: SyncMode;
  readonly checkpoint: JsonValue | undefined;
  /** Fetches the export, conditionally when validators are given (a 304 gives `notModified`). */
  readonly fetch: (conditional: { etag?: string; lastModified?: string }) => Promise<SnapshotFetch>;
  /** The id of a record; undefined for a record without one (it is yielded once, for the raw schema to reject). */
  readonly idOf: (record: unknown) => string | undefined;
  /** The change time of a record, when the export has one; without it every record counts as changed. */
  readonly updatedOf?: (record: unknown) => string | undefined;
  /** Records per yielded page, each followed by a checkpoint. */
  readonly chunkSize: number;
}

/**
 * Reads a platform's whole-list export (a JSON file or an endpoint that returns everything at once) as
 * resumable pages. The export is fetched once per run, conditionally after a completed run, so an unchanged
 * export costs one 304. Its records are sorted by id and yielded in chunks, each with a checkpoint from which
 * a resumed run continues after the last stored record. An incremental run yields only records changed after
 * the previous run's high-water mark (all of them when the export has no change times: the store then keeps
 * only what changed); a full run yields all, and the runtime marks records the export no longer holds as gone.
 *
 * @example
 * yield* snapshotPages({ mode: context.mode, checkpoint, chunkSize: 100,
 *   fetch: (conditional) => fetchExport(context, conditional), idOf: (r) => r.id, updatedOf: (r) => r.updated });
 */
export async function* snapshotPages(options: SnapshotPagesOptions): AsyncGenerator<RawPage> {
  const { state, plan } = planSnapshot(options.mode, options.checkpoint);
  const list = await options.fetch(plan.conditional);
  if (list.notModified) {
    yield { records: [], total: 0, state: completed(state, state.highWater, list) };
    return;
  }
  const keyOf = (record: unknown) => idSortKey(options.idOf(record) ?? '');
  const records = [...list.records].sort((a, b) => compare(keyOf(a), keyOf(b)));
  let highWater = state.run?.highWater;
  for (const record of records) highWater = laterTime(highWater, options.updatedOf?.(record));
  const after = plan.after === undefined ? undefined : idSortKey(plan.after);
  const selected = records.filter(
    (record) =>
      (after === undefined || keyOf(record) > after) && changedAfter(options.updatedOf?.(record), plan.since),
  );
  const finalState = completed(state, highWater, list);
  if (selected.length === 0) {
    yield { records: [], total: 0, state: finalState };
    return;
  }
  const size = Math.max(1, options.chunkSize);
  for (let start = 0; start < selected.length; start += size) {
    const chunk = selected.slice(start, start + size);
    const done = start + size >= selected.length;
    const run = {
      after: options.idOf(chunk[chunk.length - 1]) ?? '',
      since: plan.since,
      highWater,
      etag: list.etag,
      lastModified: list.lastModified,
    };
    yield {
      records: chunk,
      total: selected.length,
      state: done ? finalState : checkpointJson({ ...previous(state), run }),
    };
  }
}

/** The checkpoint after a completed run: the new high-water mark and the export's validators. */
function completed(
  state: SnapshotState,
  highWater: string | undefined,
  list: { readonly etag?: string; readonly lastModified?: string },
): JsonValue {
  return checkpointJson({
    highWater: laterTime(state.highWater, highWater),
    etag: list.etag ?? state.run?.etag ?? state.etag,
    lastModified: list.lastModified ?? state.run?.lastModified ?? state.lastModified,
  });
}

/** What a completed run left, kept unchanged while a new run is in progress. */
function previous(state: SnapshotState): SnapshotState {
  return { highWater: state.highWater, etag: state.etag, lastModified: state.lastModified };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
