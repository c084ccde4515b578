/** The Kiva connector and its replica. Exports here are public API. */
export { KIVA_STATUS_FILTERS, KivaConfig } from './config.ts';
export { kiva } from './connector.ts';
export { initiativeOf } from './initiative.ts';
export { mapLoan } from './mapping.ts';
export { LOANS_QUERY, loansVariables } from './query.ts';
export { KivaLoan, KivaLoansData } from './raw.ts';
export { createKivaReplica, type KivaReplicaOptions } from './replica.ts';
