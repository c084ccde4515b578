import { describe, expect, it } from 'vitest';
import { formatCursor, highestCursor } from './cursor.ts';

const records = [
  { attributes: { EditDate: 1_767_225_600_000, code: 'b' } },
  { attributes: { EditDate: 1_772_323_200_000, code: 'a' } },
  { attributes: { EditDate: null, code: 'c' } },
];

describe('highestCursor', () => {
  it('keeps the highest value of the page and the current cursor, by the cursor type', () => {
    expect(highestCursor(undefined, records, 'attributes.EditDate', 'epoch-ms')).toBe(1_772_323_200_000);
    expect(highestCursor(1_800_000_000_000, records, 'attributes.EditDate', 'epoch-ms')).toBe(
      1_800_000_000_000,
    );
    expect(highestCursor(undefined, records, 'attributes.code', 'string')).toBe('c');
  });

  it('orders date-times with offsets by the instant, keeping the value as the platform wrote it', () => {
    const dated = [{ at: '2026-03-01T10:00:00+02:00' }, { at: '2026-03-01T09:00:00Z' }];
    expect(highestCursor(undefined, dated, 'at', 'date-time')).toBe('2026-03-01T09:00:00Z');
  });

  it('ignores records without a readable value instead of resetting the cursor', () => {
    expect(highestCursor('2026-01-01T00:00:00Z', [{ at: 'soon' }, {}], 'at', 'date-time')).toBe(
      '2026-01-01T00:00:00Z',
    );
  });
});

describe('formatCursor', () => {
  it('writes a cursor the way a platform filter wants it', () => {
    const at = 1_772_323_200_123;
    expect(formatCursor(at, 'epoch-ms', 'raw')).toBe('1772323200123');
    expect(formatCursor(at, 'epoch-ms', 'sql-timestamp')).toBe('2026-03-01 00:00:00');
    expect(formatCursor(at, 'epoch-ms', 'iso')).toBe('2026-03-01T00:00:00Z');
    expect(formatCursor(at, 'epoch-ms', 'date')).toBe('2026-03-01');
    expect(formatCursor('2026-03-01T02:00:00+02:00', 'date-time', 'epoch-s')).toBe('1772323200');
    expect(formatCursor(1_772_323_200, 'epoch-s', 'epoch-ms')).toBe('1772323200000');
  });
});
