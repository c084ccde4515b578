import type { z } from 'zod';
import {
  CampaignSourceRecord,
  GrantSourceRecord,
  InitiativeSourceRecord,
  ListingSourceRecord,
  OpportunitySourceRecord,
  type SourceRecordKind,
} from '../../schema/index.ts';

/** One place in the canonical model a mapping may write to. */
interface ModelNode {
  readonly required: boolean;
  readonly kind: 'object' | 'array' | 'value';
}

/** Record fields the connector fills itself: a manifest never maps them. */
const MANAGED = new Set(['key', 'source', 'sourceId', 'kind', 'harvestedAt', 'contentHash', 'goneAt']);

const RECORDS: Readonly<Record<SourceRecordKind, z.ZodObject>> = {
  initiative: InitiativeSourceRecord,
  campaign: CampaignSourceRecord,
  opportunity: OpportunitySourceRecord,
  listing: ListingSourceRecord,
  grant: GrantSourceRecord,
};

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Peels optional, nullable and default wrappers off a schema, saying whether one of them made it optional. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (let def = defOf(current); def.innerType; def = defOf(current)) {
    if (def.type === 'optional' || def.type === 'default') optional = true;
    current = def.innerType;
  }
  return { schema: current, optional };
}

/** Walks a schema into a flat map of target paths (`initiative.needs[].type`); `required` is relative to the parent. */
function collect(schema: z.ZodType, prefix: string, into: Map<string, ModelNode>): void {
  const { schema: inner, optional } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && def.shape) {
    if (prefix) into.set(prefix, { required: !optional, kind: 'object' });
    for (const [name, field] of Object.entries(def.shape)) {
      if (!prefix && MANAGED.has(name)) continue;
      collect(field, prefix ? `${prefix}.${name}` : name, into);
    }
  } else if (def.type === 'array' && def.element) {
    into.set(prefix, { required: !optional, kind: 'array' });
    const element = unwrap(def.element).schema;
    if (defOf(element).type === 'object') collect(element, `${prefix}[]`, into);
  } else {
    into.set(prefix, { required: !optional, kind: 'value' });
  }
}

const CACHE = new Map<SourceRecordKind, Map<string, ModelNode>>();

/** Every path a mapping may write to for a record kind, derived from the canonical model's zod schemas. */
export function modelPaths(kind: SourceRecordKind): ReadonlyMap<string, ModelNode> {
  let paths = CACHE.get(kind);
  if (!paths) {
    paths = new Map();
    collect(RECORDS[kind], '', paths);
    CACHE.set(kind, paths);
  }
  return paths;
}

/** Why a target path is not writable for a record kind, or undefined when it is. */
export function targetProblem(kind: SourceRecordKind, target: string): string | undefined {
  if (modelPaths(kind).has(target)) return undefined;
  const head = target.split(/[.[]/)[0] ?? '';
  if (MANAGED.has(head)) return `${head} is filled by the connector and cannot be mapped`;
  if (RECORDS[head as SourceRecordKind] && head !== 'initiative' && head !== kind) {
    return `${target} belongs to kind ${head}, but this stream harvests kind ${kind}`;
  }
  return `${target} is not a field of the canonical model for kind ${kind} (see MODEL.md)`;
}

/**
 * The model's required paths that no target covers. A target covers a required path when it is the path, an
 * ancestor (a money transform writes the whole `grant.amount`) or a descendant (`grant.funder.name` makes
 * `grant.funder` exist). Required fields inside optional objects are only checked when the object is mapped.
 */
export function uncoveredRequired(kind: SourceRecordKind, targets: readonly string[]): string[] {
  const covers = (path: string) =>
    targets.some(
      (target) => target === path || path.startsWith(`${target}.`) || target.startsWith(`${path}.`),
    );
  const missing: string[] = [];
  for (const [path, node] of modelPaths(kind)) {
    if (!node.required || node.kind === 'object' || path.includes('[]')) continue;
    const parents = path.split('.').slice(0, -1);
    const inMappedObject = parents.every((_, i) => {
      const parent = parents.slice(0, i + 1).join('.');
      return modelPaths(kind).get(parent)?.required === true || covers(parent);
    });
    if (inMappedObject && !covers(path)) missing.push(path);
  }
  return missing;
}
