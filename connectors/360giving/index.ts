/** The 360Giving connector and its replica. Exports here are public API. */
export { ThreeSixtyGivingConfig } from './config.ts';
export { threeSixtyGiving } from './connector.ts';
export { mapGrant } from './mapping.ts';
export { GivingGrant, GivingLocation, GivingOrganisation } from './raw.ts';
export {
  create360GivingReplica,
  datastoreError,
  DEMO_SOURCE_OPTIONS,
  REPLICA_FUNDERS,
  REPLICA_PACKAGES,
  type ThreeSixtyGivingReplicaOptions,
} from './replica.ts';
