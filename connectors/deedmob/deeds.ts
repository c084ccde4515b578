import type { StreamDefinition } from '../sdk/index.ts';
import type { DeedmobConfig } from './config.ts';
import { mapDeed } from './mapping.ts';
import { DeedmobDeed } from './raw.ts';
import { readDeeds } from './read-deeds.ts';

/**
 * The `deeds` stream: a Deedmob site's volunteer vacancies and tasks as opportunities of the organisations
 * that posted them. Primary key `id`; cursor `updated_at` (every page is read, see read-deeds.ts).
 */
export const deedsStream: StreamDefinition<DeedmobConfig, DeedmobDeed> = {
  name: 'deeds',
  primaryKey: 'id',
  cursorField: 'updated_at',
  raw: DeedmobDeed,
  read: readDeeds,
  map: mapDeed,
};
