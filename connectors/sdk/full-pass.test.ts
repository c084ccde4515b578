import { describe, expect, it } from 'vitest';
import { fullPassDue } from './full-pass.ts';

const now = Date.parse('2026-11-20T03:00:00Z');

describe('fullPassDue', () => {
  it('is due on a full run and before the first full pass', () => {
    expect(fullPassDue({ mode: 'full', lastFullPass: '2026-11-19T03:00:00Z', maxAgeDays: 7, now })).toBe(
      true,
    );
    expect(fullPassDue({ mode: 'incremental', lastFullPass: undefined, maxAgeDays: 7, now })).toBe(true);
  });

  it('is due once the last full pass is the given number of days old, and when it cannot be read', () => {
    expect(
      fullPassDue({ mode: 'incremental', lastFullPass: '2026-11-14T03:00:00Z', maxAgeDays: 7, now }),
    ).toBe(false);
    expect(
      fullPassDue({ mode: 'incremental', lastFullPass: '2026-11-13T03:00:00Z', maxAgeDays: 7, now }),
    ).toBe(true);
    expect(fullPassDue({ mode: 'incremental', lastFullPass: 'yesterday', maxAgeDays: 7, now })).toBe(true);
  });
});
