import { checkLimit, checkSeq, type PendingChange } from '../common/index.ts';
import type { Change } from '../types.ts';
import type { SqliteDriver } from './driver.ts';

/** The change feed of the SQLite store: appended inside write transactions, read by subgraph replicas. */
export interface SqliteFeed {
  /** Appends changes; call inside `SqliteDriver.write` so they commit with the write they describe. */
  append(changes: readonly PendingChange[]): void;
  readChanges(afterSeq: number, limit: number): Promise<Change[]>;
  lastSeq(): Promise<number>;
}

/**
 * Creates the feed over the `changes` table. AUTOINCREMENT keeps `seq` growing without reuse even after
 * trimming; the table keeps only the last `retention` entries, so a reader that fell further behind sees
 * a gap (its first change has `seq > afterSeq + 1`) and must rescan instead of following the feed.
 */
export function createSqliteFeed(db: SqliteDriver, retention: number): SqliteFeed {
  return {
    append(changes) {
      if (changes.length === 0) return;
      const at = new Date().toISOString();
      const insert = db.statement('INSERT INTO changes (entity, key, op, at) VALUES (?, ?, ?, ?)');
      let seq = 0;
      for (const change of changes)
        seq = Number(insert.run(change.entity, change.key, change.op, at).lastInsertRowid);
      db.statement('DELETE FROM changes WHERE seq <= ?').run(seq - retention);
    },
    async readChanges(afterSeq, limit) {
      checkSeq('readChanges', afterSeq);
      checkLimit('readChanges', limit);
      const rows = db
        .statement('SELECT seq, entity, key, op, at FROM changes WHERE seq > ? ORDER BY seq LIMIT ?')
        .all(afterSeq, limit) as unknown as Change[];
      return rows.map(({ seq, entity, key, op, at }) => ({ seq, entity, key, op, at }));
    },
    async lastSeq() {
      // sqlite_sequence outlives trimmed rows, so the position survives even when the table is empty.
      const row = db.statement("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").get() as
        { seq: number } | undefined;
      return row?.seq ?? 0;
    },
  };
}
