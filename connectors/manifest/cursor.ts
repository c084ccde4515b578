import { type JsonValue, toIsoDateTime } from '../sdk/index.ts';
import { fieldValue } from './json-path.ts';
import type { IncrementalSpec } from './request-schema.ts';

type CursorType = IncrementalSpec['type'];
type CursorFormat = IncrementalSpec['format'];

/** A cursor value as a point in time, for the date formats; undefined when it is not one. */
function asDate(value: JsonValue, type: CursorType): Date | undefined {
  let ms: number;
  if (type === 'epoch-ms') ms = Number(value);
  else if (type === 'epoch-s') ms = Number(value) * 1000;
  else {
    const iso = typeof value === 'string' || typeof value === 'number' ? toIsoDateTime(value) : undefined;
    ms = iso ? Date.parse(iso) : Number.NaN;
  }
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/** The number or text a cursor value is ordered by; undefined for values that cannot be ordered. */
function sortKey(value: JsonValue, type: CursorType): number | string | undefined {
  if (value === null || typeof value === 'object' || typeof value === 'boolean') return undefined;
  if (type === 'string') return String(value);
  if (type === 'number') return Number.isFinite(Number(value)) ? Number(value) : undefined;
  return asDate(value, type)?.getTime();
}

/**
 * The highest cursor among a current value and a page of records: the state an incremental stream carries
 * forward. Records without a readable cursor value are ignored rather than resetting the cursor.
 */
export function highestCursor(
  current: JsonValue | undefined,
  records: readonly unknown[],
  field: string,
  type: CursorType,
): JsonValue | undefined {
  let best = current;
  let bestKey = best === undefined ? undefined : sortKey(best, type);
  for (const record of records) {
    const value = fieldValue(record, field) as JsonValue | undefined;
    if (value === undefined) continue;
    const key = sortKey(value, type);
    if (key === undefined) continue;
    if (bestKey === undefined || key > bestKey) {
      best = value;
      bestKey = key;
    }
  }
  return best;
}

/**
 * Writes a cursor the way the platform's filter wants it: `raw` as stored, `iso` as ISO 8601, `date` as
 * YYYY-MM-DD, `sql-timestamp` as "YYYY-MM-DD HH:MM:SS" in UTC (ArcGIS and SQL `TIMESTAMP '…'` literals), or
 * epoch milliseconds or seconds.
 */
export function formatCursor(value: JsonValue, type: CursorType, format: CursorFormat): string {
  if (format === 'raw') return String(value);
  const date = asDate(value, type);
  if (!date) return String(value);
  const iso = date.toISOString();
  switch (format) {
    case 'iso':
      return `${iso.slice(0, 19)}Z`;
    case 'date':
      return iso.slice(0, 10);
    case 'sql-timestamp':
      return iso.slice(0, 19).replace('T', ' ');
    case 'epoch-ms':
      return String(date.getTime());
    case 'epoch-s':
      return String(Math.floor(date.getTime() / 1000));
  }
}
