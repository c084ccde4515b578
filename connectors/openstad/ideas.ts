import type { StreamDefinition } from '../sdk/index.ts';
import type { OpenstadConfig } from './config.ts';
import { mapIdea } from './mapping.ts';
import { OpenstadIdea } from './raw.ts';
import { readIdeas } from './read-ideas.ts';

/**
 * The `ideas` stream: the ideas (initiatives) of one OpenStad site as initiative records.
 * Primary key `id`; cursor `updatedAt` (compared on the whole list, see read-ideas.ts).
 */
export const ideasStream: StreamDefinition<OpenstadConfig, OpenstadIdea> = {
  name: 'ideas',
  primaryKey: 'id',
  cursorField: 'updatedAt',
  raw: OpenstadIdea,
  read: readIdeas,
  map: mapIdea,
};
