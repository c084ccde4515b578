type Draft = Record<string, unknown>;

function child(parent: Draft, name: string): Draft {
  const existing = parent[name];
  if (existing && typeof existing === 'object' && !Array.isArray(existing)) return existing as Draft;
  const created: Draft = {};
  parent[name] = created;
  return created;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

/** Appends values to a list, leaving out values already in it. */
function appendUnique(list: unknown[], values: readonly unknown[]): void {
  const seen = new Set(list.map((item) => JSON.stringify(item)));
  for (const value of values) {
    const key = JSON.stringify(value);
    if (!seen.has(key)) {
      seen.add(key);
      list.push(value);
    }
  }
}

/**
 * Writes a field's values onto a record draft at a model path:
 * - `a.b` takes the first value, unless an earlier field already gave one (so later fields are fallbacks);
 * - `a.b` with `list` appends every value to the list there (several fields can feed `identifiers`);
 * - `a.items[].type` writes value i into element i of the list `a.items`.
 * Nothing is written when there are no values.
 */
export function writeTarget(draft: Draft, target: string, values: readonly unknown[], list: boolean): void {
  if (values.length === 0) return;
  const [head, tail] = target.split('[].', 2) as [string, string | undefined];
  const parts = head.split('.');
  const last = parts.pop() as string;
  let parent = draft;
  for (const part of parts) parent = child(parent, part);
  if (tail !== undefined) {
    const elements = Array.isArray(parent[last]) ? (parent[last] as Draft[]) : [];
    parent[last] = elements;
    values.forEach((value, index) => {
      elements[index] ??= {};
      writeTarget(elements[index] as Draft, tail, [value], false);
    });
    return;
  }
  if (list) {
    const existing = Array.isArray(parent[last]) ? (parent[last] as unknown[]) : [];
    parent[last] = existing;
    appendUnique(existing, values);
    return;
  }
  if (isEmpty(parent[last])) parent[last] = values[0];
}
