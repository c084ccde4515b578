import type { ScanPage } from '../types.ts';

/**
 * Builds a keyset page from up to `limit + 1` rows read in key order: the extra row only tells that
 * more follow, so `next` is absent exactly when the scan reached the end.
 */
export function toPage<T>(rows: readonly T[], limit: number, keyOf: (item: T) => string): ScanPage<T> {
  if (rows.length <= limit) return { items: [...rows] };
  const items = rows.slice(0, limit);
  return { items, next: keyOf(items[items.length - 1]!) };
}
