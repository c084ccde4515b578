import {
  changesOf,
  checkLimit,
  decodeRecord,
  distinct,
  encodeRecord,
  epochMs,
  lastWins,
  toPage,
} from '../common/index.ts';
import type { Store } from '../store.ts';
import type { SqliteDriver } from './driver.ts';
import type { SqliteFeed } from './feed.ts';
import { allInChunks } from './in-chunks.ts';

type SourceRecordMethods = Pick<
  Store,
  | 'putSourceRecords'
  | 'getSourceRecords'
  | 'deleteSourceRecords'
  | 'markSourceRecordsGone'
  | 'scanSourceRecords'
  | 'countSourceRecords'
>;

interface StoredRow {
  key: string;
  content_hash: string;
  gone_at: string | null;
}

interface RecordRow {
  key: string;
  json: string;
  gone_at: string | null;
}

/** The source-record members of the SQLite store. */
export function sqliteSourceRecords(db: SqliteDriver, feed: SqliteFeed): SourceRecordMethods {
  return {
    async putSourceRecords(records) {
      const batch = lastWins(records.map(encodeRecord), (record) => record.key);
      return db.write(() => {
        const stored = new Map(
          allInChunks<StoredRow>(
            db,
            'SELECT key, content_hash, gone_at FROM source_records WHERE key IN (SELECT value FROM json_each(?))',
            batch.map((record) => record.key),
          ).map((row) => [row.key, row]),
        );
        const upsert = db.statement(
          `INSERT INTO source_records (key, source, kind, content_hash, gone_at, json) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET source = excluded.source, kind = excluded.kind,
             content_hash = excluded.content_hash, gone_at = excluded.gone_at, json = excluded.json`,
        );
        const inserted: string[] = [];
        const updated: string[] = [];
        const unchanged: string[] = [];
        const written: string[] = [];
        for (const record of batch) {
          const before = stored.get(record.key);
          if (before && before.content_hash === record.contentHash && before.gone_at === null) {
            unchanged.push(record.key);
            continue;
          }
          upsert.run(
            record.key,
            record.source,
            record.kind,
            record.contentHash,
            record.goneAt ?? null,
            record.json,
          );
          (before ? updated : inserted).push(record.key);
          written.push(record.key);
        }
        feed.append(changesOf('sourceRecord', 'upsert', written));
        return { inserted, updated, unchanged };
      });
    },

    async getSourceRecords(keys) {
      const rows = allInChunks<RecordRow>(
        db,
        'SELECT key, json, gone_at FROM source_records WHERE key IN (SELECT value FROM json_each(?))',
        keys,
      );
      const found = new Map(rows.map((row) => [row.key, row]));
      return keys.map((key) => {
        const row = found.get(key);
        return row ? decodeRecord(row.json, row.gone_at) : undefined;
      });
    },

    async deleteSourceRecords(keys) {
      return db.write(() => {
        const deleted = new Set(
          allInChunks<{ key: string }>(
            db,
            'DELETE FROM source_records WHERE key IN (SELECT value FROM json_each(?)) RETURNING key',
            keys,
          ).map((row) => row.key),
        );
        feed.append(
          changesOf(
            'sourceRecord',
            'delete',
            distinct(keys).filter((key) => deleted.has(key)),
          ),
        );
        return deleted.size;
      });
    },

    async markSourceRecordsGone(keys, goneAt) {
      epochMs('goneAt', goneAt);
      db.write(() => {
        // Records already gone keep the time they were first missed.
        const marked = new Set(
          allInChunks<{ key: string }>(
            db,
            `UPDATE source_records SET gone_at = ?
             WHERE key IN (SELECT value FROM json_each(?)) AND gone_at IS NULL RETURNING key`,
            keys,
            goneAt,
          ).map((row) => row.key),
        );
        feed.append(
          changesOf(
            'sourceRecord',
            'upsert',
            distinct(keys).filter((key) => marked.has(key)),
          ),
        );
      });
    },

    async scanSourceRecords({ source, after = '', limit }) {
      checkLimit('scanSourceRecords', limit);
      const rows = (source === undefined
        ? db
            .statement('SELECT key, json, gone_at FROM source_records WHERE key > ? ORDER BY key LIMIT ?')
            .all(after, limit + 1)
        : db
            .statement(
              'SELECT key, json, gone_at FROM source_records WHERE source = ? AND key > ? ORDER BY key LIMIT ?',
            )
            .all(source, after, limit + 1)) as unknown as RecordRow[];
      return toPage(
        rows.map((row) => decodeRecord(row.json, row.gone_at)),
        limit,
        (record) => record.key,
      );
    },

    async countSourceRecords(source) {
      const row = (
        source === undefined
          ? db.statement('SELECT count(*) AS n FROM source_records').get()
          : db.statement('SELECT count(*) AS n FROM source_records WHERE source = ?').get(source)
      ) as { n: number };
      return row.n;
    },
  };
}
