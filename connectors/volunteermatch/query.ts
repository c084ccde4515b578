import type { VolunteerMatchConfig } from './config.ts';

/** One search of a run: a location, or the virtual opportunities. */
export type Search = { readonly location: string } | { readonly virtual: true };

/**
 * The fields the connector asks for. Deliberately absent: the opportunity's `contact` (a coordinator) and
 * `customFields` (sign-up questions), so no person's data ever leaves VolunteerMatch.
 */
const OPPORTUNITY_FIELDS = `
    id
    title
    description
    plaintextDescription
    categories
    greatFor
    skillsNeeded
    volunteersNeeded
    imageUrl
    dateRange { startDate startTime endDate endTime ongoing singleDayOpps }
    requirements { bgCheck drLicense minimumAge orientation }
    location { street1 street2 city region postalCode country virtual geoLocation { latitude longitude accuracy } }
    parentOrg {
      id
      name
      mission
      description
      url
      imageUrl
      phoneNumber
      location { street1 street2 city region postalCode country }
    }`;

/**
 * The `searchOpportunities` query for one page of one search. VolunteerMatch's examples write the input inline
 * rather than as variables (its input type's name is not published), so the values are written as GraphQL
 * literals: strings as JSON strings, categories and the sort order as enum values.
 */
export function searchQuery(config: VolunteerMatchConfig, search: Search, pageNumber: number): string {
  const input = [
    'location' in search ? `location: ${JSON.stringify(search.location)}` : undefined,
    `virtual: ${'virtual' in search}`,
    config.radius !== undefined && 'location' in search
      ? `radius: ${JSON.stringify(String(config.radius))}`
      : undefined,
    config.categories.length > 0 ? `categories: [${config.categories.join(', ')}]` : undefined,
    `pageNumber: ${pageNumber}`,
    `numberOfResults: ${config.pageSize}`,
    'sortCriteria: update',
  ].filter((part): part is string => part !== undefined);
  return `query {
  searchOpportunities(input: { ${input.join(', ')} }) {
    resultsSize
    currentPage
    numberOfResults
    opportunities {${OPPORTUNITY_FIELDS}
    }
  }
}`;
}

/** The searches of a run: every configured location, then the virtual opportunities when asked for. */
export function searchesOf(config: VolunteerMatchConfig): Search[] {
  return [
    ...config.locations.map((location) => ({ location })),
    ...(config.virtual ? [{ virtual: true as const }] : []),
  ];
}

/** A search as the log and the checkpoint name it. */
export function describeSearch(search: Search): string {
  return 'location' in search ? search.location : 'virtual';
}
