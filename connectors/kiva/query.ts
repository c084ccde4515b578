import type { KivaConfig } from './config.ts';

/**
 * The loan search the connector sends to `https://api.kivaws.org/graphql`. It asks only for what the
 * mapping needs: never the borrower's `name`, `description` (the personal story), `image` (the photo),
 * `borrowers`, `gender` or `tags` (which describe the borrower), so that no personal data is ever
 * received. `businessName` of direct loans is asked for, and kept only when it names a registered
 * business (see initiative.ts).
 */
export const LOANS_QUERY = `query KnooppuntLoans($filters: LoanSearchFiltersInput, $sortBy: SortEnum, $offset: Int, $limit: Int) {
  lend {
    loans(filters: $filters, sortBy: $sortBy, offset: $offset, limit: $limit) {
      totalCount
      values {
        __typename
        id
        status
        use
        loanAmount
        plannedExpirationDate
        fundraisingDate
        loanFundraisingInfo { fundedAmount }
        geocode { city state latitude longitude country { isoCode name } }
        sector { id name }
        activity { id name }
        ... on LoanPartner { partnerName themes partner { id name } }
        ... on LoanDirect { trusteeName businessName }
      }
    }
  }
}`;

/** The GraphQL variables of one page: the configured filters, newest first, from `offset`. */
export function loansVariables(config: KivaConfig, offset: number, limit: number): Record<string, unknown> {
  return {
    filters: { status: config.status, ...(config.countries.length > 0 ? { country: config.countries } : {}) },
    sortBy: 'newest',
    offset,
    limit,
  };
}
