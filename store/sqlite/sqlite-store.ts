import { DEFAULT_SQLITE_PATH } from '../config.ts';
import type { Store } from '../store.ts';
import { openSqliteDriver } from './driver.ts';
import { createSqliteFeed } from './feed.ts';
import { sqliteIndexes } from './indexes.ts';
import { sqliteInitiatives } from './initiatives.ts';
import { sqliteLeases } from './leases.ts';
import { migrate } from './migrations.ts';
import { sqliteQuarantine } from './quarantine.ts';
import { sqliteRuns } from './runs.ts';
import { sqliteSourceRecords } from './source-records.ts';
import { sqliteState } from './state.ts';

/**
 * How many change-feed entries the SQLite store keeps. A million entries is about a hundred full
 * refreshes of a 10,000-record source; a reader further behind than that must rescan.
 */
export const DEFAULT_FEED_RETENTION = 1_000_000;

/** Options of `createSqliteStore`. */
export interface SqliteStoreOptions {
  /** Database file (its directory is created) or `:memory:`; default `./data/knooppunt.db`. */
  readonly path?: string;
  /** Change-feed entries to keep; default `DEFAULT_FEED_RETENTION`. */
  readonly feedRetention?: number;
}

/**
 * The embedded store: one SQLite file via `node:sqlite`, nothing to install. Several processes on one
 * machine may open the same file (WAL; leases stay exclusive), but scale-out across machines needs Redis.
 *
 * @example
 * const store = await createSqliteStore({ path: './data/knooppunt.db' });
 */
export async function createSqliteStore(options: SqliteStoreOptions = {}): Promise<Store> {
  const path = options.path ?? DEFAULT_SQLITE_PATH;
  const retention = options.feedRetention ?? DEFAULT_FEED_RETENTION;
  if (!Number.isInteger(retention) || retention < 1) {
    throw new RangeError(`feedRetention must be a positive whole number, got ${retention}`);
  }
  const db = openSqliteDriver(path);
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const feed = createSqliteFeed(db, retention);
  return {
    capabilities: { backend: 'sqlite', shared: false, durable: path !== ':memory:' },
    ...sqliteSourceRecords(db, feed),
    ...sqliteInitiatives(db, feed),
    ...sqliteIndexes(db),
    ...sqliteState(db),
    ...sqliteQuarantine(db),
    ...sqliteRuns(db),
    readChanges: feed.readChanges,
    lastSeq: feed.lastSeq,
    ...sqliteLeases(db),
    async close() {
      db.close();
    },
  };
}
