import type { Store } from '../store.ts';
import type { SqliteDriver } from './driver.ts';
import { allInChunks } from './in-chunks.ts';

/** The secondary-index members of the SQLite store. */
export function sqliteIndexes(
  db: SqliteDriver,
): Pick<Store, 'addIndexEntries' | 'removeIndexEntries' | 'lookupIndex'> {
  return {
    async addIndexEntries(entries) {
      db.write(() => {
        const insert = db.statement(
          'INSERT OR IGNORE INTO index_entries (name, value, member) VALUES (?, ?, ?)',
        );
        for (const { index, value, member } of entries) insert.run(index, value, member);
      });
    },

    async removeIndexEntries(entries) {
      db.write(() => {
        const remove = db.statement('DELETE FROM index_entries WHERE name = ? AND value = ? AND member = ?');
        for (const { index, value, member } of entries) remove.run(index, value, member);
      });
    },

    async lookupIndex(index, values) {
      const found = new Map<string, string[]>(values.map((value) => [value, []]));
      // BINARY collation orders members by their UTF-8 bytes, the order the Redis backend returns too.
      const rows = allInChunks<{ value: string; member: string }>(
        db,
        `SELECT value, member FROM index_entries
         WHERE name = ? AND value IN (SELECT value FROM json_each(?)) ORDER BY value, member`,
        values,
        index,
      );
      for (const row of rows) found.get(row.value)!.push(row.member);
      return found;
    },
  };
}
