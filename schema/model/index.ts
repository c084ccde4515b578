/** The canonical model (MODEL.md) as zod schemas; every type comes from `z.infer`. */

export { FieldProvenance, Initiative, MatchEvidence } from './initiative.ts';
export { Contact, InitiativeProfile } from './initiative-profile.ts';
export { Campaign, Funder, Grant, Listing, Opportunity } from './kinds.ts';
export { Area, Location } from './location.ts';
export { Impact, Need, Offer } from './need.ts';
export { CountryCode, HttpUrl, Identifier, IsoDate, IsoDateTime, Money, Text } from './primitives.ts';
export {
  CampaignSourceRecord,
  GrantSourceRecord,
  InitiativeSourceRecord,
  ListingSourceRecord,
  OpportunitySourceRecord,
  SOURCE_RECORD_KINDS,
  SourceId,
  SourceRecord,
  type SourceRecordKind,
  type UnhashedSourceRecord,
} from './source-record.ts';
