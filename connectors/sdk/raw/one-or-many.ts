import { z } from 'zod';

/**
 * A list that may come as a single object when it has one element (XML converted to JSON does that:
 * `{ "country": {...} }` instead of `{ "country": [{...}] }`), or be absent or null when empty. Always gives
 * an array, so mappings never branch on the shape; an invalid element is reported at its index.
 *
 * @example
 * oneOrMany(Theme).parse({ id: 'edu', name: 'Education' }); // [{ id: 'edu', name: 'Education' }]
 */
export function oneOrMany<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
}
