import { defineConnector } from '../sdk/index.ts';
import { VolunteerMatchConfig } from './config.ts';
import { opportunitiesStream } from './opportunities.ts';

/**
 * The VolunteerMatch connector: volunteer opportunities from VolunteerMatch's GraphQL API (Open Network API
 * v3), one search per configured location plus the virtual opportunities. Needs a partner API key.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   volunteermatch:
 *     connector: volunteermatch
 *     options: { apiKey: '${VOLUNTEERMATCH_API_KEY}', locations: ['Oakland, CA', '48201'], virtual: true }
 */
export const volunteerMatch = defineConnector<VolunteerMatchConfig>({
  id: 'volunteermatch',
  title: 'VolunteerMatch',
  kind: 'volunteering',
  description:
    'Volunteer opportunities on VolunteerMatch, searched by location and for virtual ones, as opportunities of the organisations behind them.',
  documentationUrl: 'https://github.com/volunteermatch/vm-contrib/tree/master/graphql',
  defaultBaseUrl: 'https://graphql.volunteermatch.org',
  // Daily at 05:11: searches give no change times, so each run reads every search again; once a day keeps
  // that affordable while new opportunities arrive within a day.
  defaultSchedule: '11 5 * * *',
  // VolunteerMatch publishes no limit; partner keys sit behind an API gateway with a per-key quota. Two
  // requests at a time and one a second keep a run (a few pages per location) well inside any such quota.
  defaultLimits: { concurrency: 2, requestsPerMinute: 60 },
  config: VolunteerMatchConfig,
  streams: [opportunitiesStream],
});
