/** The Deedmob connector and its replica. Exports here are public API. */
export { DeedmobConfig } from './config.ts';
export { deedmob } from './connector.ts';
export { mapDeed } from './mapping.ts';
export { DeedmobDeed, DeedmobOrganization } from './raw.ts';
export {
  createDeedmobReplica,
  DEMO_SOURCE_OPTIONS,
  type DeedmobReplicaOptions,
  deedmobError,
} from './replica.ts';
