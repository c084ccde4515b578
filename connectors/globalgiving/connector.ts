import { defineConnector } from '../sdk/index.ts';
import { GlobalGivingConfig } from './config.ts';
import { organisationsStream } from './organisations-stream.ts';
import { projectsStream } from './projects-stream.ts';

/**
 * The GlobalGiving connector: donation projects of vetted nonprofits worldwide as campaigns, and the
 * organisation directory as initiatives, from the public Project API (JSON).
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   globalgiving:
 *     connector: globalgiving
 *     options: { apiKey: '${GLOBALGIVING_API_KEY}', fullPassDays: 7 }
 */
export const globalGiving = defineConnector<GlobalGivingConfig>({
  id: 'globalgiving',
  title: 'GlobalGiving',
  kind: 'crowdfunding',
  description:
    'Donation projects on GlobalGiving as campaigns of their organisations, and its directory of vetted organisations.',
  documentationUrl: 'https://www.globalgiving.org/api/',
  defaultBaseUrl: 'https://api.globalgiving.org',
  // Daily at 04:23, off the hour: funding figures change daily, and GlobalGiving marks its answers
  // cacheable for 12 hours (Cache-Control: max-age=43200), so a more frequent run would see the same data.
  defaultSchedule: '23 4 * * *',
  // GlobalGiving publishes no numeric rate limit; its developer terms ask apps not to burden the API. Lists
  // come ten records a page and are walked one page after the other, so one request at a time and one a
  // second is enough: 600 records a minute, a few thousand active projects in minutes.
  defaultLimits: { concurrency: 1, requestsPerMinute: 60 },
  config: GlobalGivingConfig,
  streams: [projectsStream, organisationsStream],
});
