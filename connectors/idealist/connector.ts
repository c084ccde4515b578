import { defineConnector } from '../sdk/index.ts';
import { IdealistConfig } from './config.ts';
import { volopsStream } from './volops.ts';

/**
 * The Idealist connector: volunteer opportunities from Idealist's Listings API, which since Idealist took
 * over VolunteerMatch also carries most of VolunteerMatch's catalogue. Needs an API key from Idealist support.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   idealist:
 *     connector: idealist
 *     options: { apiKey: '${IDEALIST_API_KEY}' }
 */
export const idealist = defineConnector<IdealistConfig>({
  id: 'idealist',
  title: 'Idealist',
  kind: 'volunteering',
  description:
    'Volunteer opportunities on Idealist.org as opportunities of the organisations that post them.',
  documentationUrl: 'https://api-sandbox.idealist.org/listings-api',
  defaultBaseUrl: 'https://www.idealist.org',
  // Every six hours at :41: the list is ordered by change, so a run after an unchanged interval costs one
  // request, and listings are picked up the same day they are posted or unpublished.
  defaultSchedule: '41 */6 * * *',
  // Idealist publishes no numeric limit; its Listings API quickstart pauses a second between requests "for
  // politeness". One request at a time, sixty a minute, follows that (a first full run reads one detail per
  // listing and takes hours; later runs read only what changed).
  defaultLimits: { concurrency: 1, requestsPerMinute: 60 },
  config: IdealistConfig,
  streams: [volopsStream],
});
