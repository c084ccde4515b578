import type { Money, SourceRecord } from '../../schema/index.ts';
import { foldLabel } from '../../schema/index.ts';
import { type CommonRecordFacts, commonFacts } from '../shared/record-facts.ts';
import { RecordIndex } from '../shared/record-index.ts';

/** What campaign lists filter and order by. */
export interface CampaignFacts extends CommonRecordFacts {
  readonly kind: 'campaign';
  readonly status: string;
  readonly goal?: Money;
  readonly raised?: Money;
  readonly startsOn?: string;
  readonly endsOn?: string;
}

/** What grant lists filter and order by. */
export interface GrantFacts extends CommonRecordFacts {
  readonly kind: 'grant';
  readonly amount: Money;
  readonly awardedOn: string;
  readonly funderName: string;
  /** Funder identifiers as `SCHEME-ID` (NL-KVK-41202535). */
  readonly funderIds: readonly string[];
  readonly programme?: string;
}

/** Facts of the funding subgraph's records. */
export type FundingFacts = CampaignFacts | GrantFacts;

/** The funding index: campaigns and grants that are still listed on their platforms (not gone). */
export function createFundingIndex(): RecordIndex<FundingFacts> {
  return new RecordIndex<FundingFacts>((record: SourceRecord) => {
    if (record.goneAt) return undefined;
    if (record.kind === 'campaign') {
      const campaign = record.campaign;
      return {
        ...commonFacts(record, campaign.title),
        kind: 'campaign',
        status: campaign.status,
        goal: campaign.goal,
        raised: campaign.raised,
        startsOn: campaign.startsOn,
        endsOn: campaign.endsOn,
      };
    }
    if (record.kind === 'grant') {
      const grant = record.grant;
      return {
        ...commonFacts(record, grant.title, grant.beneficiaryLocation),
        kind: 'grant',
        amount: grant.amount,
        awardedOn: grant.awardedOn,
        funderName: foldLabel(grant.funder.name),
        funderIds: grant.funder.identifiers.map((identifier) => `${identifier.scheme}-${identifier.id}`),
        programme: grant.programme ? foldLabel(grant.programme) : undefined,
      };
    }
    return undefined;
  });
}
