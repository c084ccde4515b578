/** The initiatives subgraph: identity, merged profile, provenance, filters. Exports here are public API. */
export {
  type IndexedInitiative,
  type IndexFilter,
  InitiativeIndex,
  sourceOfKey,
} from './initiative-index.ts';
export { type InitiativeView, toView } from './resolvers/initiative.ts';
export { createInitiativesSubgraph, INITIATIVES_SDL, type InitiativesSubgraph } from './subgraph.ts';
