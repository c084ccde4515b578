/** The largest page a scan or list may ask for (see `ScanSourceRecordsOptions.limit`). */
export const MAX_PAGE = 10_000;

/** Rejects a page size that is not a whole number from 1 to `MAX_PAGE`, naming the method that got it. */
export function checkLimit(method: string, limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new RangeError(`${method}: limit must be a whole number from 1 to ${MAX_PAGE}, got ${limit}`);
  }
}

/** Rejects a lease duration that is not a positive whole number of milliseconds. */
export function checkTtl(method: string, ttlMs: number): void {
  if (!Number.isInteger(ttlMs) || ttlMs < 1) {
    throw new RangeError(`${method}: ttlMs must be a positive whole number of milliseconds, got ${ttlMs}`);
  }
}

/** Rejects a change-feed position that is not a whole number >= 0. */
export function checkSeq(method: string, seq: number): void {
  if (!Number.isSafeInteger(seq) || seq < 0) {
    throw new RangeError(`${method}: afterSeq must be a whole number >= 0, got ${seq}`);
  }
}

/** How many runs per source the run history keeps (see `Store.putRun`). */
export const RUNS_KEPT = 100;
