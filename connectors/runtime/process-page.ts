import { contentHash, SourceRecord } from '../../schema/index.ts';
import type { QuarantineEntry } from '../../store/index.ts';
import type { MapContext, StreamDefinition } from '../sdk/index.ts';
import { issuesOf, quarantineEntry } from './quarantine.ts';

const PLACEHOLDER_HASH = `sha256:${'0'.repeat(64)}`;

/** The outcome of validating and mapping one page: records to store and records to quarantine. */
export interface ProcessedPage {
  readonly records: SourceRecord[];
  readonly quarantined: QuarantineEntry[];
}

/**
 * Validates each raw record against the stream's raw schema, maps it, hashes it and validates the result
 * against the canonical model. A record that fails any step is quarantined with its raw payload and the
 * zod issue paths; the rest of the page goes on.
 */
export function processPage<Config>(
  stream: StreamDefinition<Config, unknown>,
  raws: readonly unknown[],
  context: MapContext<Config> & { readonly runId?: string },
): ProcessedPage {
  const records: SourceRecord[] = [];
  const quarantined: QuarantineEntry[] = [];
  const reject = (raw: unknown, stage: QuarantineEntry['stage'], issues: QuarantineEntry['issues']) =>
    quarantined.push(
      quarantineEntry({
        source: context.source,
        stream: stream.name,
        primaryKey: stream.primaryKey,
        raw,
        stage,
        issues,
        runId: context.runId,
        at: context.harvestedAt,
      }),
    );
  for (const raw of raws) {
    const parsed = stream.raw.safeParse(raw);
    if (!parsed.success) {
      reject(raw, 'validation', issuesOf(parsed.error));
      continue;
    }
    let mapped: ReturnType<typeof stream.map>;
    try {
      mapped = stream.map(parsed.data, context);
    } catch (error) {
      reject(raw, 'mapping', [
        { path: '', message: `mapping failed: ${(error as Error).message}`, code: 'mapping' },
      ]);
      continue;
    }
    const valid: SourceRecord[] = [];
    let failed = false;
    for (const record of mapped) {
      // Hash what validation returns (trimmed, unknown fields dropped), so equal content hashes equally.
      const checked = SourceRecord.safeParse({ ...record, contentHash: PLACEHOLDER_HASH });
      if (checked.success) valid.push({ ...checked.data, contentHash: contentHash(checked.data) });
      else {
        reject(raw, 'mapping', issuesOf(checked.error));
        failed = true;
        break;
      }
    }
    if (!failed) records.push(...valid);
  }
  return { records, quarantined };
}
