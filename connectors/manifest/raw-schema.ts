import { z } from 'zod';
import type { RAW_TYPES } from './schema.ts';

type RawType = (typeof RAW_TYPES)[number];
type Tree = { [name: string]: Tree | RawType };

const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/;

/** Zod for one required raw value; nothing is transformed, so the mapping sees the record as sent. */
function valueSchema(type: RawType): z.ZodType {
  switch (type) {
    case 'string':
      return z.string().refine((text) => text.trim().length > 0, 'must not be empty');
    // Numbers arrive as text from CSV-backed APIs such as CKAN's DataStore.
    case 'number':
      return z.union([z.number(), z.string().regex(NUMERIC, 'must be a number')]);
    case 'integer':
      return z.union([z.number().int(), z.string().regex(/^\s*-?\d+\s*$/, 'must be an integer')]);
    case 'boolean':
      return z.boolean();
    case 'id':
      return z.union([z.number(), z.string().refine((text) => text.trim().length > 0, 'must not be empty')]);
    case 'object':
      return z.looseObject({});
    case 'array':
      return z.array(z.unknown());
    case 'any':
      return z.unknown().refine((value) => value !== undefined && value !== null, 'is required');
  }
}

function objectSchema(tree: Tree): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, node] of Object.entries(tree)) {
    shape[name] = typeof node === 'string' ? valueSchema(node) : objectSchema(node);
  }
  return z.looseObject(shape);
}

/**
 * The raw validation of a stream: a loose object that requires the declared fields (dotted names nest) with
 * their types and the primary key as an id. Other fields pass untouched. A record that fails is quarantined
 * with the zod issue paths, e.g. `attributes.NAAM: must not be empty`.
 *
 * @example
 * rawSchema({ 'attributes.NAAM': 'string' }, 'attributes.OBJECTID');
 */
export function rawSchema(fields: Readonly<Record<string, RawType>>, primaryKey: string): z.ZodType<unknown> {
  const tree: Tree = {};
  const entries: [string, RawType][] = [[primaryKey, 'id'], ...Object.entries(fields)];
  // Longer names last, so that `geometry.x` nests inside a `geometry` declared as an object.
  entries.sort(([a], [b]) => a.split('.').length - b.split('.').length);
  for (const [name, type] of entries) {
    const parts = name.split('.');
    const last = parts.pop() as string;
    let node = tree;
    for (const part of parts) {
      const next = node[part];
      if (typeof next !== 'object') node[part] = {};
      node = node[part] as Tree;
    }
    if (typeof node[last] !== 'object') node[last] = type;
  }
  return objectSchema(tree);
}
