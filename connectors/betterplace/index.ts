/** The betterplace.org connector and its replica. Exports here are public API. */
export { BetterplaceConfig } from './config.ts';
export { betterplace } from './connector.ts';
export { mapProject } from './mapping.ts';
export {
  BetterplaceCarrier,
  BetterplaceLink,
  BetterplaceList,
  BetterplaceOrganisation,
  BetterplacePicture,
  BetterplaceProject,
} from './raw.ts';
export { type BetterplaceReplicaOptions, betterplaceError, createBetterplaceReplica } from './replica.ts';
