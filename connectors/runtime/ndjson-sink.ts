import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { JsonValue } from '../sdk/index.ts';
import type { ProcessedPage } from './process-page.ts';
import type { CommitResult, HarvestSink } from './sink.ts';

/** A sink that writes records as NDJSON lines, for harvesting without a store. */
export interface NdjsonSink extends HarvestSink {
  /** Flushes and closes the files. */
  close(): Promise<void>;
}

async function writeLines(stream: WriteStream, values: readonly unknown[]): Promise<void> {
  for (const value of values) {
    if (!stream.write(`${JSON.stringify(value)}\n`)) await once(stream, 'drain');
  }
}

/**
 * Writes each page's SourceRecords to `out` and its quarantined records to `quarantineOut`, one JSON object
 * per line. State lives in memory only: `knooppunt connectors run` always reads from the start.
 */
export function ndjsonSink(out: string, quarantineOut: string): NdjsonSink {
  const records = createWriteStream(out, { encoding: 'utf8' });
  const quarantine = createWriteStream(quarantineOut, { encoding: 'utf8' });
  const states = new Map<string, JsonValue>();
  const seen = new Set<string>();
  return {
    async getState(stream) {
      return states.get(stream);
    },
    async commitPage(stream, page: ProcessedPage, state): Promise<CommitResult> {
      // A platform may list one record on two pages while it changes under the reader; write it once.
      const fresh = page.records.filter((record) => !seen.has(record.key));
      for (const record of fresh) seen.add(record.key);
      await writeLines(records, fresh);
      await writeLines(quarantine, page.quarantined);
      states.set(stream, state);
      return { stored: fresh.length, unchanged: page.records.length - fresh.length };
    },
    async close() {
      await Promise.all(
        [records, quarantine].map(
          (stream) =>
            new Promise<void>((resolve, reject) =>
              stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
            ),
        ),
      );
    },
  };
}
