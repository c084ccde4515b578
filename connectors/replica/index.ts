/**
 * Replica infrastructure: the shared world of generated initiatives, a loopback HTTP server for
 * replica handlers, and fault injection. Replicas are test doubles of real platforms; tests and
 * `knooppunt demo` harvest from them. Exports here are public API.
 */
export {
  type FaultLog,
  type Faults,
  type FaultTrigger,
  type InjectedFault,
  triggers,
  withFaults,
} from './faults.ts';
export {
  jsonResponse,
  matchPath,
  notFound,
  type ReplicaHandler,
  type ReplicaRequest,
  type ReplicaResponse,
  type ReplicaServer,
  type ReplicaServerOptions,
  startReplicaServer,
  withEtag,
} from './server.ts';
export {
  type Archetype,
  createRng,
  DEFAULT_REFERENCE_DATE,
  type GenerateWorldOptions,
  generateWorld,
  hashSeed,
  nameVariant,
  PLATFORM_ACTIVITY,
  PLATFORM_IDS,
  type PlatformId,
  type Rng,
  type World,
  type WorldCampaign,
  type WorldInitiative,
  type WorldLanguage,
  type WorldNeed,
  type WorldOpportunity,
  type WorldPlace,
} from './world/index.ts';
