/** The Open Referral (HSDS) connector and its replica. Exports here are public API. */
export { HsdsConfig } from './config.ts';
export { hsds } from './connector.ts';
export { mapOrganization } from './map-organization.ts';
export { mapService } from './map-service.ts';
export {
  HsdsAddress,
  HsdsIdentifier,
  HsdsLocation,
  HsdsNestedService,
  HsdsOrganization,
  HsdsOrganizationRef,
  HsdsService,
} from './raw.ts';
export { createHsdsReplica, type HsdsReplicaOptions } from './replica.ts';
