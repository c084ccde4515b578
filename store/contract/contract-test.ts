import type { Store } from '../store.ts';

/**
 * Registers one contract case. The name is the case's identity: it is what a backend lists in
 * `skip`, so it must be unique across the whole contract and read as a sentence about behaviour.
 */
export type ContractTest = (name: string, body: (store: Store) => Promise<void>) => void;

/** Waits, for cases about expiry. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Orders strings by their UTF-8 bytes, the key order every backend scans in. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
