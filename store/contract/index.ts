/**
 * The shared contract suite of the store and the fixtures it builds records with. Test code only:
 * it imports vitest, so production code never imports this folder.
 */
export type { ContractTest } from './contract-test.ts';
export { defineStoreContract, type StoreContractOptions } from './define-store-contract.ts';
export {
  harvestRun,
  initiative,
  quarantineEntry,
  type SourceRecordFixture,
  sourceRecord,
  sourceRecords,
} from './fixtures.ts';
