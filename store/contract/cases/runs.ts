import { describe, expect } from 'vitest';
import type { ContractTest } from '../contract-test.ts';
import { harvestRun } from '../fixtures.ts';

/** A start time `minutes` after a fixed morning, so runs sort by number. */
const startedAt = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 3, minutes)).toISOString();

/** Contract cases for the run history. */
export function runCases(test: ContractTest): void {
  describe('run history', () => {
    test('runs are listed newest first, per source, up to the limit', async (store) => {
      const runs = [1, 3, 2].map((n) => harvestRun(`run-${n}`, startedAt(n)));
      await store.putRun(runs[0]!);
      await store.putRun(runs[1]!);
      await store.putRun(runs[2]!);
      await store.putRun(harvestRun('run-x', startedAt(9), 'voordekunst'));
      expect((await store.listRuns('nlvoorelkaar', 10)).map((run) => run.id)).toEqual([
        'run-3',
        'run-2',
        'run-1',
      ]);
      expect(await store.listRuns('nlvoorelkaar', 1)).toEqual([runs[1]]);
      expect(await store.listRuns('onbekend', 10)).toEqual([]);
    });

    test('putting a run with an existing id replaces it', async (store) => {
      const running = {
        ...harvestRun('run-1', startedAt(1)),
        status: 'running' as const,
        endedAt: undefined,
      };
      await store.putRun(running);
      const finished = harvestRun('run-1', startedAt(1));
      await store.putRun(finished);
      expect(await store.listRuns('nlvoorelkaar', 10)).toEqual([finished]);
    });

    test('only the last 100 runs of a source are kept', async (store) => {
      for (let n = 1; n <= 105; n++) await store.putRun(harvestRun(`run-${n}`, startedAt(n)));
      await store.putRun(harvestRun('run-x', startedAt(0), 'voordekunst'));
      const kept = await store.listRuns('nlvoorelkaar', 1_000);
      expect(kept).toHaveLength(100);
      expect(kept[0]!.id).toBe('run-105');
      expect(kept.at(-1)!.id).toBe('run-6');
      expect(await store.listRuns('voordekunst', 10)).toHaveLength(1);
    });
  });
}
