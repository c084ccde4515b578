import { checkLimit, distinct, epochMs, lastWins } from '../common/index.ts';
import type { Store } from '../store.ts';
import type { QuarantineEntry } from '../types.ts';
import type { SqliteDriver } from './driver.ts';
import { allInChunks } from './in-chunks.ts';

/** The quarantine members of the SQLite store. */
export function sqliteQuarantine(
  db: SqliteDriver,
): Pick<Store, 'putQuarantine' | 'listQuarantine' | 'deleteQuarantine' | 'countQuarantine'> {
  return {
    async putQuarantine(entries) {
      const batch = lastWins(entries, (entry) => entry.id).map((entry) => ({
        entry,
        atMs: epochMs(`quarantine entry ${entry.id}: at`, entry.at),
      }));
      db.write(() => {
        const upsert = db.statement(
          `INSERT INTO quarantine (id, source, at_ms, json) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET source = excluded.source, at_ms = excluded.at_ms, json = excluded.json`,
        );
        for (const { entry, atMs } of batch) upsert.run(entry.id, entry.source, atMs, JSON.stringify(entry));
      });
    },

    async listQuarantine({ source, limit }) {
      checkLimit('listQuarantine', limit);
      const rows = (source === undefined
        ? db.statement('SELECT json FROM quarantine ORDER BY at_ms DESC, id DESC LIMIT ?').all(limit)
        : db
            .statement('SELECT json FROM quarantine WHERE source = ? ORDER BY at_ms DESC, id DESC LIMIT ?')
            .all(source, limit)) as unknown as { json: string }[];
      return rows.map((row) => JSON.parse(row.json) as QuarantineEntry);
    },

    async deleteQuarantine(ids) {
      db.write(() => {
        allInChunks(db, 'DELETE FROM quarantine WHERE id IN (SELECT value FROM json_each(?))', distinct(ids));
      });
    },

    async countQuarantine(source) {
      const row = (
        source === undefined
          ? db.statement('SELECT count(*) AS n FROM quarantine').get()
          : db.statement('SELECT count(*) AS n FROM quarantine WHERE source = ?').get(source)
      ) as { n: number };
      return row.n;
    },
  };
}
