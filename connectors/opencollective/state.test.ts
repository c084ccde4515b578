import { describe, expect, it } from 'vitest';
import { planRun, stateAt } from './state.ts';

const now = Date.parse('2026-11-20T05:41:00Z');
const since = '2026-11-19T05:41:00.000Z';

describe('planning an Open Collective run', () => {
  it('makes a full pass first, on --full, and when the checkpoint cannot be read', () => {
    expect(planRun({ mode: 'incremental', checkpoint: undefined, fullPassDays: 7, now }).plan.passes).toEqual(
      ['full'],
    );
    expect(
      planRun({ mode: 'full', checkpoint: { since, fullPassAt: since }, fullPassDays: 7, now }).plan.passes,
    ).toEqual(['full']);
    expect(planRun({ mode: 'incremental', checkpoint: 'garbage', fullPassDays: 7, now }).plan.passes).toEqual(
      ['full'],
    );
  });

  it('reads transactions and then new accounts since the last run between full passes', () => {
    const { plan } = planRun({
      mode: 'incremental',
      checkpoint: { since, fullPassAt: since },
      fullPassDays: 7,
      now,
    });
    expect(plan).toMatchObject({ passes: ['transactions', 'created'], offset: 0, since });
  });

  it('resumes an interrupted incremental run in the pass and at the offset it reached', () => {
    const checkpoint = {
      since,
      fullPassAt: since,
      run: { pass: 'created', offset: 500, startedAt: '2026-11-20T05:00:00.000Z' },
    };
    const { state, plan } = planRun({ mode: 'incremental', checkpoint, fullPassDays: 7, now });
    expect(plan).toEqual({ passes: ['created'], offset: 500, startedAt: '2026-11-20T05:00:00.000Z', since });
    expect(stateAt(state, plan, undefined)).toEqual({ fullPassAt: since, since: '2026-11-20T05:00:00.000Z' });
  });

  it('records a completed full pass as the new full pass and the new since', () => {
    const { state, plan } = planRun({ mode: 'full', checkpoint: undefined, fullPassDays: 7, now });
    expect(stateAt(state, plan, { pass: 'full', offset: 40 })).toEqual({
      run: { pass: 'full', offset: 40, startedAt: plan.startedAt },
    });
    expect(stateAt(state, plan, undefined)).toEqual({ fullPassAt: plan.startedAt, since: plan.startedAt });
  });
});
