import type { JsonValue } from './types.ts';

/**
 * The later of two change times, for keeping a stream's high-water mark: either may be missing or
 * unreadable (then the other wins), and times with different offsets compare as instants. Returns the
 * winning value as it was written, so a checkpoint keeps the platform's own notation.
 *
 * @example
 * laterTime('2026-03-01T10:00:00+01:00', '2026-03-01T09:30:00Z'); // '2026-03-01T09:30:00Z'
 */
export function laterTime(a: string | null | undefined, b: string | null | undefined): string | undefined {
  const aValue = Date.parse(a ?? '');
  const bValue = Date.parse(b ?? '');
  if (Number.isNaN(bValue)) return Number.isNaN(aValue) ? undefined : (a ?? undefined);
  if (Number.isNaN(aValue)) return b ?? undefined;
  return bValue > aValue ? (b ?? undefined) : (a ?? undefined);
}

/** Whether a change time lies after `since`; a missing or unreadable time counts as after, so it is read. */
export function changedAfter(time: string | null | undefined, since: string | undefined): boolean {
  if (!since) return true;
  const value = Date.parse(time ?? '');
  return Number.isNaN(value) || value > Date.parse(since);
}

/**
 * A checkpoint object as the JSON value a stream yields: fields that are undefined are left out (the
 * runtime stores checkpoints as JSON, where undefined has no place).
 */
export function checkpointJson(state: object): JsonValue {
  return JSON.parse(JSON.stringify(state)) as JsonValue;
}
