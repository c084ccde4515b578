import type { ResolvedSource } from '../../config/index.ts';
import type { Resolver } from '../../resolution/resolver.ts';
import type { QuarantineEntry, Store } from '../../store/index.ts';
import { processPage } from './process-page.ts';

/** What a quarantine retry did. */
export interface RetrySummary {
  /** Entries whose raw payload now passes validation and mapping; stored and removed from quarantine. */
  readonly fixed: number;
  /** Entries that still fail; kept, with their issues updated. */
  readonly stillFailing: number;
  /** Entries whose source or stream is no longer configured; left alone. */
  readonly skipped: number;
}

/**
 * Runs quarantined raw payloads again through their stream's current raw schema and mapping (after a
 * mapping fix, or a schema made more lenient): records that pass are stored and resolved and leave the
 * quarantine; the others stay with their new issues.
 */
export async function retryQuarantine(options: {
  store: Store;
  sources: readonly ResolvedSource[];
  resolver?: Resolver;
  entries: readonly QuarantineEntry[];
}): Promise<RetrySummary> {
  const bySource = new Map(options.sources.map((source) => [source.id, source]));
  let fixed = 0;
  let stillFailing = 0;
  let skipped = 0;
  const harvestedAt = new Date().toISOString();
  for (const entry of options.entries) {
    const source = bySource.get(entry.source);
    const stream = source?.connector.streams.find((candidate) => candidate.name === entry.stream);
    if (!source || !stream) {
      skipped++;
      continue;
    }
    const result = processPage(stream, [entry.raw], {
      source: source.id,
      baseUrl: source.baseUrl,
      config: source.options,
      harvestedAt,
    });
    if (result.quarantined.length > 0) {
      stillFailing++;
      await options.store.putQuarantine(result.quarantined.map((again) => ({ ...again, id: entry.id })));
      continue;
    }
    await options.store.putSourceRecords(result.records);
    if (options.resolver && result.records.length > 0) await options.resolver.resolve(result.records);
    await options.store.deleteQuarantine([entry.id]);
    fixed++;
  }
  return { fixed, stillFailing, skipped };
}
