import type { StreamDefinition } from '../sdk/index.ts';
import type { ThreeSixtyGivingConfig } from './config.ts';
import { mapGrant } from './mapping.ts';
import { GivingGrant } from './raw.ts';
import { readGrants } from './read-grants.ts';

/**
 * The `grants` stream: grants of UK funders to organisations, with the recipient as the initiative.
 * Primary key `id` (360Giving grant ids are globally unique); no cursor: funders are skipped while they
 * have not published again and data files while they answer 304 (see read-grants.ts).
 */
export const grantsStream: StreamDefinition<ThreeSixtyGivingConfig, GivingGrant> = {
  name: 'grants',
  primaryKey: 'id',
  raw: GivingGrant,
  read: readGrants,
  map: mapGrant,
};
