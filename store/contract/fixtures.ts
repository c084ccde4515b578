import { Initiative, SourceRecord, type SourceRecordKind, withContentHash } from '../../schema/index.ts';
import type { HarvestRun, QuarantineEntry } from '../types.ts';
import { PAYLOADS, PROFILES } from './fixture-data.ts';

/** What a fixture record may vary; everything else comes from the profile its `sourceId` picks. */
export interface SourceRecordFixture {
  readonly source?: string;
  readonly sourceId?: string;
  readonly kind?: SourceRecordKind;
  /** Changes the content (hence `contentHash`) without changing the key. */
  readonly description?: string;
  readonly harvestedAt?: string;
}

/** A valid source record (checked with `SourceRecord.parse`), with its content hash computed. */
export function sourceRecord(fixture: SourceRecordFixture = {}): SourceRecord {
  const source = fixture.source ?? 'nlvoorelkaar';
  const sourceId = fixture.sourceId ?? '1001';
  const kind = fixture.kind ?? 'initiative';
  const profile =
    PROFILES[[...sourceId].reduce((sum, char) => sum + char.charCodeAt(0), 0) % PROFILES.length]!;
  const record = withContentHash({
    key: `${source}:${sourceId}`,
    source,
    sourceId,
    kind,
    url: `https://www.${source}.nl/initiatieven/${encodeURIComponent(sourceId)}`,
    harvestedAt: fixture.harvestedAt ?? '2026-11-20T03:00:00Z',
    initiative: fixture.description ? { ...profile, description: fixture.description } : profile,
    ...PAYLOADS[kind],
  } as Parameters<typeof withContentHash>[0]);
  return SourceRecord.parse(record);
}

/** `count` valid records of one source with ids `prefix0001`, `prefix0002`, ..., so keys sort as created. */
export function sourceRecords(
  count: number,
  fixture: SourceRecordFixture & { readonly prefix?: string } = {},
): SourceRecord[] {
  return Array.from({ length: count }, (_, i) =>
    sourceRecord({ ...fixture, sourceId: `${fixture.prefix ?? 'r'}${String(i + 1).padStart(4, '0')}` }),
  );
}

/** A valid resolved initiative (checked with `Initiative.parse`) over the given member keys. */
export function initiative(id: string, members: readonly string[] = ['nlvoorelkaar:1001']): Initiative {
  return Initiative.parse({
    id,
    aliases: [],
    members,
    profile: PROFILES[0],
    provenance: [
      {
        field: 'name',
        recordKey: members[0],
        source: members[0]!.split(':')[0],
        harvestedAt: '2026-11-20T03:00:00Z',
      },
    ],
    matchEvidence: [],
    createdAt: '2026-11-20T03:05:00Z',
    updatedAt: '2026-11-20T03:05:00Z',
  });
}

/** A quarantined record: a raw payload whose required name was missing. */
export function quarantineEntry(id: string, at: string, source = 'nlvoorelkaar'): QuarantineEntry {
  return {
    id,
    source,
    stream: 'initiatieven',
    sourceId: id.split(':').at(-1),
    raw: { id: id.split(':').at(-1), titel: '', plaats: 'Zwolle' },
    stage: 'validation',
    issues: [
      { path: 'titel', message: 'Too small: expected string to have >=1 characters', code: 'too_small' },
    ],
    at,
    runId: 'run-2026-11-20',
  };
}

/** A finished harvest run of a source that started at `startedAt`. */
export function harvestRun(id: string, startedAt: string, source = 'nlvoorelkaar'): HarvestRun {
  return {
    id,
    source,
    connector: 'nlvoorelkaar',
    status: 'succeeded',
    mode: 'incremental',
    startedAt,
    endedAt: startedAt,
    pages: 3,
    fetched: 250,
    stored: 12,
    unchanged: 236,
    quarantined: 2,
    gone: 0,
    errors: [],
    durationMs: 4_200,
  };
}
