import { z } from 'zod';
import { InitiativeProfile } from './initiative-profile.ts';
import { IsoDateTime, Text } from './primitives.ts';

/** Which source record gave a merged profile field its value. */
export const FieldProvenance = z.object({
  field: Text.describe('profile field name, e.g. "website" or "location"'),
  recordKey: Text,
  source: Text,
  harvestedAt: IsoDateTime,
  sourceUpdatedAt: IsoDateTime.optional(),
});
export type FieldProvenance = z.infer<typeof FieldProvenance>;

/** Why two source records were judged to describe one initiative (or were kept apart). */
export const MatchEvidence = z.object({
  a: Text.describe('record key'),
  b: Text.describe('record key'),
  score: z.number().describe('match probability or model score in [0, 1]'),
  features: z.record(z.string(), z.number()).describe('feature name -> comparison value'),
  decidedBy: z.enum(['model', 'identifier', 'link', 'curated', 'single']),
  rule: Text.optional().describe('the blocking rule that produced the candidate pair'),
});
export type MatchEvidence = z.infer<typeof MatchEvidence>;

/** A resolved initiative: the merge of every source record that describes it (MODEL.md "Initiative"). */
export const Initiative = z
  .object({
    id: z.string().regex(/^ini_[0-9a-z]+$/, 'ini_ followed by lower-case letters and digits'),
    aliases: z.array(Text).describe('ids of initiatives merged into this one; they still resolve'),
    members: z.array(Text).min(1).describe('keys of the member source records'),
    profile: InitiativeProfile.describe('merged profile'),
    provenance: z.array(FieldProvenance),
    matchEvidence: z.array(MatchEvidence),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .describe('Initiative');
export type Initiative = z.infer<typeof Initiative>;
