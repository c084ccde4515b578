import type { Change, ChangeEntity } from '../types.ts';

/** A change a write is about to append; the backend assigns `seq` and `at`. */
export type PendingChange = Pick<Change, 'entity' | 'key' | 'op'>;

/** The changes for one entity and operation over many keys, in key order as given. */
export function changesOf(entity: ChangeEntity, op: Change['op'], keys: readonly string[]): PendingChange[] {
  return keys.map((key) => ({ entity, key, op }));
}
