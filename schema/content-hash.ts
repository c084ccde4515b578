import { createHash } from 'node:crypto';
import type { SourceRecord, UnhashedSourceRecord } from './model/index.ts';

/** Fields that change on every harvest and so must not change the content hash. */
const VOLATILE = new Set(['harvestedAt', 'contentHash', 'goneAt']);

/** Serialises a value with object keys sorted, so that equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
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
