import { foldLabel } from '../../schema/index.ts';
import { checkMoneyRange, inRange, type MoneyRange } from '../shared/money.ts';
import { type CommonRecordFilter, commonTests, dateArgument } from '../shared/record-facts.ts';
import { compareKeys } from '../shared/relay.ts';
import type { CampaignFacts, GrantFacts } from './funding-index.ts';

/** The `CampaignFilter` input; statuses arrive as stored values. */
export interface CampaignFilter extends CommonRecordFilter {
  readonly statuses?: readonly string[] | null;
  readonly goal?: MoneyRange | null;
  readonly raised?: MoneyRange | null;
  readonly endsAfter?: string | null;
  readonly endsBefore?: string | null;
}

/** The `GrantFilter` input. */
export interface GrantFilter extends CommonRecordFilter {
  readonly funder?: string | null;
  readonly programme?: string | null;
  readonly amount?: MoneyRange | null;
  readonly awardedAfter?: string | null;
  readonly awardedBefore?: string | null;
}

/** Compiles a campaign filter into a predicate, checking its arguments. */
export function campaignPredicate(
  filter: CampaignFilter | null | undefined,
): (facts: CampaignFacts) => boolean {
  const tests: ((facts: CampaignFacts) => boolean)[] = commonTests(filter);
  if (filter?.statuses?.length) {
    const statuses = new Set(filter.statuses);
    tests.push((facts) => statuses.has(facts.status));
  }
  const goal = checkMoneyRange(filter?.goal, 'filter.goal');
  if (goal) tests.push((facts) => inRange(facts.goal, goal));
  const raised = checkMoneyRange(filter?.raised, 'filter.raised');
  if (raised) tests.push((facts) => inRange(facts.raised, raised));
  const after = dateArgument(filter?.endsAfter, 'filter.endsAfter');
  if (after) tests.push((facts) => facts.endsOn !== undefined && facts.endsOn > after);
  const before = dateArgument(filter?.endsBefore, 'filter.endsBefore');
  if (before) tests.push((facts) => facts.endsOn !== undefined && facts.endsOn < before);
  return (facts) => tests.every((test) => test(facts));
}

/** Compiles a grant filter into a predicate, checking its arguments. */
export function grantPredicate(filter: GrantFilter | null | undefined): (facts: GrantFacts) => boolean {
  const tests: ((facts: GrantFacts) => boolean)[] = commonTests(filter);
  if (filter?.funder) {
    const name = foldLabel(filter.funder);
    const identifier = filter.funder.trim().toUpperCase().replace(':', '-');
    tests.push((facts) => facts.funderName === name || facts.funderIds.includes(identifier));
  }
  if (filter?.programme) {
    const programme = foldLabel(filter.programme);
    tests.push((facts) => facts.programme === programme);
  }
  const amount = checkMoneyRange(filter?.amount, 'filter.amount');
  if (amount) tests.push((facts) => inRange(facts.amount, amount));
  const after = dateArgument(filter?.awardedAfter, 'filter.awardedAfter');
  if (after) tests.push((facts) => facts.awardedOn > after);
  const before = dateArgument(filter?.awardedBefore, 'filter.awardedBefore');
  if (before) tests.push((facts) => facts.awardedOn < before);
  return (facts) => tests.every((test) => test(facts));
}

/** Far-future date that sorts undated campaigns last. */
const LAST = '9999-12-31';

/** Sort keys of campaign orders; descending dates are compared reversed by `campaignOrder`. */
export const CAMPAIGN_ORDERS = {
  NEWEST: (facts: CampaignFacts) => [invertDate(facts.startsOn), facts.key],
  ENDING_SOON: (facts: CampaignFacts) => [facts.endsOn ?? LAST, facts.key],
  TITLE: (facts: CampaignFacts) => [facts.sortTitle, facts.key],
} as const;

/** Sort keys of grant orders. */
export const GRANT_ORDERS = {
  NEWEST: (facts: GrantFacts) => [invertDate(facts.awardedOn), facts.key],
  OLDEST: (facts: GrantFacts) => [facts.awardedOn, facts.key],
  TITLE: (facts: GrantFacts) => [facts.sortTitle, facts.key],
} as const;

/** A date as a number that sorts newest first (undated last). */
function invertDate(date: string | undefined): number {
  return date ? -Date.parse(date) : Number.MAX_SAFE_INTEGER;
}

/** A comparator from a sort-key function. */
export function byKey<T>(keyOf: (item: T) => (string | number)[]): (a: T, b: T) => number {
  return (a, b) => compareKeys(keyOf(a), keyOf(b));
}
