/** The OpenStad connector and its replica. Exports here are public API. */
export { OpenstadConfig } from './config.ts';
export { openstad } from './connector.ts';
export { ideaUrl, mapIdea } from './mapping.ts';
export { isOrganisationName } from './organiser.ts';
export { OpenstadError, OpenstadExtraData, OpenstadIdea } from './raw.ts';
export { createOpenstadReplica, type OpenstadReplicaOptions, openstadError } from './replica.ts';
export { REPLICA_SITES, type ReplicaSite } from './replica-sites.ts';
