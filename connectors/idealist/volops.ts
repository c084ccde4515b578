import type { StreamDefinition } from '../sdk/index.ts';
import type { IdealistConfig } from './config.ts';
import { mapVolop } from './mapping.ts';
import { IdealistVolop } from './raw.ts';
import { readVolops } from './read-volops.ts';

/**
 * The `volops` stream: Idealist's volunteer opportunities as opportunities of the organisations that post
 * them. Primary key `id`; cursor `updated` (Idealist's `since`, see read-volops.ts).
 */
export const volopsStream: StreamDefinition<IdealistConfig, IdealistVolop> = {
  name: 'volops',
  primaryKey: 'id',
  cursorField: 'updated',
  raw: IdealistVolop,
  read: readVolops,
  map: mapVolop,
};
