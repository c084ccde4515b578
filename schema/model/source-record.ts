import { z } from 'zod';
import { InitiativeProfile } from './initiative-profile.ts';
import { Campaign, Grant, Listing, Opportunity } from './kinds.ts';
import { HttpUrl, IsoDateTime, Text } from './primitives.ts';

/** The five kinds of source record (MODEL.md). */
export const SOURCE_RECORD_KINDS = ['initiative', 'campaign', 'opportunity', 'listing', 'grant'] as const;
export type SourceRecordKind = (typeof SOURCE_RECORD_KINDS)[number];

/** A configured source id: lower case letters, digits, `-` and `_` (e.g. `betterplace`, `deedmob-utrecht`). */
export const SourceId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,62}$/,
    'lower-case letters, digits, "-" and "_", starting with a letter or digit',
  );

const base = {
  key: Text.describe('"<source>:<sourceId>", unique across the hub'),
  source: SourceId.describe('the configured source id'),
  sourceId: Text.describe("the record's id on its platform"),
  url: HttpUrl.optional().describe('the public web page of the record'),
  harvestedAt: IsoDateTime,
  sourceUpdatedAt: IsoDateTime.optional(),
  contentHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, 'sha256: followed by 64 hex digits')
    .describe('hash of the normalised content, without harvest times'),
  goneAt: IsoDateTime.optional().describe('set when a completed full refresh no longer saw the record'),
  initiative: InitiativeProfile.describe('the initiative as this source knows it'),
};

export const InitiativeSourceRecord = z.object({ ...base, kind: z.literal('initiative') });
export const CampaignSourceRecord = z.object({ ...base, kind: z.literal('campaign'), campaign: Campaign });
export const OpportunitySourceRecord = z.object({
  ...base,
  kind: z.literal('opportunity'),
  opportunity: Opportunity,
});
export const ListingSourceRecord = z.object({ ...base, kind: z.literal('listing'), listing: Listing });
export const GrantSourceRecord = z.object({ ...base, kind: z.literal('grant'), grant: Grant });

/**
 * One record from one platform, normalised into the canonical model; `kind` says which payload it carries.
 *
 * @example
 * SourceRecord.parse({ key: 'betterplace:12345', source: 'betterplace', sourceId: '12345', kind: 'campaign',
 *   harvestedAt: '2026-11-20T03:00:00Z', contentHash: 'sha256:…', initiative: { name: 'Tafel e.V.' },
 *   campaign: { title: 'Ein Kühlwagen', status: 'open' } });
 */
export const SourceRecord = z
  .discriminatedUnion('kind', [
    InitiativeSourceRecord,
    CampaignSourceRecord,
    OpportunitySourceRecord,
    ListingSourceRecord,
    GrantSourceRecord,
  ])
  .refine((record) => record.key === `${record.source}:${record.sourceId}`, {
    message: 'key must be "<source>:<sourceId>"',
    path: ['key'],
  })
  .describe('SourceRecord');
export type SourceRecord = z.infer<typeof SourceRecord>;
/** A source record before its content hash is computed, as a connector's mapping returns it. */
export type UnhashedSourceRecord = SourceRecord extends infer R
  ? R extends SourceRecord
    ? Omit<R, 'contentHash'>
    : never
  : never;
