import type { StreamDefinition } from '../sdk/index.ts';
import type { GlobalGivingConfig } from './config.ts';
import { mapProject } from './mapping.ts';
import { withoutContactPerson } from './personal-data.ts';
import { GlobalGivingProject, GlobalGivingProjects } from './raw.ts';
import { readList } from './read-list.ts';

/**
 * The `projects` stream: every project as a campaign of its organisation. Primary key `id`; no cursor field,
 * since GlobalGiving lists by id and has no change date to filter on: full passes read
 * `/projectservice/all/projects`, incremental runs between them `/projectservice/all/projects/active`.
 */
export const projectsStream: StreamDefinition<GlobalGivingConfig, GlobalGivingProject> = {
  name: 'projects',
  primaryKey: 'id',
  raw: GlobalGivingProject,
  read: (context, checkpoint) =>
    readList(context, checkpoint, {
      what: `globalgiving projects (${context.source})`,
      path: (pass) => `/api/public/projectservice/all/projects${pass === 'active' ? '/active' : ''}`,
      cursorParam: 'nextProjectId',
      envelope: GlobalGivingProjects,
      page: ({ projects }) => ({
        items: projects.project,
        hasNext: projects.hasNext,
        next: projects.nextProjectId,
        total: projects.numberFound,
      }),
      incrementalPass: 'active',
      prepare: withoutContactPerson,
    }),
  map: mapProject,
};
