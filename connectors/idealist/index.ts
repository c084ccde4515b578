/** The Idealist connector and its replica. Exports here are public API. */
export { IdealistConfig } from './config.ts';
export { idealist } from './connector.ts';
export { mapVolop } from './mapping.ts';
export { IdealistOrg, IdealistVolop, IdealistVolopList, IdealistVolopSummary } from './raw.ts';
export {
  createIdealistReplica,
  DEMO_REPLICA_OPTIONS,
  type IdealistReplicaOptions,
  idealistError,
} from './replica.ts';
