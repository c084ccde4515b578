import { defineConnector } from '../sdk/index.ts';
import { accountsStream } from './accounts-stream.ts';
import { OpenCollectiveConfig } from './config.ts';

/**
 * The Open Collective connector: collectives and funds as initiatives, and the projects and events they raise
 * money for as campaigns, from the public GraphQL API v2.
 *
 * @example
 * # knooppunt.config.yaml
 * sources:
 *   opencollective:
 *     connector: opencollective
 *     limits: { requestsPerMinute: 100 } # only with a token
 *     options: { personalToken: '${OPENCOLLECTIVE_TOKEN}' }
 */
export const openCollective = defineConnector<OpenCollectiveConfig>({
  id: 'opencollective',
  title: 'Open Collective',
  kind: 'crowdfunding',
  description:
    'Collectives and funds on Open Collective as initiatives, with the projects and events they raise money for as campaigns.',
  documentationUrl: 'https://graphql-docs-v2.opencollective.com/',
  defaultBaseUrl: 'https://api.opencollective.com',
  // Daily at 05:41, off the hour: contributions arrive all day, and an incremental run costs a few requests.
  defaultSchedule: '41 5 * * *',
  // Open Collective allows 10 requests a minute without a token and 100 with a personal token
  // (https://graphql-docs-v2.opencollective.com/access), answering 429 beyond: the limit follows the token.
  defaultLimits: (config) => ({ concurrency: 1, requestsPerMinute: config.personalToken ? 100 : 10 }),
  config: OpenCollectiveConfig,
  streams: [accountsStream],
});
