import type { SubgraphContext } from '../../shared/loaders.ts';
import { totalsPerCurrency } from '../../shared/money.ts';
import { type CampaignView, campaignView } from './campaign.ts';
import { type GrantView, grantView } from './grant.ts';

const defined = <T>(value: T | undefined): value is T => value !== undefined;

async function membersOf(initiative: { id: string }, context: SubgraphContext) {
  const records = await context.loaders.membersOf.load(initiative.id);
  return {
    campaigns: records.map(campaignView).filter(defined),
    grants: records.map(grantView).filter(defined),
  };
}

const newestCampaignFirst = (a: CampaignView, b: CampaignView) =>
  (b.startsOn ?? '').localeCompare(a.startsOn ?? '') || a.id.localeCompare(b.id);
const newestGrantFirst = (a: GrantView, b: GrantView) =>
  b.awardedOn.localeCompare(a.awardedOn) || a.id.localeCompare(b.id);

/** Resolvers the funding subgraph adds to Initiative; all initiatives of a query load in one batch. */
export const initiativeResolvers = {
  __resolveReference: (reference: { id: string }) => reference,
  async campaigns(initiative: { id: string }, args: { status?: string | null }, context: SubgraphContext) {
    const { campaigns } = await membersOf(initiative, context);
    return campaigns
      .filter((campaign) => !args.status || campaign.status === args.status)
      .sort(newestCampaignFirst);
  },
  async grants(initiative: { id: string }, _args: unknown, context: SubgraphContext) {
    return (await membersOf(initiative, context)).grants.sort(newestGrantFirst);
  },
  async funding(initiative: { id: string }, _args: unknown, context: SubgraphContext) {
    const { campaigns, grants } = await membersOf(initiative, context);
    const currencies = new Set([
      ...campaigns.flatMap((campaign) => [campaign.goal?.currency, campaign.raised?.currency]),
      ...grants.map((grant) => grant.amount.currency),
    ]);
    return [...currencies]
      .filter(defined)
      .sort()
      .map((currency) => {
        const inCurrency = <T extends { currency: string }>(amount: T | undefined) =>
          amount?.currency === currency ? amount : undefined;
        const zero = { minor: 0, currency };
        return {
          currency,
          raised: totalsPerCurrency(campaigns.map((c) => inCurrency(c.raised)))[0] ?? zero,
          goal: totalsPerCurrency(campaigns.map((c) => inCurrency(c.goal)))[0] ?? zero,
          granted: totalsPerCurrency(grants.map((g) => inCurrency(g.amount)))[0] ?? zero,
          campaigns: campaigns.filter((c) => c.goal?.currency === currency || c.raised?.currency === currency)
            .length,
          grants: grants.filter((g) => g.amount.currency === currency).length,
        };
      });
  },
};
