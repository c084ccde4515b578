import { buildSchema, type GraphQLSchema } from 'graphql';

/**
 * The part of Kiva's public GraphQL schema that the replica serves, written after the public API: the loan
 * search under `lend`, the `LoanBasic` interface with its `LoanPartner` and `LoanDirect` types, and the
 * borrower fields the connector must never ask for (name, description, image, borrowers), so that a query
 * asking for an unknown field fails validation as it would at Kiva.
 */
export const KIVA_REPLICA_SCHEMA: GraphQLSchema = buildSchema(`
  scalar Money

  enum SortEnum { newest expiringSoon popularity amountLeft loanAmount random }
  enum LoanStatusFilterEnum { fundRaising funded raised payingBack ended expired refunded defaulted }
  enum DistributionModelEnum { field_partner direct }

  input LoanSearchFiltersInput {
    status: LoanStatusFilterEnum
    country: [String]
    sector: [Int]
    distributionModel: DistributionModelEnum
    loanIds: [Int]
  }

  type Query { lend: Lend }

  type Lend {
    loans(filters: LoanSearchFiltersInput, sortBy: SortEnum, offset: Int, limit: Int): LoanBasicCollection
    loan(id: Int!): LoanBasic
  }

  type LoanBasicCollection { totalCount: Int! values: [LoanBasic!]! }

  type Country { isoCode: String name: String region: String }
  type Geocode { city: String state: String postalCode: String latitude: Float longitude: Float country: Country }
  type Sector { id: Int name: String }
  type Activity { id: Int name: String }
  type Image { id: Int hash: String url(presetSize: String, customSize: String): String }
  type LoanFundraisingInfo { fundedAmount: Money reservedAmount: Money isExpiringSoon: Boolean }
  type Partner { id: Int name: String countries: [Country] }
  type Borrower { id: Int firstName: String pictured: Boolean }

  interface LoanBasic {
    id: Int!
    name: String
    status: String
    use: String
    description: String
    whySpecial: String
    gender: String
    tags: [String]
    loanAmount: Money!
    plannedExpirationDate: String
    fundraisingDate: String
    raisedDate: String
    borrowerCount: Int
    borrowers: [Borrower]
    image: Image
    geocode: Geocode
    sector: Sector
    activity: Activity
    loanFundraisingInfo: LoanFundraisingInfo
  }

  type LoanPartner implements LoanBasic {
    id: Int!
    name: String
    status: String
    use: String
    description: String
    whySpecial: String
    gender: String
    tags: [String]
    loanAmount: Money!
    plannedExpirationDate: String
    fundraisingDate: String
    raisedDate: String
    borrowerCount: Int
    borrowers: [Borrower]
    image: Image
    geocode: Geocode
    sector: Sector
    activity: Activity
    loanFundraisingInfo: LoanFundraisingInfo
    partnerName: String
    themes: [String]
    partner: Partner
  }

  type LoanDirect implements LoanBasic {
    id: Int!
    name: String
    status: String
    use: String
    description: String
    whySpecial: String
    gender: String
    tags: [String]
    loanAmount: Money!
    plannedExpirationDate: String
    fundraisingDate: String
    raisedDate: String
    borrowerCount: Int
    borrowers: [Borrower]
    image: Image
    geocode: Geocode
    sector: Sector
    activity: Activity
    loanFundraisingInfo: LoanFundraisingInfo
    trusteeName: String
    businessName: String
  }
`);
