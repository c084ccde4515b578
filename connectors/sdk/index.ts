/**
 * The connector SDK: everything a platform operator needs to write a connector.
 * Exports here are public API; files not exported here are internal.
 */
export { defineConnector } from './define-connector.ts';
export { ConnectorError, type FailureType, failureTypeOf, HttpError } from './errors.ts';
export { type GraphqlRequestOptions, graphqlRequest } from './graphql.ts';
export { DEFAULT_HOST_LIMITS, HostLimiter, type HostLimits, sleep } from './host-limiter.ts';
export {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
} from './http.ts';
export {
  parseRetryAfter,
  ruleForStatus,
  STATUS_TABLE,
  type StatusAction,
  type StatusRule,
} from './http-status.ts';
export * from './normalize/index.ts';
export * from './paginate/index.ts';
export {
  type ConnectorDefinition,
  type JsonValue,
  type MapContext,
  PLATFORM_KINDS,
  type PlatformKind,
  type RawPage,
  type ReadContext,
  type StreamDefinition,
  type SyncMode,
} from './types.ts';
export * from './jsonld/index.ts';
export {
  createRobotsGuard,
  type HostRobots,
  KNOOPPUNT_PRODUCT_TOKEN,
  type RobotsGuard,
  type RobotsGuardOptions,
  type RobotsStatus,
} from './robots.ts';
export {
  allowAllPolicy,
  disallowAllPolicy,
  parseRobotsTxt,
  type RobotsGroup,
  type RobotsPolicy,
  type RobotsRule,
  type RobotsTxt,
  robotsPolicy,
} from './robots-txt.ts';
export { type FullPassOptions, fullPassDue } from './full-pass.ts';
export { boolish, numeric, oneOrMany, textOrNumber } from './raw/index.ts';
export { parseXml } from './xml/index.ts';
export { explainAuthError } from './auth-hint.ts';
export { isProfileUrl, splitWebsiteAndProfiles } from './links/index.ts';
export { anyUkCharity, northernIrishCharity, orgIdentifier, scottishCharity } from './org-id/index.ts';
export { withoutPersonalEmails } from './personal-emails.ts';
export { changedAfter, checkpointJson, laterTime } from './checkpoint.ts';
export { type PersonalDataRules, stripPersonalData } from './strip-personal-data.ts';
export {
  type ReadSitemapsOptions,
  readSitemaps,
  parseSitemap,
  type Sitemap,
  type SitemapEntry,
} from './sitemap/index.ts';
export { redactUrl } from './redact.ts';
export { fetchHtmlPage, type FetchHtmlPageOptions, type HtmlPage } from './crawl/index.ts';
export {
  idSortKey,
  planSnapshot,
  type SnapshotFetch,
  type SnapshotPagesOptions,
  type SnapshotPlan,
  snapshotPages,
  SnapshotState,
} from './snapshot/index.ts';
export { withoutPhoneNumbers } from './personal-phones.ts';
export { type ContactInput, organisationContact } from './organisation-contact.ts';
export { isUnsetBaseUrl, NO_BASE_URL } from './no-base-url.ts';
