/** The subgraphs of Knooppunt and their SDL, in composition order. Exports here are public API. */
import { FUNDING_SDL } from './funding/index.ts';
import { INITIATIVES_SDL } from './initiatives/index.ts';
import { MARKETPLACE_SDL } from './marketplace/index.ts';
import { SOURCES_SDL } from './sources/index.ts';
import { VOLUNTEERING_SDL } from './volunteering/index.ts';

export {
  type BuiltSubgraph,
  createSubgraphs,
  SUBGRAPH_FACTORIES,
  type SubgraphDeps,
} from './create-subgraphs.ts';
export { createFundingSubgraph } from './funding/index.ts';
export {
  createInitiativesSubgraph,
  type InitiativesSubgraph,
  type LiveSubgraph,
} from './initiatives/index.ts';
export { createMarketplaceSubgraph } from './marketplace/index.ts';
export {
  createInternalToken,
  INTERNAL_TOKEN_HEADER,
  ROLE_HEADER,
  roleFromRequest,
  type SubgraphRole,
} from './shared/auth.ts';
export { createLoaders, type Loaders, type SubgraphContext } from './shared/loaders.ts';
export {
  createSubgraphServer,
  type RunningSubgraph,
  type ServeSubgraphOptions,
  type SubgraphModule,
  serveSubgraph,
  subgraphSchema,
} from './shared/serve.ts';
export {
  createSourcesSubgraph,
  describeSource,
  purgeSourceRecord,
  type RetryOutcome,
  type SourceInfo,
  type SourcesAdmin,
} from './sources/index.ts';
export { createVolunteeringSubgraph } from './volunteering/index.ts';

/** Every subgraph's name and SDL, as composition needs them. */
export const SUBGRAPH_SDL: readonly { readonly name: string; readonly sdl: string }[] = [
  { name: 'initiatives', sdl: INITIATIVES_SDL },
  { name: 'funding', sdl: FUNDING_SDL },
  { name: 'volunteering', sdl: VOLUNTEERING_SDL },
  { name: 'marketplace', sdl: MARKETPLACE_SDL },
  { name: 'sources', sdl: SOURCES_SDL },
];
