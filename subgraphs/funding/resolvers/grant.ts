import type { Grant, SourceRecord } from '../../../schema/index.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';

/** The flat shape a Grant resolves from. */
export type GrantView = Grant & {
  id: string;
  source: string;
  sourceId: string;
  url?: string;
  harvestedAt: string;
};

/** Turns a grant source record into its view; undefined for records of other kinds. */
export function grantView(record: SourceRecord | undefined): GrantView | undefined {
  if (record?.kind !== 'grant') return undefined;
  return {
    ...record.grant,
    id: record.key,
    source: record.source,
    sourceId: record.sourceId,
    url: record.url,
    harvestedAt: record.harvestedAt,
  };
}

/** Resolvers of the Grant type: references and recipients load in batches. */
export const grantResolvers = {
  async __resolveReference(reference: { id: string }, context: SubgraphContext) {
    return grantView(await context.loaders.sourceRecord.load(reference.id)) ?? null;
  },
  async recipient(grant: GrantView, _args: unknown, context: SubgraphContext) {
    const id = await context.loaders.initiativeOfRecord.load(grant.id);
    return id ? { id } : null;
  },
};
