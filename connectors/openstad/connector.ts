import { defineConnector } from '../sdk/index.ts';
import { OpenstadConfig } from './config.ts';
import { ideasStream } from './ideas.ts';

/**
 * The OpenStad connector: ideas and citizen initiatives on the participation platforms that Amsterdam and
 * other Dutch municipalities run on OpenStad (Wij Amsterdam, site 197, by default).
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   wijamsterdam:
 *     connector: openstad
 *     options: { siteId: 197, webUrl: https://wijamsterdam.nl, municipality: GM0363 }
 */
export const openstad = defineConnector<OpenstadConfig>({
  id: 'openstad',
  title: 'OpenStad',
  kind: 'directory',
  description:
    'Ideas and citizen initiatives of an OpenStad participation site as initiatives, with the help they ask for as needs.',
  documentationUrl: 'https://github.com/openstad/openstad-api',
  defaultBaseUrl: 'https://api2.openstad.amsterdam',
  // Every six hours, off the hour: initiatives on a municipal site change a few times a day at most, and
  // an unchanged list costs a single 304.
  defaultSchedule: '23 */6 * * *',
  // OpenStad publishes no rate limit; the list is one request per run, so one request at a time and a slow
  // pace are plenty and leave the municipality's server alone.
  defaultLimits: { concurrency: 1, requestsPerMinute: 30 },
  config: OpenstadConfig,
  streams: [ideasStream],
});
