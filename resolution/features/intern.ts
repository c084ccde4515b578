/** Distinct strings kept at most; beyond, the table starts over (interning saves memory, it is never needed for correctness). */
const LIMIT = 1 << 20;
let table = new Map<string, string>();

/**
 * Returns one shared instance of equal strings: name words, towns and codes repeat across millions of
 * records, and a batch of a million records holds them all in memory at once.
 */
export function intern(text: string): string {
  const known = table.get(text);
  if (known !== undefined) return known;
  if (table.size >= LIMIT) table = new Map();
  table.set(text, text);
  return text;
}

/** One frozen empty list shared by every record without identifiers, links or acronyms. */
export const NONE: readonly string[] = Object.freeze([]);

/** The list itself, or the shared empty list when it has no items. */
export function listOrNone(items: string[]): readonly string[] {
  return items.length === 0 ? NONE : items;
}
