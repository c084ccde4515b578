import { foldLabel } from '../../schema/index.ts';
import { type CommonRecordFilter, commonTests, textTest } from '../shared/record-facts.ts';
import type { OpportunityFacts } from './opportunity-index.ts';

/** The `VolunteerOpportunityFilter` input; statuses arrive as stored values. */
export interface OpportunityFilter extends CommonRecordFilter {
  readonly skills?: readonly string[] | null;
  readonly remote?: boolean | null;
  readonly statuses?: readonly string[] | null;
  readonly text?: string | null;
}

/**
 * Compiles an opportunity filter into a predicate. A skill matches when the asked skill's folded words all
 * occur in one of the opportunity's skills ("koken" matches "Koken voor groepen"); `text` words must each occur
 * (as stems) in the title or description.
 */
export function opportunityPredicate(
  filter: OpportunityFilter | null | undefined,
): (facts: OpportunityFacts) => boolean {
  const tests: ((facts: OpportunityFacts) => boolean)[] = commonTests(filter);
  if (filter?.skills?.length) {
    const asked = filter.skills.map((skill) => foldLabel(skill).split(' ').filter(Boolean));
    tests.push((facts) =>
      asked.some((parts) =>
        facts.skills.some((skill) => parts.every((part) => ` ${skill} `.includes(` ${part}`))),
      ),
    );
  }
  if (filter?.remote !== null && filter?.remote !== undefined) {
    const remote = filter.remote;
    tests.push((facts) => facts.remote === remote);
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
