import { defineConnector } from '../sdk/index.ts';
import { BetterplaceConfig } from './config.ts';
import { projectsStream } from './projects.ts';

/**
 * The betterplace.org connector: donation projects of German-speaking (and some Dutch and international)
 * organisations from the public api_v4, which betterplace has announced to retire.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   betterplace:
 *     connector: betterplace
 *     options: { locale: de, perPage: 200 }
 */
export const betterplace = defineConnector<BetterplaceConfig>({
  id: 'betterplace',
  title: 'betterplace.org',
  kind: 'crowdfunding',
  description:
    'Donation projects on betterplace.org as campaigns, with their carrier organisations as initiatives.',
  documentationUrl: 'https://github.com/betterplace/betterplace_apidocs',
  defaultBaseUrl: 'https://api.betterplace.org',
  // Daily at 03:17: off the hour, when betterplace has little traffic; projects change slowly enough.
  defaultSchedule: '17 3 * * *',
  // betterplace publishes no rate limit for api_v4; two requests at a time and four a second keep a full
  // run (a page of 200 projects plus one organisation request per new carrier) gentle on a public API.
  defaultLimits: { concurrency: 2, requestsPerMinute: 240 },
  config: BetterplaceConfig,
  streams: [projectsStream],
});
