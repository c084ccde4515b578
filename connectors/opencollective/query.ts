/**
 * The GraphQL document the connector sends to `POST /graphql/v2`, written against Open Collective's
 * published schema (`server/graphql/schemaV2.graphql`; conformance.test.ts validates it there). It asks for
 * public profile fields only: never `emails`, `members` or anything about individuals.
 */
export const ACCOUNTS_QUERY = /* GraphQL */ `
  query KnooppuntAccounts(
    $limit: Int!
    $offset: Int!
    $type: [AccountType]
    $orderBy: OrderByInput
    $lastTransactionFrom: DateTime
  ) {
    accounts(
      limit: $limit
      offset: $offset
      type: $type
      orderBy: $orderBy
      lastTransactionFrom: $lastTransactionFrom
      includeArchived: true
      skipGuests: true
    ) {
      offset
      limit
      totalCount
      nodes {
        ...Profile
        description
        longDescription
        currency
        createdAt
        updatedAt
        isArchived
        isActive
        isIncognito
        settings
        stats {
          totalAmountReceived {
            value
            currency
            valueInCents
          }
          balance {
            value
            currency
            valueInCents
          }
          contributorsCount
          contributionsCount
        }
        ... on AccountWithParent {
          parent {
            ...Profile
            description
          }
        }
        ... on Event {
          startsAt
          endsAt
          timezone
        }
      }
    }
  }

  fragment Profile on Account {
    id
    slug
    type
    name
    legalName
    tags
    imageUrl
    socialLinks {
      type
      url
    }
    location {
      name
      address
      country
      lat
      long
      structured
    }
  }
`;

/** How a page of accounts is ordered: oldest first for full passes, see read-accounts.ts for the others. */
export interface AccountsOrder {
  readonly field: 'CREATED_AT' | 'LAST_TRANSACTION_CREATED_AT';
  readonly direction: 'ASC' | 'DESC';
}

/** The variables of one page. */
export function accountsVariables(options: {
  readonly offset: number;
  readonly limit: number;
  readonly types: readonly string[];
  readonly orderBy: AccountsOrder;
  readonly lastTransactionFrom?: string;
}): Record<string, unknown> {
  return {
    limit: options.limit,
    offset: options.offset,
    type: options.types,
    orderBy: options.orderBy,
    ...(options.lastTransactionFrom ? { lastTransactionFrom: options.lastTransactionFrom } : {}),
  };
}
