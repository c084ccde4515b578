import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { internFeatures, type RecordFeatures } from '../features/record-features.ts';
import { createWorkspace, MAX_BATCH, type Workspace } from './key-occurrences.ts';
import { type ChunkResult, type LineChunk, readChunk } from './record-chunk.ts';

/** Everything a batch needs from its input: valid records in input order and their key occurrences. */
export interface ReadBatch {
  readonly features: RecordFeatures[];
  /** `harvestedAt` of each record in milliseconds. */
  readonly harvested: number[];
  /** Key occurrences whose payload indexes `features`. */
  readonly space: Workspace;
  /** Lines read, blank ones included. */
  readonly lines: number;
  readonly invalid: number;
}

/** Options of `readBatch`. */
export interface ReadBatchOptions {
  /** Worker threads that parse and prepare records; 0 does it all on this thread. */
  readonly workers: number;
  readonly onBadLine: (line: number, error: string) => void;
  readonly onProgress: (records: number) => void;
}

/** Lines per chunk handed to a worker: large enough to amortise messaging, small enough to keep all busy. */
const CHUNK_LINES = 2048;
/** Chunks in flight per worker, so reading the input and preparing records overlap. */
const IN_FLIGHT = 3;

/** A worker thread running `read-worker.ts`, answering chunks in the order it got them. */
class ChunkWorker {
  private readonly worker: Worker;
  private readonly waiting: {
    resolve: (result: ChunkResult) => void;
    reject: (error: Error) => void;
  }[] = [];

  constructor() {
    this.worker = new Worker(new URL('./read-worker.ts', import.meta.url));
    this.worker.on('message', (result: ChunkResult) => this.waiting.shift()?.resolve(result));
    this.worker.on('error', (error) => {
      for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    });
  }

  read(chunk: LineChunk): Promise<ChunkResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(chunk);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Reads NDJSON source records into what a batch resolution needs, preparing records on `workers` threads
 * (parse, validate, features, blocking-key hashes) while this thread reads lines. Results are taken in
 * input order, so the outcome does not depend on the number of workers.
 */
export async function readBatch(stream: Readable, options: ReadBatchOptions): Promise<ReadBatch> {
  const workers = Array.from({ length: options.workers }, () => new ChunkWorker());
  const features: RecordFeatures[] = [];
  const harvested: number[] = [];
  const parts: { result: ChunkResult; base: number }[] = [];
  const pending: Promise<ChunkResult>[] = [];
  let occurrences = 0;
  let invalid = 0;
  let lines = 0;
  let seq = 0;

  const accept = (result: ChunkResult) => {
    for (const { line, error } of result.errors) options.onBadLine(line, error);
    invalid += result.errors.length;
    const base = features.length;
    if (base + result.features.length > MAX_BATCH)
      throw new RangeError(`a batch holds at most ${MAX_BATCH} records`);
    for (const item of result.features) features.push(workers.length > 0 ? internFeatures(item) : item);
    for (const ms of result.harvested) harvested.push(ms);
    parts.push({ result, base });
    occurrences += result.hi.length;
    options.onProgress(features.length);
  };
  const submit = async (chunk: LineChunk) => {
    if (workers.length === 0) {
      accept(readChunk(chunk));
      return;
    }
    pending.push(workers[chunk.seq % workers.length]!.read(chunk));
    if (pending.length >= workers.length * IN_FLIGHT) accept(await pending.shift()!);
  };

  try {
    let chunk: string[] = [];
    let firstLine = 1;
    for await (const text of createInterface({
      input: stream,
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      lines++;
      chunk.push(text);
      if (chunk.length === CHUNK_LINES) {
        await submit({ seq: seq++, firstLine, lines: chunk });
        firstLine += chunk.length;
        chunk = [];
      }
    }
    if (chunk.length > 0) await submit({ seq: seq++, firstLine, lines: chunk });
    while (pending.length > 0) accept(await pending.shift()!);
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }

  const space = createWorkspace(occurrences, features.length);
  for (const { result, base } of parts) {
    space.hi.set(result.hi, space.length);
    space.lo.set(result.lo, space.length);
    for (let k = 0; k < result.payload.length; k++)
      space.payload[space.length + k] = result.payload[k]! + base;
    space.length += result.hi.length;
  }
  return { features, harvested, space, lines, invalid };
}
