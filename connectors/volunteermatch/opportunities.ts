import type { StreamDefinition } from '../sdk/index.ts';
import type { VolunteerMatchConfig } from './config.ts';
import { mapOpportunity } from './mapping.ts';
import { VolunteerMatchOpportunity } from './raw.ts';
import { readOpportunities } from './read-opportunities.ts';

/**
 * The `opportunities` stream: VolunteerMatch opportunities found by the configured searches, as
 * opportunities of their parent organisations. Primary key `id`; no cursor (see read-opportunities.ts).
 */
export const opportunitiesStream: StreamDefinition<VolunteerMatchConfig, VolunteerMatchOpportunity> = {
  name: 'opportunities',
  primaryKey: 'id',
  raw: VolunteerMatchOpportunity,
  read: readOpportunities,
  map: mapOpportunity,
};
