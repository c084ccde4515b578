import type { StreamDefinition } from '../sdk/index.ts';
import type { BetterplaceConfig } from './config.ts';
import { mapProject } from './mapping.ts';
import { BetterplaceProject } from './raw.ts';
import { readProjects } from './read-projects.ts';

/**
 * The `projects` stream: betterplace donation projects as campaigns of their carrier organisations.
 * Primary key `id`; cursor `updated_at` (read newest first, see read-projects.ts).
 */
export const projectsStream: StreamDefinition<BetterplaceConfig, BetterplaceProject> = {
  name: 'projects',
  primaryKey: 'id',
  cursorField: 'updated_at',
  raw: BetterplaceProject,
  read: readProjects,
  map: mapProject,
};
