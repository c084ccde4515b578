import type { Campaign, SourceRecord } from '../../../schema/index.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';

/** The flat shape a Campaign resolves from. */
export type CampaignView = Campaign & {
  id: string;
  source: string;
  sourceId: string;
  url?: string;
  harvestedAt: string;
};

/** Turns a campaign source record into its view; undefined for records of other kinds. */
export function campaignView(record: SourceRecord | undefined): CampaignView | undefined {
  if (record?.kind !== 'campaign') return undefined;
  return {
    ...record.campaign,
    id: record.key,
    source: record.source,
    sourceId: record.sourceId,
    url: record.url,
    harvestedAt: record.harvestedAt,
  };
}

/** Resolvers of the Campaign type. */
export const campaignResolvers = {
  async __resolveReference(reference: { id: string }, context: SubgraphContext) {
    return campaignView(await context.loaders.sourceRecord.load(reference.id)) ?? null;
  },
  tags: (campaign: CampaignView) => campaign.tags ?? [],
  async initiative(campaign: CampaignView, _args: unknown, context: SubgraphContext) {
    const id = await context.loaders.initiativeOfRecord.load(campaign.id);
    return id ? { id } : null;
  },
};

/** Campaign status enum: GraphQL names to stored values. */
export const campaignStatusResolvers = { OPEN: 'open', FUNDED: 'funded', CLOSED: 'closed', FAILED: 'failed' };
