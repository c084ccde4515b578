import { defineConnector } from '../sdk/index.ts';
import { ThreeSixtyGivingConfig } from './config.ts';
import { grantsStream } from './grants.ts';

/**
 * The 360Giving connector: grants of UK funders published to the 360Giving Data Standard, read from the
 * 360Giving datastore API per funder and/or from the data files funders publish. Each grant becomes a
 * record of kind `grant` with the recipient organisation as the initiative; grants to individuals are
 * skipped and counted, never stored.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   360giving:
 *     connector: 360giving
 *     options:
 *       funders: [GB-CHC-1159982, GB-SC-SC012710]
 *       packages: [https://www.example-trust.org.uk/360giving/grants.json]
 */
export const threeSixtyGiving = defineConnector<ThreeSixtyGivingConfig>({
  id: '360giving',
  title: '360Giving',
  kind: 'directory',
  description:
    'Grants of UK funders (360Giving Data Standard) as grant records of the recipient organisations.',
  documentationUrl: 'https://standard.threesixtygiving.org/en/latest/',
  defaultBaseUrl: 'https://api.threesixtygiving.org',
  // Weekly, Mondays at 05:41: funders publish monthly or quarterly, and the datastore refreshes daily.
  defaultSchedule: '41 5 * * 1',
  // The datastore API publishes no rate limit and is run by a small charity: one request at a time, at most
  // 30 a minute. Data files are hosted by the funders themselves and read once per run.
  defaultLimits: { concurrency: 1, requestsPerMinute: 30 },
  config: ThreeSixtyGivingConfig,
  streams: [grantsStream],
});
