import { chunks, distinct } from '../common/index.ts';
import type { SqliteDriver } from './driver.ts';

/** Keys per statement: large enough to amortise the call, small enough to keep each statement cheap. */
const CHUNK = 1_000;

/**
 * Runs a statement whose last parameter is a JSON array of keys, written as
 * `IN (SELECT value FROM json_each(?))`, over many distinct keys a chunk at a time, and collects the rows.
 * One statement text for any batch size keeps the prepared-statement cache small.
 */
export function allInChunks<Row>(
  db: SqliteDriver,
  sql: string,
  keys: readonly string[],
  ...leading: (string | number)[]
): Row[] {
  const rows: Row[] = [];
  const statement = db.statement(sql);
  for (const slice of chunks(distinct(keys), CHUNK)) {
    rows.push(...(statement.all(...leading, JSON.stringify(slice)) as unknown as Row[]));
  }
  return rows;
}
