/** The GlobalGiving connector and its replica. Exports here are public API. */
export { GlobalGivingConfig } from './config.ts';
export { globalGiving } from './connector.ts';
export { mapOrganization, mapProject } from './mapping.ts';
export {
  GlobalGivingError,
  GlobalGivingOrganization,
  GlobalGivingOrganizations,
  GlobalGivingProject,
  GlobalGivingProjects,
  GlobalGivingTheme,
} from './raw.ts';
export {
  createGlobalGivingReplica,
  DEMO_REPLICA_OPTIONS,
  type GlobalGivingReplicaOptions,
  globalGivingError,
  REPLICA_API_KEY,
} from './replica.ts';
export { GLOBALGIVING_THEMES } from './themes.ts';
