import type { Resolver } from '../../resolution/resolver.ts';
import type { SourceRecord } from '../../schema/index.ts';
import { INDEXES, type Store } from '../../store/index.ts';
import type { JsonValue } from '../sdk/index.ts';
import type { ProcessedPage } from './process-page.ts';
import type { CommitResult, HarvestSink } from './sink.ts';

/**
 * The sink of scheduled harvests: stores records, resolves the new and changed ones into initiatives,
 * keeps quarantined records, clears quarantine entries of records that now pass, and checkpoints the state.
 */
export function storeSink(store: Store, source: string, resolver?: Resolver): HarvestSink {
  return {
    async getState(stream) {
      return (await store.getState(source, stream)) as JsonValue | undefined;
    },

    async commitPage(stream, page: ProcessedPage, state): Promise<CommitResult> {
      const result = await store.putSourceRecords(page.records);
      if (resolver && page.records.length > 0) {
        const changed = new Set([...result.inserted, ...result.updated]);
        // A run killed between storing and resolving leaves stored but unresolved records: they come back
        // as unchanged, so unchanged records without an initiative are resolved too.
        const unchanged = page.records.filter((record) => !changed.has(record.key));
        const assigned = unchanged.length
          ? await store.lookupIndex(
              INDEXES.memberOf,
              unchanged.map((record) => record.key),
            )
          : new Map<string, string[]>();
        const toResolve: SourceRecord[] = page.records.filter(
          (record) => changed.has(record.key) || (assigned.get(record.key)?.length ?? 0) === 0,
        );
        if (toResolve.length > 0) await resolver.resolve(toResolve);
      }
      if (page.quarantined.length > 0) await store.putQuarantine(page.quarantined);
      const cleared = page.records.map((record) => `${source}:${stream}:${record.sourceId}`);
      if (cleared.length > 0) await store.deleteQuarantine(cleared);
      await store.setState(source, stream, state);
      return { stored: result.inserted.length + result.updated.length, unchanged: result.unchanged.length };
    },

    async finishFullRefresh(seen, at) {
      const missing: string[] = [];
      let after: string | undefined;
      do {
        const page = await store.scanSourceRecords({ source, after, limit: 1000 });
        for (const record of page.items)
          if (!seen.has(record.key) && !record.goneAt) missing.push(record.key);
        after = page.next;
      } while (after);
      if (missing.length > 0) await store.markSourceRecordsGone(missing, at);
      return missing.length;
    },
  };
}
