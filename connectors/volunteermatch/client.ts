import { ConnectorError, explainAuthError, graphqlRequest, type ReadContext } from '../sdk/index.ts';
import type { VolunteerMatchConfig } from './config.ts';
import { describeSearch, type Search, searchQuery } from './query.ts';
import { VolunteerMatchSearch } from './raw.ts';

const CREDENTIALS_HINT =
  'VolunteerMatch issues API keys to partners (https://solutions.volunteermatch.org/contact-us/); set it as ' +
  'the apiKey option from the environment, e.g. apiKey: ${VOLUNTEERMATCH_API_KEY}';

/** The GraphQL endpoint under a base URL (`https://graphql.volunteermatch.org` -> `.../graphql`). */
export function graphqlUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/graphql`;
}

/**
 * Fetches one page of one search. VolunteerMatch's API sits behind an API gateway that checks `X-api-key`:
 * a missing or unknown key answers 403 (`{"message":"Forbidden"}`), turned into a `config` error that says how
 * to get one. A search that answers no `searchOpportunities` counts as empty, as VolunteerMatch answers null
 * for a location it cannot place.
 */
export async function fetchSearchPage(
  context: ReadContext<VolunteerMatchConfig>,
  search: Search,
  pageNumber: number,
): Promise<VolunteerMatchSearch> {
  const url = graphqlUrl(context.baseUrl);
  let data: { searchOpportunities?: unknown };
  try {
    data = await graphqlRequest<{ searchOpportunities?: unknown }>(context.http, {
      url,
      query: searchQuery(context.config, search, pageNumber),
      headers: {
        accept: 'application/json',
        ...(context.config.apiKey ? { 'x-api-key': context.config.apiKey } : {}),
      },
      signal: context.signal,
    });
  } catch (error) {
    throw explainAuthError(error, CREDENTIALS_HINT);
  }
  if (data.searchOpportunities === null || data.searchOpportunities === undefined) {
    context.log.info({ search: describeSearch(search) }, 'VolunteerMatch found nothing for this search');
    return { resultsSize: 0, opportunities: [] };
  }
  const parsed = VolunteerMatchSearch.safeParse(data.searchOpportunities);
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `${url} answered a search without resultsSize; the API may have changed`,
      {
        internal: parsed.error.message,
      },
    );
  }
  return parsed.data;
}
