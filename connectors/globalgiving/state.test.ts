import { describe, expect, it } from 'vitest';
import { planRun, stateAfter } from './state.ts';

const now = Date.parse('2026-11-20T04:23:00Z');
const recent = '2026-11-18T04:23:00.000Z';

describe('planning a GlobalGiving run', () => {
  it('walks every record first, on --full, once the full pass is fullPassDays old, and on an unreadable checkpoint', () => {
    const plan = (mode: 'full' | 'incremental', checkpoint: unknown) =>
      planRun({ mode, checkpoint: checkpoint as never, fullPassDays: 7, incrementalPass: 'active', now }).plan
        .pass;
    expect(plan('incremental', undefined)).toBe('all');
    expect(plan('full', { fullPassAt: recent })).toBe('all');
    expect(plan('incremental', { fullPassAt: '2026-11-01T00:00:00.000Z' })).toBe('all');
    expect(plan('incremental', ['garbage'])).toBe('all');
  });

  it("reads the stream's incremental pass in between, or nothing for a stream without one", () => {
    const checkpoint = { fullPassAt: recent };
    expect(
      planRun({ mode: 'incremental', checkpoint, fullPassDays: 7, incrementalPass: 'active', now }).plan.pass,
    ).toBe('active');
    expect(planRun({ mode: 'incremental', checkpoint, fullPassDays: 7, now }).plan.pass).toBeUndefined();
  });

  it('resumes a pass at the id it reached, and records a completed full pass', () => {
    const checkpoint = {
      fullPassAt: recent,
      run: { pass: 'all', next: 4120, startedAt: '2026-11-20T04:00:00.000Z' },
    };
    const { state, plan } = planRun({ mode: 'incremental', checkpoint, fullPassDays: 7, now });
    expect(plan).toEqual({ pass: 'all', start: 4120, startedAt: '2026-11-20T04:00:00.000Z' });
    expect(stateAfter(state, plan, 'all', 4130)).toMatchObject({ run: { next: 4130 } });
    expect(stateAfter(state, plan, 'all', undefined)).toEqual({ fullPassAt: '2026-11-20T04:00:00.000Z' });
    expect(stateAfter(state, plan, 'active', undefined)).toEqual({ fullPassAt: recent });
  });
});
