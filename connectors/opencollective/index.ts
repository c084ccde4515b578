/** The Open Collective connector and its replica. Exports here are public API. */
export { ACCOUNT_TYPES, OpenCollectiveConfig } from './config.ts';
export { openCollective } from './connector.ts';
export { mapAccount, moneyOf } from './mapping.ts';
export { ACCOUNTS_QUERY } from './query.ts';
export {
  OpenCollectiveAccount,
  OpenCollectiveAccounts,
  OpenCollectiveAmount,
  OpenCollectiveGoal,
  OpenCollectiveLocation,
  OpenCollectiveParent,
} from './raw.ts';
export {
  createOpenCollectiveReplica,
  openCollectiveError,
  type OpenCollectiveReplicaOptions,
} from './replica.ts';
export { OPEN_COLLECTIVE_TAGS } from './tags.ts';
