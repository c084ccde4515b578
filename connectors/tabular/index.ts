/** The CSV and XLSX import and its replica. Exports here are public API. */
export { ColumnTarget, TabularConfig } from './config.ts';
export { tabular } from './connector.ts';
export { mapRow } from './mapping.ts';
export { TabularRow } from './raw.ts';
export {
  createTabularReplica,
  DEMO_SOURCE_OPTIONS,
  REPLICA_COLUMNS,
  type TabularReplicaOptions,
} from './replica.ts';
