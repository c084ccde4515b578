import { createHash } from 'node:crypto';
import type { SourceRecord, UnhashedSourceRecord } from './model/index.ts';

/** Fields that change on every harvest and so must not change the content hash. */
const VOLATILE = new Set(['harvestedAt', 'contentHash', 'goneAt']);

/** Serialises a value with object keys sorted, so that equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The `contentHash` of a record: sha256 over its canonical JSON without harvest times, so that
 * a record harvested again with the same content is recognised as unchanged.
 */
export function contentHash(record: UnhashedSourceRecord | SourceRecord): string {
  const content: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) if (!VOLATILE.has(field)) content[field] = value;
  return `sha256:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
}

/** Adds the content hash to a mapped record. */
export function withContentHash<R extends UnhashedSourceRecord>(record: R): R & { contentHash: string } {
  return { ...record, contentHash: contentHash(record) };
}
