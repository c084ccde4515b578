import { defineConnector } from '../sdk/index.ts';
import { HsdsConfig } from './config.ts';
import { organizationsStream } from './organizations.ts';
import { servicesStream } from './services.ts';

/**
 * The Open Referral connector: one connector for every directory that publishes the Human Services Data
 * Specification API (HSDS 3, and the older ORUK v1 feeds of UK councils). Organisations become initiative
 * records, services become listings (offers) of their organisations.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   bristol:
 *     connector: hsds
 *     baseUrl: https://bristol.openplace.directory/o/OpenReferralService/v3
 *     options: { country: GB }
 */
export const hsds = defineConnector<HsdsConfig>({
  id: 'hsds',
  title: 'Open Referral (HSDS)',
  kind: 'directory',
  description:
    'Organisations and services of community-service directories that publish the Open Referral HSDS API.',
  documentationUrl: 'https://docs.openreferral.org/en/latest/hsds/api_reference.html',
  // Open Referral UK's public directory of Bristol (Placecube Open Place Directory), HSDS 3 with the UK profile.
  defaultBaseUrl: 'https://bristol.openplace.directory/o/OpenReferralService/v3',
  // Daily at 04:23: directories are curated by hand and change a few times a day at most.
  defaultSchedule: '23 4 * * *',
  // Neither HSDS nor Open Referral UK publishes a rate limit, and the feeds run on council infrastructure:
  // two requests at a time and one a second keep a full read of a few thousand records under ten minutes.
  defaultLimits: { concurrency: 2, requestsPerMinute: 60 },
  config: HsdsConfig,
  streams: [organizationsStream, servicesStream],
});
