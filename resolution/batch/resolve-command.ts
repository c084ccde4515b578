import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import type { Logger } from '../../lib/log.ts';
import type { MatchEvidence } from '../../schema/index.ts';
import type { RecordFeatures } from '../features/record-features.ts';
import { capsOf, ResolutionOptions, type ResolutionOptionsInput } from '../options.ts';
import { createScorer, type MatchModel } from '../scoring/model.ts';
import { type BatchStats, resolveBatch } from './batch-resolve.ts';
import { remapOccurrences } from './key-occurrences.ts';
import { createProgress } from './progress.ts';
import { type ReadBatch, readBatch } from './read-batch.ts';
import { openInput } from './read-records.ts';

/** Options of `knooppunt resolve --input … --output …`. */
export interface ResolveCommandOptions {
  /** NDJSON of source records; `-` reads standard input. */
  readonly input: string;
  /** Where the assignments go, one line per input record; `-` writes standard output. */
  readonly output: string;
  /** Add each record's match evidence to its line. */
  readonly explain: boolean;
  /** `resolve --all` works on the store instead; see `resolveAllInStore`. */
  readonly all?: false;
  readonly log: Logger;
  /** Show progress: a live line on a terminal, log lines otherwise. */
  readonly progress: boolean;
  readonly options?: ResolutionOptionsInput;
  readonly model?: MatchModel;
  /** Worker threads that parse and prepare records; by default one per core, at most `MAX_WORKERS`; 0 for none. */
  readonly workers?: number;
}

/** What `runResolveCommand` did. */
export interface ResolveCommandSummary extends BatchStats {
  /** Lines read, blank ones included. */
  readonly lines: number;
  /** Lines skipped as not JSON or not a valid source record. */
  readonly invalid: number;
  /** Records whose key an earlier line already had (the most recently harvested version counts). */
  readonly duplicates: number;
  /** Lines written. */
  readonly written: number;
  readonly durationMs: number;
}

/** Bad lines logged one by one at most; beyond, only their count is reported. */
const BAD_LINES_LOGGED = 1000;
/** Output is written in chunks of about this many characters rather than line by line. */
const WRITE_CHUNK = 1 << 20;

/** More reader threads than this gain nothing: the main thread becomes the bottleneck. */
const MAX_WORKERS = 4;

/**
 * Keeps one version per key: the most recently harvested (the later line on a tie), aged by the key's
 * first harvest. Renumbers the key occurrences to the kept records.
 */
function latestVersions(read: ReadBatch): {
  records: RecordFeatures[];
  duplicates: number;
} {
  const { features, harvested } = read;
  const winner = new Map<string, number>();
  const oldest = new Map<string, number>();
  let duplicates = 0;
  for (let i = 0; i < features.length; i++) {
    const key = features[i]!.key;
    const earlier = winner.get(key);
    if (earlier === undefined) {
      winner.set(key, i);
      continue;
    }
    duplicates++;
    oldest.set(key, Math.min(oldest.get(key) ?? harvested[earlier]!, harvested[i]!));
    if (harvested[i]! >= harvested[earlier]!) winner.set(key, i);
  }
  const newIndex = new Int32Array(features.length).fill(-1);
  const records: RecordFeatures[] = [];
  for (let i = 0; i < features.length; i++) {
    if (winner.get(features[i]!.key) !== i) continue;
    newIndex[i] = records.length;
    const first = oldest.get(features[i]!.key);
    records.push(
      first === undefined ? features[i]! : { ...features[i]!, firstSeen: new Date(first).toISOString() },
    );
  }
  if (duplicates > 0) remapOccurrences(read.space, newIndex);
  return { records, duplicates };
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Runs `knooppunt resolve --input records.ndjson --output clusters.ndjson [--explain]`: reads source
 * records of any kind, resolves them all at once in memory, and writes one line per valid input record,
 * in input order: `{"key":"…","initiative":"ini_…"}` (plus `"evidence":[…]` with `explain`). A bad line
 * is reported with its number and skipped, never fatal.
 *
 * @example
 * const summary = await runResolveCommand({ input: 'records.ndjson', output: '-', explain: false, log, progress: true });
 */
export async function runResolveCommand(options: ResolveCommandOptions): Promise<ResolveCommandSummary> {
  const started = Date.now();
  const { log } = options;
  const settings = ResolutionOptions.parse(options.options ?? {});
  const progress = createProgress({ enabled: options.progress, log });
  let badLines = 0;
  const read = await readBatch(openInput(options.input), {
    workers: options.workers ?? Math.min(MAX_WORKERS, availableParallelism()),
    onBadLine: (line, error) => {
      badLines++;
      if (badLines <= BAD_LINES_LOGGED) log.warn({ line, error }, 'skipped a bad line');
    },
    onProgress: (records) => progress.update('reading', records),
  });
  if (read.invalid > BAD_LINES_LOGGED)
    log.warn({ invalid: read.invalid, logged: BAD_LINES_LOGGED }, 'more bad lines were skipped');
  const { records, duplicates } = latestVersions(read);

  const result = resolveBatch({
    records,
    space: read.space,
    scorer: createScorer(options.model),
    caps: capsOf(settings),
    explain: options.explain,
    progress: (stage, done, total) => progress.update(stage, done, total),
  });
  const initiativeOf = new Map<string, string>();
  const evidenceOf = new Map<string, MatchEvidence[]>();
  for (const cluster of result.clusters) {
    for (const key of cluster.members) initiativeOf.set(key, cluster.id);
    for (const item of cluster.evidence) {
      for (const key of [item.a, item.b]) {
        const list = evidenceOf.get(key);
        if (list === undefined) evidenceOf.set(key, [item]);
        else list.push(item);
      }
    }
  }

  const out = options.output === '-' ? process.stdout : createWriteStream(options.output);
  let written = 0;
  let buffer = '';
  for (const { key } of read.features) {
    const line = options.explain
      ? {
          key,
          initiative: initiativeOf.get(key),
          evidence: evidenceOf.get(key) ?? [],
        }
      : { key, initiative: initiativeOf.get(key) };
    buffer += `${JSON.stringify(line)}\n`;
    written++;
    if (buffer.length >= WRITE_CHUNK) {
      await write(out, buffer);
      buffer = '';
      progress.update('writing', written, read.features.length);
    }
  }
  if (buffer !== '') await write(out, buffer);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  progress.finish();
  const summary = {
    ...result.stats,
    lines: read.lines,
    invalid: read.invalid,
    duplicates,
    written,
    durationMs: Date.now() - started,
  };
  log.info(summary, 'resolve finished');
  return summary;
}
