import { buildSchema } from 'graphql';
import { VOLUNTEERMATCH_CATEGORIES } from './categories.ts';

/**
 * The part of VolunteerMatch's GraphQL schema the replica serves: `searchOpportunities` with the input fields
 * partners' code uses (location, virtual, categories, pageNumber, numberOfResults, sortCriteria, radius,
 * keywords, greatFor, specialFlag, skills, ids) and the opportunity fields of VolunteerMatch's examples.
 * `contact` and `customFields` exist, as they do at VolunteerMatch, so tests can prove the connector never
 * asks for them.
 */
export const VOLUNTEERMATCH_REPLICA_SCHEMA = buildSchema(`
  enum OppCategory { ${VOLUNTEERMATCH_CATEGORIES.join(' ')} }
  enum GreatFor { kids teens seniors groups people55Plus }
  enum SortCriteria { relevance update distance eventdate container }

  input OppSearchInput {
    location: String
    virtual: Boolean
    categories: [OppCategory]
    pageNumber: Int
    numberOfResults: Int
    sortCriteria: SortCriteria
    radius: String
    keywords: String
    greatFor: [GreatFor]
    specialFlag: String
    skills: [String]
    ids: [Int]
    sortByContainers: [String]
  }

  type GeoLocation { latitude: Float longitude: Float accuracy: String }
  type Location {
    street1: String
    street2: String
    city: String
    region: String
    postalCode: String
    country: String
    virtual: Boolean
    geoLocation: GeoLocation
  }
  type DateRange {
    startDate: String
    startTime: String
    endDate: String
    endTime: String
    ongoing: Boolean
    singleDayOpps: Boolean
  }
  type Requirements { bgCheck: Boolean drLicense: Boolean minimumAge: Int orientation: Boolean }
  type Organization {
    id: Int
    name: String
    mission: String
    description: String
    url: String
    imageUrl: String
    phoneNumber: String
    location: Location
  }
  type Contact { firstName: String lastName: String email: String phoneNumber: String }
  type CustomField { fieldId: Int fieldLabel: String fieldType: String required: Boolean choices: [String] }
  type Opportunity {
    id: Int
    title: String
    description: String
    plaintextDescription: String
    categories: [OppCategory]
    greatFor: [GreatFor]
    specialFlag: String
    container: String
    skillsNeeded: String
    volunteersNeeded: Int
    imageUrl: String
    dateRange: DateRange
    requirements: Requirements
    location: Location
    parentOrg: Organization
    contact: Contact
    customFields: [CustomField]
  }
  type SearchResult {
    resultsSize: Int
    currentPage: Int
    numberOfResults: Int
    opportunities: [Opportunity]
  }
  type Query { searchOpportunities(input: OppSearchInput!): SearchResult }
`);
