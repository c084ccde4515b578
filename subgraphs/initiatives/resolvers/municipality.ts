import { provinceByCode } from '../../../schema/index.ts';
import type { SubgraphContext } from '../../shared/loaders.ts';
import { Counter } from '../facets.ts';
import type { IndexedInitiative } from '../initiative-facts.ts';
import type { InitiativeIndex } from '../initiative-index.ts';
import { type InitiativeOrder, orderComparator } from '../initiative-order.ts';
import { needCounts, placeCounts } from '../places.ts';
import { enumName } from '../../shared/taxonomy-enums.ts';
import { orderedPage } from './query.ts';

/** What the Municipality type resolves from: the municipality and its (filtered) initiatives in name order. */
export interface MunicipalityParent {
  readonly code: string;
  readonly name?: string;
  readonly province?: string;
  readonly docs: readonly IndexedInitiative[];
  readonly index: InitiativeIndex;
}

/** Counts initiatives per theme, as facet buckets. */
export function themeBuckets(docs: readonly IndexedInitiative[]) {
  const counter = new Counter();
  for (const doc of docs) for (const theme of doc.themes) counter.add(theme);
  return counter.buckets(enumName);
}

/** Resolvers of the Municipality type: every count comes from the initiatives the parent selected. */
export const municipalityResolvers = {
  province: (parent: MunicipalityParent) => {
    const province = parent.province ? provinceByCode(parent.province) : undefined;
    return province ? { code: province.code, name: province.name } : null;
  },
  initiativeCount: (parent: MunicipalityParent) => parent.docs.length,
  neighbourhoods: (parent: MunicipalityParent) => placeCounts(parent.docs, 'NEIGHBOURHOOD'),
  needs: (parent: MunicipalityParent) => needCounts(parent.docs),
  offers: (parent: MunicipalityParent) => needCounts(parent.docs, 'offers'),
  themes: (parent: MunicipalityParent) => themeBuckets(parent.docs),
  initiatives(
    parent: MunicipalityParent,
    args: { orderBy?: InitiativeOrder | null; first?: number | null; after?: string | null },
    context: SubgraphContext,
  ) {
    const order = args.orderBy ?? 'NAME';
    const docs =
      order === 'NAME' || order === 'RELEVANCE' ? parent.docs : [...parent.docs].sort(orderComparator(order));
    return orderedPage(docs, order, args, context);
  },
};
