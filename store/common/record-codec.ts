import type { SourceRecord } from '../../schema/index.ts';

/** A source record as backends keep it: JSON without `goneAt`, plus the columns they filter and compare on. */
export interface EncodedRecord {
  readonly key: string;
  readonly source: string;
  readonly kind: string;
  readonly contentHash: string;
  /** Kept apart from the JSON so that marking a record gone never rewrites (or re-serialises) its content. */
  readonly goneAt: string | undefined;
  readonly json: string;
}

const REQUIRED = ['key', 'source', 'kind', 'contentHash'] as const;

/**
 * Encodes one record of a batch for storage. The store trusts callers to pass validated records, but a
 * record without its identifying fields would corrupt the store, so that is rejected naming the position.
 */
export function encodeRecord(record: SourceRecord, position: number): EncodedRecord {
  for (const field of REQUIRED) {
    const value: unknown = record?.[field];
    if (typeof value !== 'string' || value === '') {
      throw new TypeError(`source record at position ${position}: ${field} must be a non-empty string`);
    }
  }
  const { goneAt, ...content } = record;
  return {
    key: record.key,
    source: record.source,
    kind: record.kind,
    contentHash: record.contentHash,
    goneAt,
    json: JSON.stringify(content),
  };
}

/** Turns stored JSON and the stored `goneAt` back into the record. */
export function decodeRecord(json: string, goneAt: string | null | undefined): SourceRecord {
  const record = JSON.parse(json) as SourceRecord;
  return goneAt ? { ...record, goneAt } : record;
}
