import { encodeJson } from '../common/index.ts';
import type { Store } from '../store.ts';
import type { SqliteDriver } from './driver.ts';

/** The connector-state members of the SQLite store. */
export function sqliteState(db: SqliteDriver): Pick<Store, 'getState' | 'setState' | 'clearState'> {
  return {
    async getState(source, stream) {
      const row = db
        .statement('SELECT json FROM connector_state WHERE source = ? AND stream = ?')
        .get(source, stream) as { json: string } | undefined;
      return row === undefined ? undefined : JSON.parse(row.json);
    },

    async setState(source, stream, state) {
      const json = encodeJson(`state of ${source}/${stream}`, state);
      db.statement(
        `INSERT INTO connector_state (source, stream, json) VALUES (?, ?, ?)
         ON CONFLICT (source, stream) DO UPDATE SET json = excluded.json`,
      ).run(source, stream, json);
    },

    async clearState(source, stream) {
      if (stream === undefined) db.statement('DELETE FROM connector_state WHERE source = ?').run(source);
      else db.statement('DELETE FROM connector_state WHERE source = ? AND stream = ?').run(source, stream);
    },
  };
}
