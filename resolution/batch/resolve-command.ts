import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Logger } from '../../lib/log.ts';
import type { MatchEvidence } from '../../schema/index.ts';
import { type RecordFeatures, recordFeatures } from '../features/record-features.ts';
import { ResolutionOptions, type ResolutionOptionsInput } from '../options.ts';
import { createScorer, type MatchModel } from '../scoring/model.ts';
import { type BatchStats, resolveBatch } from './batch-resolve.ts';
import { createProgress } from './progress.ts';
import { openInput, readRecordLines } from './read-records.ts';

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
  const order: string[] = [];
  const latest = new Map<string, { features: RecordFeatures; harvestedAt: number }>();
  let lines = 0;
  let invalid = 0;
  let duplicates = 0;
  for await (const item of readRecordLines(openInput(options.input))) {
    lines = item.line;
    if ('error' in item) {
      invalid++;
      if (invalid <= BAD_LINES_LOGGED) log.warn({ line: item.line, error: item.error }, 'skipped a bad line');
      continue;
    }
    const { record } = item;
    order.push(record.key);
    const harvestedAt = Date.parse(record.harvestedAt);
    const earlier = latest.get(record.key);
    if (earlier !== undefined) duplicates++;
    // The most recently harvested version of a key counts; the key's age is that of its first harvest.
    const firstSeen =
      earlier !== undefined && Date.parse(earlier.features.firstSeen) < harvestedAt
        ? earlier.features.firstSeen
        : record.harvestedAt;
    if (earlier === undefined || harvestedAt >= earlier.harvestedAt) {
      latest.set(record.key, { features: recordFeatures(record, firstSeen), harvestedAt });
    } else if (firstSeen !== earlier.features.firstSeen) {
      latest.set(record.key, {
        features: { ...earlier.features, firstSeen },
        harvestedAt: earlier.harvestedAt,
      });
    }
    progress.update('reading', order.length);
  }
  if (invalid > BAD_LINES_LOGGED)
    log.warn({ invalid, logged: BAD_LINES_LOGGED }, 'more bad lines were skipped');

  const result = resolveBatch({
    records: [...latest.values()].map((entry) => entry.features),
    scorer: createScorer(options.model),
    cap: settings.bucketCap,
    explain: options.explain,
    progress: (stage, done, total) => progress.update(stage, done, total),
  });
  latest.clear();
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
  for (const key of order) {
    const line = options.explain
      ? { key, initiative: initiativeOf.get(key), evidence: evidenceOf.get(key) ?? [] }
      : { key, initiative: initiativeOf.get(key) };
    buffer += `${JSON.stringify(line)}\n`;
    written++;
    if (buffer.length >= WRITE_CHUNK) {
      await write(out, buffer);
      buffer = '';
      progress.update('writing', written, order.length);
    }
  }
  if (buffer !== '') await write(out, buffer);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  progress.finish();
  const summary = { ...result.stats, lines, invalid, duplicates, written, durationMs: Date.now() - started };
  log.info(summary, 'resolve finished');
  return summary;
}
