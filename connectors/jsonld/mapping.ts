import type { UnhashedSourceRecord } from '../../schema/index.ts';
import type { MapContext } from '../sdk/index.ts';
import type { JsonLdConfig } from './config.ts';
import { mapEvent } from './map-event.ts';
import { mapOrganization } from './map-organization.ts';
import { mapProject } from './map-project.ts';
import { mapVolunteerJob } from './map-volunteer-job.ts';
import type { JsonLdRecord } from './raw.ts';

/**
 * Maps one structured-data node to source records: an organisation to an initiative, a project to an
 * initiative or a campaign, an event or a volunteer job posting to an opportunity of its organisation.
 */
export function mapNode(raw: JsonLdRecord, context: MapContext<JsonLdConfig>): UnhashedSourceRecord[] {
  switch (raw.kind) {
    case 'organization':
      return mapOrganization(raw, context);
    case 'project':
      return mapProject(raw, context);
    case 'event':
      return mapEvent(raw, context);
    case 'volunteer-job':
      return mapVolunteerJob(raw, context);
  }
}
