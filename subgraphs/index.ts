/** The subgraphs of Knooppunt and their SDL, in composition order. Exports here are public API. */
import { FUNDING_SDL } from './funding/index.ts';
import { INITIATIVES_SDL } from './initiatives/index.ts';

export { createFundingSubgraph } from './funding/index.ts';
export { createInitiativesSubgraph, type InitiativesSubgraph } from './initiatives/index.ts';
export { createLoaders, type Loaders, type SubgraphContext } from './shared/loaders.ts';
export {
  createSubgraphServer,
  type RunningSubgraph,
  type SubgraphModule,
  serveSubgraph,
  subgraphSchema,
} from './shared/serve.ts';

/** Every subgraph's name and SDL, as composition needs them. */
export const SUBGRAPH_SDL: readonly { readonly name: string; readonly sdl: string }[] = [
  { name: 'initiatives', sdl: INITIATIVES_SDL },
  { name: 'funding', sdl: FUNDING_SDL },
];
