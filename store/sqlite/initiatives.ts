import type { Initiative } from '../../schema/index.ts';
import { changesOf, checkLimit, distinct, lastWins, toPage } from '../common/index.ts';
import type { Store } from '../store.ts';
import type { SqliteDriver } from './driver.ts';
import type { SqliteFeed } from './feed.ts';
import { allInChunks } from './in-chunks.ts';

type InitiativeMethods = Pick<
  Store,
  | 'putInitiatives'
  | 'getInitiatives'
  | 'deleteInitiatives'
  | 'scanInitiatives'
  | 'countInitiatives'
  | 'putAliases'
  | 'getAliases'
>;

/** The initiative and alias members of the SQLite store. */
export function sqliteInitiatives(db: SqliteDriver, feed: SqliteFeed): InitiativeMethods {
  /** Reads one value per id (`SELECT ... AS id, ... AS v`) for many ids, as a map from id to value. */
  const lookup = (sql: string, ids: readonly string[]): Map<string, string> =>
    new Map(allInChunks<{ id: string; v: string }>(db, sql, ids).map((row) => [row.id, row.v]));

  return {
    async putInitiatives(initiatives) {
      const batch = lastWins(initiatives, (initiative) => initiative.id);
      db.write(() => {
        const upsert = db.statement(
          'INSERT INTO initiatives (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json',
        );
        for (const initiative of batch) upsert.run(initiative.id, JSON.stringify(initiative));
        feed.append(
          changesOf(
            'initiative',
            'upsert',
            batch.map((initiative) => initiative.id),
          ),
        );
      });
    },

    async getInitiatives(ids) {
      const found = lookup(
        'SELECT id, json AS v FROM initiatives WHERE id IN (SELECT value FROM json_each(?))',
        ids,
      );
      return ids.map((id) => {
        const json = found.get(id);
        return json === undefined ? undefined : (JSON.parse(json) as Initiative);
      });
    },

    async deleteInitiatives(ids) {
      db.write(() => {
        const deleted = new Set(
          allInChunks<{ id: string }>(
            db,
            'DELETE FROM initiatives WHERE id IN (SELECT value FROM json_each(?)) RETURNING id',
            ids,
          ).map((row) => row.id),
        );
        feed.append(
          changesOf(
            'initiative',
            'delete',
            distinct(ids).filter((id) => deleted.has(id)),
          ),
        );
      });
    },

    async scanInitiatives({ after = '', limit }) {
      checkLimit('scanInitiatives', limit);
      const rows = db
        .statement('SELECT json FROM initiatives WHERE id > ? ORDER BY id LIMIT ?')
        .all(after, limit + 1) as unknown as { json: string }[];
      return toPage(
        rows.map((row) => JSON.parse(row.json) as Initiative),
        limit,
        (initiative) => initiative.id,
      );
    },

    async countInitiatives() {
      return (db.statement('SELECT count(*) AS n FROM initiatives').get() as { n: number }).n;
    },

    async putAliases(entries) {
      const batch = lastWins(entries, (entry) => entry.alias);
      db.write(() => {
        const upsert = db.statement(
          'INSERT INTO aliases (alias, id) VALUES (?, ?) ON CONFLICT (alias) DO UPDATE SET id = excluded.id',
        );
        for (const { alias, id } of batch) upsert.run(alias, id);
        feed.append(
          changesOf(
            'alias',
            'upsert',
            batch.map((entry) => entry.alias),
          ),
        );
      });
    },

    async getAliases(aliases) {
      const found = lookup(
        'SELECT alias AS id, id AS v FROM aliases WHERE alias IN (SELECT value FROM json_each(?))',
        aliases,
      );
      return aliases.map((alias) => found.get(alias));
    },
  };
}
