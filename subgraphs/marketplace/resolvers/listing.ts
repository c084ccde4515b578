import type { Listing, SourceRecord } from '../../../schema/index.ts';
import { badUserInput } from '../../shared/errors.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';
import type { RecordIndex } from '../../shared/record-index.ts';
import { MAX_PAGE_SIZE } from '../../shared/relay.ts';
import type { ListingFacts } from '../listing-index.ts';
import { listingMatches } from '../listing-matching.ts';

/** The flat shape a Listing resolves from. */
export type ListingView = Listing & {
  id: string;
  source: string;
  sourceId: string;
  url?: string;
  harvestedAt: string;
};

/** Turns a listing record into its view (its location, or else its initiative's); undefined for other kinds. */
export function listingView(record: SourceRecord | undefined): ListingView | undefined {
  if (record?.kind !== 'listing') return undefined;
  return {
    ...record.listing,
    location: record.listing.location ?? record.initiative.location,
    id: record.key,
    source: record.source,
    sourceId: record.sourceId,
    url: record.url,
    harvestedAt: record.harvestedAt,
  };
}

/** Resolvers of the Listing type; `matches` scores against the in-memory index, matched listings load in one batch. */
export function listingResolvers(index: RecordIndex<ListingFacts>) {
  return {
    async __resolveReference(reference: { id: string }, context: SubgraphContext) {
      return listingView(await context.loaders.sourceRecord.load(reference.id)) ?? null;
    },
    async initiative(listing: ListingView, _args: unknown, context: SubgraphContext) {
      const id = await context.loaders.initiativeOfRecord.load(listing.id);
      return id ? { id } : null;
    },
    async matches(listing: ListingView, args: { first?: number | null }, context: SubgraphContext) {
      const first = args.first ?? 5;
      if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
        throw badUserInput('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
      }
      const facts = index.get(listing.id);
      if (!facts) return [];
      const today = new Date().toISOString().slice(0, 10);
      const matches = listingMatches(facts, index.values(), first, today);
      const records = await context.loaders.sourceRecord.loadMany(matches.map((match) => match.facts.key));
      return matches.flatMap((match, position) => {
        const record = records[position];
        const view = record instanceof Error ? undefined : listingView(record);
        return view
          ? [{ listing: view, score: match.score, reasons: match.reasons, distanceKm: match.distanceKm }]
          : [];
      });
    },
  };
}

/** Listing enums: GraphQL names to stored values. */
export const listingEnumResolvers = {
  ListingType: { OFFER: 'offer', REQUEST: 'request' },
  ListingCategory: {
    MONEY: 'money',
    GOODS: 'goods',
    SERVICES: 'services',
    SPACE: 'space',
    KNOWLEDGE: 'knowledge',
    VOLUNTEERS: 'volunteers',
    LOAN: 'loan',
  },
  ListingStatus: { OPEN: 'open', MATCHED: 'matched', CLOSED: 'closed' },
};
