import { defineConnector } from '../sdk/index.ts';
import { KivaConfig } from './config.ts';
import { loansStream } from './loans.ts';

/**
 * The Kiva connector: microloan requests from Kiva's public GraphQL API as loan listings of the field
 * partners and trustees behind them; borrowers are never harvested.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   kiva:
 *     connector: kiva
 *     options: { status: fundRaising, countries: [KE, UG, TZ] }
 */
export const kiva = defineConnector<KivaConfig>({
  id: 'kiva',
  title: 'Kiva',
  kind: 'marketplace',
  description: 'Microloan requests on Kiva as loan listings of the field partners and trustees behind them.',
  documentationUrl: 'https://www.kiva.org/build',
  defaultBaseUrl: 'https://api.kivaws.org',
  // Every four hours: a few hundred loans start fundraising each day and an incremental run reads only
  // those, one or two requests.
  defaultSchedule: '7 */4 * * *',
  // Kiva throttles unregistered apps to 60 requests a minute per IP and answers more with a 403 and a
  // temporary lockout (build.kiva.org, "Data Rate and Throttling"); one at a time, 50 a minute stays clear.
  defaultLimits: { concurrency: 1, requestsPerMinute: 50 },
  config: KivaConfig,
  streams: [loansStream],
});
