/**
 * Test support for connector tests: harvesting a replica through the real runtime into a store. Not
 * exported from the SDK's index, because it depends on the runtime and the store, which depend on the SDK.
 */
export {
  harvestFromReplica,
  openMemoryStore,
  type ReplicaHarvest,
  type ReplicaHarvestOptions,
  storedRecords,
} from './harvest-replica.ts';
