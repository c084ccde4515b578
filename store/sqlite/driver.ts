import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';

/** How long a writer waits for another connection's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

/** The few things the SQLite store needs from `node:sqlite`, so the rest of the backend never touches it. */
export interface SqliteDriver {
  /** Runs SQL without results: schema, pragmas. */
  exec(sql: string): void;
  /** A prepared statement, compiled on first use of this SQL text and reused afterwards. */
  statement(sql: string): StatementSync;
  /**
   * Runs `work` in one write transaction. BEGIN IMMEDIATE takes the write lock up front, so two
   * connections (or processes) never both read and then both write on the same stale view.
   */
  write<T>(work: () => T): T;
  /** Closes the database file. */
  close(): void;
}

/**
 * Opens a SQLite database (a file path, created with its directory, or `:memory:`) in WAL mode:
 * readers do not block the writer, and `synchronous = NORMAL` is durable at each checkpoint, which
 * is the usual trade for WAL (a power cut may lose the last transactions, never corrupt the file).
 */
export function openSqliteDriver(path: string): SqliteDriver {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  const statements = new Map<string, StatementSync>();
  return {
    exec: (sql) => db.exec(sql),
    statement(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
    write(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = work();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    close() {
      statements.clear();
      db.close();
    },
  };
}
