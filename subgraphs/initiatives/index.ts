/** The initiatives subgraph: identity, merged profile, provenance, search, facets, places, matching. Exports here are public API. */
export { type IndexedInitiative, sourceOfKey } from './initiative-facts.ts';
export { type InitiativeFilter } from './initiative-filter.ts';
export { InitiativeIndex } from './initiative-index.ts';
export { MATCH_WEIGHTS } from './matching.ts';
export { type InitiativeView, toView } from './resolvers/initiative.ts';
export { SearchIndex } from './search/search-index.ts';
export { SIMILAR_WEIGHTS } from './similar.ts';
export {
  createInitiativesSubgraph,
  INITIATIVES_SDL,
  type InitiativesSubgraph,
  type LiveSubgraph,
} from './subgraph.ts';
