import type { SubgraphContext } from '../../shared/loaders.ts';
import type { RecordIndex } from '../../shared/record-index.ts';
import { paginate } from '../../shared/relay.ts';
import { withNodes } from '../../shared/with-nodes.ts';
import {
  byKey,
  CAMPAIGN_ORDERS,
  type CampaignFilter,
  campaignPredicate,
  GRANT_ORDERS,
  type GrantFilter,
  grantPredicate,
} from '../filters.ts';
import type { CampaignFacts, FundingFacts, GrantFacts } from '../funding-index.ts';
import { campaignView } from './campaign.ts';
import { grantView } from './grant.ts';

const isCampaign = (facts: FundingFacts): facts is CampaignFacts => facts.kind === 'campaign';
const isGrant = (facts: FundingFacts): facts is GrantFacts => facts.kind === 'grant';

/** An edge, or nothing when the record is no longer of the listed kind. */
const edge = <V>(cursor: string, node: V | undefined) => (node ? { cursor, node } : undefined);

interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Resolvers of the funding subgraph's root fields: lists from the index, records loaded a page at a time. */
export function queryResolvers(index: RecordIndex<FundingFacts>) {
  return {
    campaigns(
      _: unknown,
      args: PageArgs & { filter?: CampaignFilter | null; orderBy?: keyof typeof CAMPAIGN_ORDERS | null },
      context: SubgraphContext,
    ) {
      const keyOf = CAMPAIGN_ORDERS[args.orderBy ?? 'NEWEST'];
      const keep = campaignPredicate(args.filter);
      const sorted = index
        .sorted(`campaigns:${args.orderBy ?? 'NEWEST'}`, isCampaign, byKey(keyOf))
        .filter(keep);
      return withNodes(
        paginate(sorted, args, keyOf),
        context.loaders.sourceRecord,
        (facts) => facts.key,
        (_facts, record, cursor) => edge(cursor, campaignView(record)),
      );
    },

    grants(
      _: unknown,
      args: PageArgs & { filter?: GrantFilter | null; orderBy?: keyof typeof GRANT_ORDERS | null },
      context: SubgraphContext,
    ) {
      const keyOf = GRANT_ORDERS[args.orderBy ?? 'NEWEST'];
      const keep = grantPredicate(args.filter);
      const sorted = index.sorted(`grants:${args.orderBy ?? 'NEWEST'}`, isGrant, byKey(keyOf)).filter(keep);
      return withNodes(
        paginate(sorted, args, keyOf),
        context.loaders.sourceRecord,
        (facts) => facts.key,
        (_facts, record, cursor) => edge(cursor, grantView(record)),
      );
    },
  };
}
