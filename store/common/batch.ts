/**
 * Collapses a batch to one item per key where the last item wins, in the order each key first appeared,
 * so a batch with duplicate keys behaves as if it had been written one item after the other.
 */
export function lastWins<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(keyOf(item), item);
  return [...byKey.values()];
}

/** The distinct strings of a batch, in the order they first appeared. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Splits a batch into slices of at most `size`, so no single statement or command grows without bound. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}
