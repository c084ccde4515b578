import type { StreamDefinition } from '../sdk/index.ts';
import type { TabularConfig } from './config.ts';
import { mapRow } from './mapping.ts';
import { TabularRow } from './raw.ts';
import { readRows } from './read-rows.ts';

/**
 * The `rows` stream: every row of the file as a record of the configured kind. Primary key `id` (the id
 * column, else name and place); no cursor: an unchanged file (304 or the same sha256) is skipped whole.
 */
export const rowsStream: StreamDefinition<TabularConfig, TabularRow> = {
  name: 'rows',
  primaryKey: 'id',
  raw: TabularRow,
  read: readRows,
  map: mapRow,
};
