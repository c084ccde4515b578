import { type RecordFeatures, recordFeatures } from '../features/record-features.ts';
import { hashRecordKeys } from './key-occurrences.ts';
import { parseRecordLine } from './read-records.ts';

/** A chunk of NDJSON lines to read, numbered from `firstLine`. */
export interface LineChunk {
  readonly seq: number;
  readonly firstLine: number;
  readonly lines: readonly string[];
}

/** What reading a chunk gives: the valid records' features, the bad lines, and the records' blocking-key occurrences. */
export interface ChunkResult {
  readonly seq: number;
  readonly features: RecordFeatures[];
  /** `harvestedAt` of each record in milliseconds, for choosing among duplicate keys. */
  readonly harvested: number[];
  readonly errors: { readonly line: number; readonly error: string }[];
  /** Key occurrences whose payload indexes `features` of this chunk. */
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  readonly payload: Uint32Array;
}

/**
 * Reads one chunk: parses and validates each line, computes features and hashes blocking keys. The
 * costly per-record work of a batch, done here so that it can run on worker threads.
 */
export function readChunk(chunk: LineChunk): ChunkResult {
  const features: RecordFeatures[] = [];
  const harvested: number[] = [];
  const errors: { line: number; error: string }[] = [];
  const hi: number[] = [];
  const lo: number[] = [];
  const payload: number[] = [];
  chunk.lines.forEach((text, offset) => {
    if (text.trim() === '') return;
    const parsed = parseRecordLine(text, chunk.firstLine + offset);
    if ('error' in parsed) {
      errors.push(parsed);
      return;
    }
    const item = recordFeatures(parsed.record);
    hashRecordKeys(item, features.length, (h, l, p) => {
      hi.push(h);
      lo.push(l);
      payload.push(p);
    });
    features.push(item);
    harvested.push(Date.parse(parsed.record.harvestedAt));
  });
  return {
    seq: chunk.seq,
    features,
    harvested,
    errors,
    hi: Uint32Array.from(hi),
    lo: Uint32Array.from(lo),
    payload: Uint32Array.from(payload),
  };
}
