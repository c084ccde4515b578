import type { SqliteDriver } from './driver.ts';

/**
 * The schema, one migration per step; `PRAGMA user_version` records how many ran. Append new steps,
 * never edit old ones: files written by earlier versions replay only what they miss.
 *
 * JSON stays TEXT; the columns next to it are what writes compare (content_hash, gone_at) and what
 * scans filter and order on (source, key, at_ms, started_ms).
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE source_records (
    key TEXT NOT NULL PRIMARY KEY,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    gone_at TEXT,
    json TEXT NOT NULL
  );
  CREATE INDEX source_records_by_source ON source_records (source, key);
  CREATE TABLE initiatives (id TEXT NOT NULL PRIMARY KEY, json TEXT NOT NULL);
  CREATE TABLE aliases (alias TEXT NOT NULL PRIMARY KEY, id TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE index_entries (
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    member TEXT NOT NULL,
    PRIMARY KEY (name, value, member)
  ) WITHOUT ROWID;
  CREATE TABLE connector_state (
    source TEXT NOT NULL,
    stream TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (source, stream)
  ) WITHOUT ROWID;
  CREATE TABLE quarantine (id TEXT NOT NULL PRIMARY KEY, source TEXT NOT NULL, at_ms INTEGER NOT NULL, json TEXT NOT NULL);
  CREATE INDEX quarantine_by_time ON quarantine (at_ms, id);
  CREATE INDEX quarantine_by_source ON quarantine (source, at_ms, id);
  CREATE TABLE runs (id TEXT NOT NULL PRIMARY KEY, source TEXT NOT NULL, started_ms INTEGER NOT NULL, json TEXT NOT NULL);
  CREATE INDEX runs_by_source ON runs (source, started_ms, id);
  CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    op TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE TABLE leases (name TEXT NOT NULL PRIMARY KEY, owner TEXT NOT NULL, expires_ms INTEGER NOT NULL) WITHOUT ROWID;
  `,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings a database up to `SCHEMA_VERSION` in one write transaction, so that two processes opening
 * a new file at once do not both run the same step.
 */
export function migrate(db: SqliteDriver): void {
  db.write(() => {
    const { user_version: version } = db.statement('PRAGMA user_version').get() as { user_version: number };
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `the SQLite store has schema version ${version}, newer than this Knooppunt knows (${SCHEMA_VERSION}); upgrade Knooppunt`,
      );
    }
    for (let step = version; step < SCHEMA_VERSION; step++) db.exec(MIGRATIONS[step]!);
    if (version < SCHEMA_VERSION) db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  });
}
