import { JSONPath } from 'jsonpath-plus';

/**
 * JSON paths in manifests (record selectors, field mappings) are evaluated by `jsonpath-plus`, a maintained
 * implementation of Goessner's JSONPath. Filter expressions (`[?(@.status == 'open')]`) run in its "safe"
 * evaluator, which interprets a small expression language instead of calling JavaScript's `eval`, so a
 * manifest can never run code.
 */

/** Why a string is not a usable JSON path, or undefined when it is one. */
export function jsonPathProblem(path: string): string | undefined {
  if (!path.startsWith('$')) return `JSON path "${path}" must start with "$" (e.g. "$.data[*]")`;
  let depth = 0;
  let quote: string | undefined;
  for (const char of path) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '[' || char === '(') depth++;
    else if (char === ']' || char === ')') depth--;
    if (depth < 0) break;
  }
  if (quote || depth !== 0) return `JSON path "${path}" has unbalanced brackets or quotes`;
  if (/\.$|\.\.\.|\[\]/.test(path)) return `JSON path "${path}" is incomplete`;
  return undefined;
}

/** Every value a JSON path matches in `json`, in document order; an empty list when nothing matches. */
export function queryAll(path: string, json: unknown): unknown[] {
  if (json === null || json === undefined || typeof json !== 'object') return path === '$' ? [json] : [];
  const result = JSONPath({ path, json: json as object, wrap: true, eval: 'safe' }) as unknown[] | undefined;
  return result ?? [];
}

/** The first value a JSON path matches, or undefined. */
export function queryFirst(path: string, json: unknown): unknown {
  return queryAll(path, json)[0];
}

/** Reads a dotted field name (`attributes.OBJECTID`) from a record, as primary keys and cursor fields are written. */
export function fieldValue(record: unknown, field: string): unknown {
  let current: unknown = record;
  for (const part of field.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
