import { describe, expect, it } from 'vitest';
import { changedAfter, checkpointJson, laterTime } from './checkpoint.ts';

describe('laterTime', () => {
  it('compares instants across offsets and keeps the notation of the winner', () => {
    expect(laterTime('2026-03-01T10:00:00+01:00', '2026-03-01T09:30:00Z')).toBe('2026-03-01T09:30:00Z');
    expect(laterTime('2026-03-01T10:00:00Z', '2026-03-01T10:30:00+01:00')).toBe('2026-03-01T10:00:00Z');
  });

  it('lets a readable time win over a missing or unreadable one', () => {
    expect(laterTime(undefined, '2026-03-01T10:00:00Z')).toBe('2026-03-01T10:00:00Z');
    expect(laterTime('2026-03-01T10:00:00Z', 'gestern')).toBe('2026-03-01T10:00:00Z');
    expect(laterTime(null, undefined)).toBeUndefined();
  });
});

describe('changedAfter', () => {
  it('reads everything without a mark, and unreadable times always', () => {
    expect(changedAfter('2026-01-01T00:00:00Z', undefined)).toBe(true);
    expect(changedAfter(null, '2026-01-01T00:00:00Z')).toBe(true);
    expect(changedAfter('2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')).toBe(false);
    expect(changedAfter('2026-01-01T00:00:01Z', '2026-01-01T00:00:00Z')).toBe(true);
  });
});

describe('checkpointJson', () => {
  it('leaves out undefined fields, also nested ones', () => {
    expect(checkpointJson({ highWater: undefined, run: { offset: 3, since: undefined } })).toEqual({
      run: { offset: 3 },
    });
  });
});
