import { haversineKm } from '../../schema/index.ts';
import { termsOfWord, words } from '../shared/text.ts';
import type { ListingFacts } from './listing-index.ts';

/** A listing that fits another, with its score in [0, 1] and the reasons. */
export interface ListingMatch {
  readonly facts: ListingFacts;
  readonly score: number;
  readonly reasons: string[];
  readonly distanceKm?: number;
}

/**
 * How a match is scored: what is exchanged counts most (the same category, or at least the same need type),
 * then what the texts share, then how close the two are. Distance fades linearly to nothing at `MAX_KM`.
 */
export const LISTING_MATCH_WEIGHTS = {
  category: 0.4,
  needType: 0.25,
  initiativeNeed: 0.15,
  text: 0.3,
  distance: 0.3,
} as const;
export const MAX_KM = 50;
/** Below this score a pair is no match. */
export const MIN_MATCH_SCORE = 0.3;

/** True when a listing can still be answered on a given day. */
export function isAvailable(facts: ListingFacts, today: string): boolean {
  return facts.status === 'open' && (facts.validUntil === undefined || facts.validUntil >= today);
}

/**
 * Scores a request against an offer (either way round): the same category adds 0.4 (only the same need type,
 * such as money and a loan, 0.25; the offering initiative stating the requested need type among its offers
 * 0.15); the share of the shorter text's words that the other has adds up to 0.3; distance adds up to 0.3
 * (the same municipality counts as near when coordinates are missing). Undefined below `MIN_MATCH_SCORE` or
 * when nothing is exchanged in common.
 */
export function scorePair(listing: ListingFacts, other: ListingFacts): ListingMatch | undefined {
  const reasons: string[] = [];
  let score = 0;
  const [request, offer] = listing.type === 'request' ? [listing, other] : [other, listing];
  if (request.category === offer.category) {
    score += LISTING_MATCH_WEIGHTS.category;
    reasons.push(`same category: ${request.category}`);
  } else if (request.needType === offer.needType) {
    score += LISTING_MATCH_WEIGHTS.needType;
    reasons.push(`both about ${request.needType} (${request.category} and ${offer.category})`);
  } else if (offer.initiativeNeedTypes.includes(request.needType)) {
    score += LISTING_MATCH_WEIGHTS.initiativeNeed;
    reasons.push(`the offering initiative offers ${request.needType}`);
  } else return undefined;
  const shared = [...listing.terms].filter((term) => other.terms.has(term));
  const smaller = Math.min(listing.terms.size, other.terms.size);
  if (shared.length > 0 && smaller > 0) {
    score += LISTING_MATCH_WEIGHTS.text * Math.min(1, shared.length / smaller);
    const sharedSet = new Set(shared);
    const sharedWords = [
      ...new Set(
        words(other.title)
          .map((entry) => entry.word)
          .filter((word) => termsOfWord(word).some((t) => sharedSet.has(t))),
      ),
    ];
    reasons.push(
      sharedWords.length ? `shared words: ${sharedWords.join(', ')}` : `${shared.length} shared words`,
    );
  }
  let distanceKm: number | undefined;
  if (
    listing.lat !== undefined &&
    listing.lon !== undefined &&
    other.lat !== undefined &&
    other.lon !== undefined
  ) {
    distanceKm = haversineKm({ lat: listing.lat, lon: listing.lon }, { lat: other.lat, lon: other.lon });
    if (distanceKm < MAX_KM) {
      score += LISTING_MATCH_WEIGHTS.distance * (1 - distanceKm / MAX_KM);
      reasons.push(`${distanceKm.toFixed(1)} km apart`);
    }
  } else if (listing.municipality && listing.municipality.code === other.municipality?.code) {
    score += LISTING_MATCH_WEIGHTS.distance;
    reasons.push(`both in ${listing.municipality.name ?? listing.municipality.code}`);
  }
  const rounded = Math.round(Math.min(1, score) * 10_000) / 10_000;
  if (rounded < MIN_MATCH_SCORE) return undefined;
  return {
    facts: other,
    score: rounded,
    reasons,
    distanceKm: distanceKm === undefined ? undefined : Math.round(distanceKm * 10) / 10,
  };
}

/** The open listings of the other type that fit a listing, best first. */
export function listingMatches(
  listing: ListingFacts,
  candidates: Iterable<ListingFacts>,
  first: number,
  today: string,
): ListingMatch[] {
  const matches: ListingMatch[] = [];
  for (const other of candidates) {
    if (other.type === listing.type || other.key === listing.key || !isAvailable(other, today)) continue;
    const match = scorePair(listing, other);
    if (match) matches.push(match);
  }
  return matches.sort((a, b) => b.score - a.score || (a.facts.key < b.facts.key ? -1 : 1)).slice(0, first);
}
