import { type CommonRecordFilter, commonTests, textTest } from '../shared/record-facts.ts';
import type { ListingFacts } from './listing-index.ts';

/** The `ListingFilter` input plus the `type` argument; enum values arrive as stored values. */
export interface ListingFilter extends CommonRecordFilter {
  readonly categories?: readonly string[] | null;
  readonly statuses?: readonly string[] | null;
  readonly text?: string | null;
}

/** Compiles a listing filter and type into a predicate; `text` words must each occur (as stems) in title or description. */
export function listingPredicate(
  type: string | null | undefined,
  filter: ListingFilter | null | undefined,
): (facts: ListingFacts) => boolean {
  const tests: ((facts: ListingFacts) => boolean)[] = commonTests(filter);
  if (type) tests.push((facts) => facts.type === type);
  if (filter?.categories?.length) {
    const categories = new Set(filter.categories);
    tests.push((facts) => categories.has(facts.category));
  }
  if (filter?.statuses?.length) {
    const statuses = new Set(filter.statuses);
    tests.push((facts) => statuses.has(facts.status));
  }
  if (filter?.text !== null && filter?.text !== undefined) {
    const hasText = textTest(filter.text, 'filter.text');
    tests.push((facts) => hasText(facts.terms));
  }
  return (facts) => tests.every((test) => test(facts));
}
