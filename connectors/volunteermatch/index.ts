/** The VolunteerMatch connector and its replica. Exports here are public API. */
export { VOLUNTEERMATCH_CATEGORIES, type VolunteerMatchCategory } from './categories.ts';
export { VolunteerMatchConfig } from './config.ts';
export { volunteerMatch } from './connector.ts';
export { mapOpportunity } from './mapping.ts';
export { searchQuery } from './query.ts';
export { VolunteerMatchOpportunity, VolunteerMatchOrg, VolunteerMatchSearch } from './raw.ts';
export {
  createVolunteerMatchReplica,
  DEMO_REPLICA_OPTIONS,
  gatewayError,
  type VolunteerMatchReplicaOptions,
} from './replica.ts';
