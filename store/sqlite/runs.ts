import { checkLimit, epochMs, RUNS_KEPT } from '../common/index.ts';
import type { Store } from '../store.ts';
import type { HarvestRun } from '../types.ts';
import type { SqliteDriver } from './driver.ts';

/** The run-history members of the SQLite store. */
export function sqliteRuns(db: SqliteDriver): Pick<Store, 'putRun' | 'listRuns'> {
  return {
    async putRun(run) {
      const startedMs = epochMs(`run ${run.id}: startedAt`, run.startedAt);
      db.write(() => {
        db.statement(
          `INSERT INTO runs (id, source, started_ms, json) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET source = excluded.source, started_ms = excluded.started_ms, json = excluded.json`,
        ).run(run.id, run.source, startedMs, JSON.stringify(run));
        db.statement(
          `DELETE FROM runs WHERE source = ?1 AND id NOT IN
             (SELECT id FROM runs WHERE source = ?1 ORDER BY started_ms DESC, id DESC LIMIT ?2)`,
        ).run(run.source, RUNS_KEPT);
      });
    },

    async listRuns(source, limit) {
      checkLimit('listRuns', limit);
      const rows = db
        .statement('SELECT json FROM runs WHERE source = ? ORDER BY started_ms DESC, id DESC LIMIT ?')
        .all(source, limit) as unknown as { json: string }[];
      return rows.map((row) => JSON.parse(row.json) as HarvestRun);
    },
  };
}
