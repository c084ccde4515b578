import type { SourceRecord } from '../../schema/index.ts';
import { type CommonRecordFacts, commonFacts } from '../shared/record-facts.ts';
import { RecordIndex } from '../shared/record-index.ts';
import { termSet } from '../shared/text.ts';

/** What listing lists and request-offer matching work from. */
export interface ListingFacts extends CommonRecordFacts {
  readonly type: 'offer' | 'request';
  readonly category: string;
  /** The need type (taxonomy code) the category stands for. */
  readonly needType: string;
  /** Need types the listing's initiative states: its needs for a request, its offers for an offer. */
  readonly initiativeNeedTypes: readonly string[];
  readonly status: string;
  readonly validUntil?: string;
  /** Index terms of title and description. */
  readonly terms: ReadonlySet<string>;
  /** Words of the title, as written, for reasons. */
  readonly title: string;
  readonly since: string;
}

/** The need type each listing category stands for: a loan is money, goods are materials, services are time. */
export const CATEGORY_NEED_TYPES: Readonly<Record<string, string>> = {
  money: 'money',
  loan: 'money',
  goods: 'materials',
  services: 'time',
  space: 'space',
  knowledge: 'knowledge',
  volunteers: 'volunteers',
};

/** The marketplace index: listings still on their platforms. */
export function createListingIndex(): RecordIndex<ListingFacts> {
  return new RecordIndex<ListingFacts>((record: SourceRecord) => {
    if (record.kind !== 'listing' || record.goneAt) return undefined;
    const listing = record.listing;
    const stated = listing.type === 'request' ? record.initiative.needs : record.initiative.offers;
    return {
      ...commonFacts(record, listing.title, listing.location),
      type: listing.type,
      category: listing.category,
      needType: CATEGORY_NEED_TYPES[listing.category] ?? 'other',
      initiativeNeedTypes: [...new Set((stated ?? []).map((need) => need.type))],
      status: listing.status,
      validUntil: listing.validUntil,
      terms: termSet(`${listing.title} ${listing.description ?? ''}`),
      title: listing.title,
      since: record.sourceUpdatedAt ?? record.harvestedAt,
    };
  });
}
