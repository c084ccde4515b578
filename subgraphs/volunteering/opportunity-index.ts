import { foldLabel, type SourceRecord } from '../../schema/index.ts';
import { type CommonRecordFacts, commonFacts } from '../shared/record-facts.ts';
import { RecordIndex } from '../shared/record-index.ts';
import { termSet } from '../shared/text.ts';

/** What opportunity lists filter and order by. */
export interface OpportunityFacts extends CommonRecordFacts {
  readonly status: string;
  readonly remote: boolean;
  /** Skills folded with `foldLabel`. */
  readonly skills: readonly string[];
  /** Index terms of title and description, for the `text` filter. */
  readonly terms: ReadonlySet<string>;
  /** Newest first: the start date, or the harvest time when there is none. */
  readonly since: string;
}

/** The volunteering index: opportunities still listed on their platforms. */
export function createOpportunityIndex(): RecordIndex<OpportunityFacts> {
  return new RecordIndex<OpportunityFacts>((record: SourceRecord) => {
    if (record.kind !== 'opportunity' || record.goneAt) return undefined;
    const opportunity = record.opportunity;
    return {
      ...commonFacts(record, opportunity.title, opportunity.location),
      status: opportunity.status,
      remote: opportunity.remote,
      skills: opportunity.skills.map(foldLabel),
      terms: termSet(`${opportunity.title} ${opportunity.description ?? ''}`),
      since: opportunity.startsOn ?? record.harvestedAt.slice(0, 10),
    };
  });
}
