/** The SQLite backend of the store (embedded, the default). Exports here are public API. */

export { SCHEMA_VERSION } from './migrations.ts';
export { createSqliteStore, DEFAULT_FEED_RETENTION, type SqliteStoreOptions } from './sqlite-store.ts';
