import type { IndexedInitiative } from '../initiative-facts.ts';
import { needCounts, placeCounts } from '../places.ts';
import { themeBuckets } from './municipality.ts';

/** What the Province type resolves from: the province and its (filtered) initiatives. */
export interface ProvinceParent {
  readonly code: string;
  readonly name: string;
  readonly docs: readonly IndexedInitiative[];
}

/** Resolvers of the Province type. */
export const provinceResolvers = {
  initiativeCount: (parent: ProvinceParent) => parent.docs.length,
  municipalities: (parent: ProvinceParent) => placeCounts(parent.docs, 'MUNICIPALITY'),
  needs: (parent: ProvinceParent) => needCounts(parent.docs),
  themes: (parent: ProvinceParent) => themeBuckets(parent.docs),
};
