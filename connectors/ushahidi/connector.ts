import { defineConnector } from '../sdk/index.ts';
import { UshahidiConfig } from './config.ts';
import { postsStream } from './posts.ts';

/**
 * The Ushahidi connector: posts of crowdsourced maps of help offered and needed (Ushahidi Platform v3, as
 * run for corona help maps such as VPRO's Coronapioniers), as offer and request listings.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   coronapioniers:
 *     connector: ushahidi
 *     baseUrl: https://coronapioniers.vpro.nl
 *     options: { listingType: offer }
 */
export const ushahidi = defineConnector<UshahidiConfig>({
  id: 'ushahidi',
  title: 'Ushahidi',
  kind: 'marketplace',
  description:
    'Posts of crowdsourced help maps (Ushahidi v3) as offers and requests, with their categories and map points.',
  documentationUrl: 'https://docs.ushahidi.com/platform-developer-documentation/tech-stack/api-documentation',
  defaultBaseUrl: 'https://coronapioniers.vpro.nl',
  // Every three hours: help maps change in bursts during a crisis; an incremental run costs the two
  // vocabulary requests and one list page per pass when little changed.
  defaultSchedule: '41 */3 * * *',
  // Ushahidi publishes no rate limit and deployments are often small servers run by volunteers; one post
  // detail per post makes runs request-heavy, so two at a time and two a second.
  defaultLimits: { concurrency: 2, requestsPerMinute: 120 },
  config: UshahidiConfig,
  streams: [postsStream],
});
