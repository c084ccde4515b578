import type { InitiativeProfile, SourceRecord } from '../../schema/index.ts';
import { SourceRecord as SourceRecordSchema, withContentHash } from '../../schema/index.ts';

/** What a test says about a record: its key and profile; the rest gets plausible defaults. */
export interface RecordSpec {
  readonly key: string;
  readonly profile: InitiativeProfile;
  readonly harvestedAt?: string;
  readonly url?: string;
  readonly kind?: 'initiative' | 'campaign';
}

/**
 * Builds a valid source record for tests (validated, so a fixture cannot drift from the model): a
 * directory profile (`kind: initiative`) unless `kind` says campaign, harvested at `harvestedAt`
 * (default 2026-01-01), with its content hash.
 */
export function sourceRecord(spec: RecordSpec): SourceRecord {
  const cut = spec.key.indexOf(':');
  const base = {
    key: spec.key,
    source: spec.key.slice(0, cut),
    sourceId: spec.key.slice(cut + 1),
    harvestedAt: spec.harvestedAt ?? '2026-01-01T00:00:00Z',
    initiative: spec.profile,
    ...(spec.url === undefined ? {} : { url: spec.url }),
  };
  const record =
    spec.kind === 'campaign'
      ? withContentHash({ ...base, kind: 'campaign', campaign: { title: spec.profile.name, status: 'open' } })
      : withContentHash({ ...base, kind: 'initiative' });
  return SourceRecordSchema.parse(record);
}
