import { GraphQLError } from 'graphql';

/** A Relay connection as the subgraphs return it. */
export interface Connection<T> {
  readonly edges: { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  readonly totalCount: number;
}

/** Largest page a client may ask for; bigger requests are refused rather than silently cut. */
export const MAX_PAGE_SIZE = 100;

/** Encodes a position (the sort key of the last item seen) as an opaque cursor. */
export function encodeCursor(position: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; a malformed cursor is a client error naming the argument. */
export function decodeCursor(cursor: string): (string | number)[] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.every((part) => typeof part === 'string' || typeof part === 'number')) {
      return value;
    }
  } catch {}
  throw new GraphQLError('`after` is not a cursor this API gave out', {
    extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
  });
}

/** Checks `first` against the page-size limit. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
  }
  return size;
}

/** Compares two sort keys element by element. */
export function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Cuts one page out of items sorted by `keyOf` (ascending), after the cursor position. Keyset cursors stay
 * valid while items are added or removed elsewhere in the list.
 */
export function paginate<T, N = T>(
  sorted: readonly T[],
  options: { first?: number | null; after?: string | null },
  keyOf: (item: T) => (string | number)[],
  toNode: (item: T) => N = (item) => item as unknown as N,
): Connection<N> {
  const size = pageSize(options.first);
  let start = 0;
  if (options.after) {
    const position = decodeCursor(options.after);
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareKeys(keyOf(sorted[mid] as T), position) <= 0) low = mid + 1;
      else high = mid;
    }
    start = low;
  }
  const slice = sorted.slice(start, start + size);
  const edges = slice.map((item) => ({ cursor: encodeCursor(keyOf(item)), node: toNode(item) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + size < sorted.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: sorted.length,
  };
}

/**
 * Cuts one page out of unsorted items, as `paginate` would out of the same items sorted by `keyOf`: only the
 * items after the cursor are ranked, and only as many as the page holds, so a page of 20 out of 50,000 search
 * hits costs one pass instead of a sort.
 */
export function paginateUnsorted<T, N = T>(
  items: readonly T[],
  options: { first?: number | null; after?: string | null },
  keyOf: (item: T) => (string | number)[],
  toNode: (item: T) => N = (item) => item as unknown as N,
): Connection<N> {
  const size = pageSize(options.first);
  const position = options.after ? decodeCursor(options.after) : undefined;
  // The best `size + 1` keys after the cursor, kept sorted; the extra one tells whether a next page exists.
  const best: { key: (string | number)[]; item: T }[] = [];
  let before = 0;
  for (const item of items) {
    const key = keyOf(item);
    if (position && compareKeys(key, position) <= 0) {
      before++;
      continue;
    }
    if (best.length > size && compareKeys(key, best[size]!.key) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareKeys(best[mid]!.key, key) <= 0) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, { key, item });
    if (best.length > size + 1) best.pop();
  }
  const edges = best
    .slice(0, size)
    .map(({ key, item }) => ({ cursor: encodeCursor(key), node: toNode(item) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: best.length > size,
      hasPreviousPage: before > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
