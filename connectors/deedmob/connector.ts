import { defineConnector } from '../sdk/index.ts';
import { DeedmobConfig } from './config.ts';
import { deedsStream } from './deeds.ts';

/**
 * The Deedmob connector: volunteer vacancies of the Dutch municipal and regional volunteer platforms that
 * run on Deedmob, one source per site. There is no central Deedmob API: every site serves its own deeds, so
 * the base URL is the site. The default is Coronahelpers.nl, the Deedmob site whose API answers are on
 * record (../shared/platforms/dutch-platforms); configure the site you want to harvest.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   vrijwilligers-utrecht:
 *     connector: deedmob
 *     baseUrl: https://www.example-vrijwilligerscentrale.nl
 *     options: { pageSize: 50 }
 */
export const deedmob = defineConnector<DeedmobConfig>({
  id: 'deedmob',
  title: 'Deedmob',
  kind: 'volunteering',
  description:
    'Volunteer vacancies (deeds) of a Deedmob-powered Dutch volunteer platform as opportunities of the organisations that post them.',
  documentationUrl: 'https://www.deedmob.com',
  defaultBaseUrl: 'https://www.coronahelpers.nl',
  // Daily at 04:23: vacancies run for weeks to months, and municipal sites are quiet at night.
  defaultSchedule: '23 4 * * *',
  // Deedmob publishes no rate limit; the site's API is the one its own web app uses. One request at a time
  // and one a second (the pace of the Code for NL Helpradar scraper, which slept between requests) keeps a
  // run of a few dozen pages and detail requests light for a municipal site.
  defaultLimits: { concurrency: 1, requestsPerMinute: 60 },
  config: DeedmobConfig,
  streams: [deedsStream],
});
