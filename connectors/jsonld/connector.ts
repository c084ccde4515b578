import { defineConnector, NO_BASE_URL } from '../sdk/index.ts';
import { JsonLdConfig } from './config.ts';
import { nodesStream } from './nodes.ts';

/**
 * The schema.org JSON-LD connector: crawls a website (an initiative's own site, a network's or a
 * municipality's list of initiatives, a platform without an API) and harvests the structured data its
 * pages publish: organisations as initiatives, projects as initiatives or campaigns, events and volunteer
 * job postings as opportunities. robots.txt is honoured, Crawl-delay included.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   buurtkracht-site:
 *     connector: jsonld
 *     baseUrl: https://www.buurtkracht.nl
 *     options: { maxDepth: 2, country: NL }
 */
export const jsonld = defineConnector<JsonLdConfig>({
  id: 'jsonld',
  title: 'schema.org JSON-LD websites',
  kind: 'generic',
  description:
    'Organisations, projects, events and volunteer jobs that websites publish as schema.org JSON-LD, by crawling the site.',
  documentationUrl: 'https://schema.org/docs/documents.html',
  defaultBaseUrl: NO_BASE_URL,
  // Weekly, Sundays at 02:53: websites of initiatives change slowly, and a crawl is many requests for a small site.
  defaultSchedule: '53 2 * * 0',
  // Websites publish no API limits; a crawler one page at a time, at most one every two seconds, is the
  // usual courtesy. A Crawl-delay in robots.txt slows it further.
  defaultLimits: { concurrency: 1, requestsPerMinute: 30 },
  config: JsonLdConfig,
  streams: [nodesStream],
});
