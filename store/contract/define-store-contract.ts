import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { changeFeedCases } from './cases/change-feed.ts';
import { indexCases } from './cases/indexes.ts';
import { initiativeCases } from './cases/initiatives.ts';
import { leaseCases } from './cases/leases.ts';
import { quarantineCases } from './cases/quarantine.ts';
import { runCases } from './cases/runs.ts';
import { sourceRecordRemovalCases } from './cases/source-record-removal.ts';
import { sourceRecordScanCases } from './cases/source-record-scans.ts';
import { sourceRecordCases } from './cases/source-records.ts';
import { stateCases } from './cases/state.ts';
import type { ContractTest } from './contract-test.ts';

/** Options of `defineStoreContract`. */
export interface StoreContractOptions {
  /** Cases this backend cannot pass: case name -> why. Each is reported as skipped with its reason. */
  readonly skip?: Readonly<Record<string, string>>;
}

const GROUPS = [
  sourceRecordCases,
  sourceRecordRemovalCases,
  sourceRecordScanCases,
  initiativeCases,
  indexCases,
  stateCases,
  quarantineCases,
  runCases,
  changeFeedCases,
  leaseCases,
];

/**
 * The contract every store backend passes: one vitest suite over every member of `Store`, run from a
 * backend's own test file. `makeStore` must return a new, empty store each call; each case gets its
 * own and closes it afterwards.
 *
 * @example
 * import { defineStoreContract } from '../contract/index.ts';
 * import { createSqliteStore } from './sqlite-store.ts';
 * defineStoreContract('sqlite :memory:', () => createSqliteStore({ path: ':memory:' }));
 */
export function defineStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  options: StoreContractOptions = {},
): void {
  const skip = options.skip ?? {};
  describe(`store contract: ${name}`, () => {
    let store: Store | undefined;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    const names = new Set<string>();
    const test: ContractTest = (caseName, body) => {
      if (names.has(caseName)) throw new Error(`store contract: two cases are named "${caseName}"`);
      names.add(caseName);
      const reason = skip[caseName];
      if (reason === undefined) it(caseName, () => body(store!));
      else it.skip(`${caseName} (skipped: ${reason})`, () => {});
    };

    it('declares what the backend can do', () => {
      expect(store!.capabilities.backend).toMatch(/^[a-z0-9-]+$/);
      expect(typeof store!.capabilities.shared).toBe('boolean');
      expect(typeof store!.capabilities.durable).toBe('boolean');
    });
    for (const group of GROUPS) group(test);
    it('skips only cases that exist', () => {
      expect(Object.keys(skip).filter((skipped) => !names.has(skipped))).toEqual([]);
    });
  });
}
