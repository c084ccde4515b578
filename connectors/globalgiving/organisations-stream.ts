import type { StreamDefinition } from '../sdk/index.ts';
import type { GlobalGivingConfig } from './config.ts';
import { mapOrganization } from './mapping.ts';
import { GlobalGivingOrganization, GlobalGivingOrganizations } from './raw.ts';
import { readList } from './read-list.ts';

/**
 * The `organisations` stream: GlobalGiving's directory of vetted organisations as initiative records,
 * including those without a project in the list. Primary key `id`. Organisations change rarely and have no
 * change date, so they are read on full passes only (`/orgservice/all/organizations`); `organisations: false`
 * turns the stream off.
 */
export const organisationsStream: StreamDefinition<GlobalGivingConfig, GlobalGivingOrganization> = {
  name: 'organisations',
  primaryKey: 'id',
  raw: GlobalGivingOrganization,
  read: async function* (context, checkpoint) {
    if (!context.config.organisations) return;
    yield* readList(context, checkpoint, {
      what: `globalgiving organisations (${context.source})`,
      path: () => '/api/public/orgservice/all/organizations',
      cursorParam: 'nextOrgId',
      envelope: GlobalGivingOrganizations,
      page: ({ organizations }) => ({
        items: organizations.organization,
        hasNext: organizations.hasNext,
        next: organizations.nextOrgId,
        total: organizations.numberFound,
      }),
    });
  },
  map: mapOrganization,
};
