import { buildSchema, type GraphQLSchema } from 'graphql';

/**
 * The part of Open Collective's GraphQL API v2 schema the replica serves: `Query.accounts` and the account
 * types, fields and arguments a harvester reads, with the same names, types, nullability and defaults as the
 * published schema; only the `Currency` enum is cut to the currencies the replica uses (conformance.test.ts
 * checks the connector's query against the full schema). Answers are
 * computed by graphql-js, so the replica returns exactly the fields a query selects, and rejects what the real
 * API would reject with the same kind of error.
 */
const SDL = /* GraphQL */ `
  scalar DateTime
  scalar JSON
  scalar URL

  enum AccountType {
    BOT
    COLLECTIVE
    EVENT
    FUND
    INDIVIDUAL
    ORGANIZATION
    PLATFORM
    PROJECT
    VENDOR
  }

  enum OrderByFieldType {
    CREATED_AT
    LAST_CHARGED_AT
    ACTIVITY
    HOST_RANK
    HOSTED_COLLECTIVES_COUNT
    RANK
    BALANCE
    MEMBER_COUNT
    TOTAL_CONTRIBUTED
    TOTAL_EXPENDED
    NAME
    STARTS_AT
    ENDS_AT
    UNHOSTED_AT
    MONEY_MANAGED
    LAST_TRANSACTION_CREATED_AT
  }

  enum OrderDirection {
    ASC
    DESC
  }

  enum SocialLinkType {
    BLUESKY
    DISCORD
    DISCOURSE
    FACEBOOK
    GHOST
    GIT
    GITHUB
    GITLAB
    INSTAGRAM
    LINKEDIN
    MASTODON
    MATTERMOST
    MEETUP
    PEERTUBE
    PIXELFED
    SLACK
    THREADS
    TIKTOK
    TUMBLR
    TWITCH
    TWITTER
    WEBSITE
    YOUTUBE
  }

  enum ImageFormat {
    txt
    png
    jpg
    gif
    svg
  }

  input OrderByInput {
    field: OrderByFieldType!
    direction: OrderDirection!
  }

  enum Currency {
    EUR
    GBP
    USD
  }

  type Amount {
    value: Float
    currency: Currency
    valueInCents: Float
  }

  type Location {
    id: String
    name: String
    address: String
    country: String
    lat: Float
    long: Float
    structured: JSON
  }

  type SocialLink {
    type: SocialLinkType!
    url: URL!
    createdAt: DateTime
    updatedAt: DateTime
  }

  type AccountStats {
    id: String
    balance(dateTo: DateTime, includeChildren: Boolean = false, withBlockedFunds: Boolean = false): Amount!
    totalAmountReceived(
      net: Boolean = false
      dateFrom: DateTime
      dateTo: DateTime
      includeChildren: Boolean = false
    ): Amount!
    contributorsCount(dateFrom: DateTime, dateTo: DateTime, includeChildren: Boolean = false): Int!
    contributionsCount(dateFrom: DateTime, dateTo: DateTime, includeChildren: Boolean = false): Int!
  }

  interface Account {
    id: String!
    slug: String!
    type: AccountType!
    name: String
    legalName: String
    description: String
    longDescription: String
    tags: [String]
    socialLinks: [SocialLink!]!
    currency: Currency!
    isIncognito: Boolean!
    imageUrl(height: Int, format: ImageFormat): String
    createdAt: DateTime
    updatedAt: DateTime
    isArchived: Boolean!
    isActive: Boolean
    settings: JSON!
    location: Location
    stats: AccountStats
  }

  interface AccountWithParent {
    parent: Account
  }

  type Collective implements Account {
    id: String!
    slug: String!
    type: AccountType!
    name: String
    legalName: String
    description: String
    longDescription: String
    tags: [String]
    socialLinks: [SocialLink!]!
    currency: Currency!
    isIncognito: Boolean!
    imageUrl(height: Int, format: ImageFormat): String
    createdAt: DateTime
    updatedAt: DateTime
    isArchived: Boolean!
    isActive: Boolean
    settings: JSON!
    location: Location
    stats: AccountStats
  }

  type Fund implements Account {
    id: String!
    slug: String!
    type: AccountType!
    name: String
    legalName: String
    description: String
    longDescription: String
    tags: [String]
    socialLinks: [SocialLink!]!
    currency: Currency!
    isIncognito: Boolean!
    imageUrl(height: Int, format: ImageFormat): String
    createdAt: DateTime
    updatedAt: DateTime
    isArchived: Boolean!
    isActive: Boolean
    settings: JSON!
    location: Location
    stats: AccountStats
  }

  type Individual implements Account {
    id: String!
    slug: String!
    type: AccountType!
    name: String
    legalName: String
    description: String
    longDescription: String
    tags: [String]
    socialLinks: [SocialLink!]!
    currency: Currency!
    isIncognito: Boolean!
    imageUrl(height: Int, format: ImageFormat): String
    createdAt: DateTime
    updatedAt: DateTime
    isArchived: Boolean!
    isActive: Boolean
    settings: JSON!
    location: Location
    stats: AccountStats
  }

  type Project implements Account & AccountWithParent {
    id: String!
    slug: String!
    type: AccountType!
    name: String
    legalName: String
    description: String
    longDescription: String
    tags: [String]
    socialLinks: [SocialLink!]!
    currency: Currency!
    isIncognito: Boolean!
    imageUrl(height: Int, format: ImageFormat): String
    createdAt: DateTime
    updatedAt: DateTime
    isArchived: Boolean!
    isActive: Boolean
    settings: JSON!
    location: Location
    stats: AccountStats
    parent: Account
  }

  type Event implements Account & AccountWithParent {
    id: String!
    slug: String!
    type: AccountType!
    name: String
    legalName: String
    description: String
    longDescription: String
    tags: [String]
    socialLinks: [SocialLink!]!
    currency: Currency!
    isIncognito: Boolean!
    imageUrl(height: Int, format: ImageFormat): String
    createdAt: DateTime
    updatedAt: DateTime
    isArchived: Boolean!
    isActive: Boolean
    settings: JSON!
    location: Location
    stats: AccountStats
    parent: Account
    startsAt: DateTime
    endsAt: DateTime
    timezone: String
  }

  type AccountCollection {
    offset: Int
    limit: Int
    totalCount: Int
    nodes: [Account]
  }

  type Query {
    accounts(
      limit: Int! = 10
      offset: Int! = 0
      searchTerm: String
      tag: [String]
      includeArchived: Boolean
      skipGuests: Boolean = true
      isActive: Boolean
      type: [AccountType]
      orderBy: OrderByInput
      lastTransactionFrom: DateTime
      lastTransactionTo: DateTime
    ): AccountCollection!
  }
`;

let schema: GraphQLSchema | undefined;

/** The replica's schema, built once. */
export function replicaSchema(): GraphQLSchema {
  schema ??= buildSchema(SDL);
  return schema;
}
