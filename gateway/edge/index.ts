/** The edge plugins of the gateway, each a factory returning Yoga / envelop / Hive hooks. Public API. */
export { type ApiKeysOptions, presentedKey, useApiKeys } from './api-keys.ts';
export { type BodyLimitOptions, useBodyLimit } from './body-limit.ts';
export { clientAddress } from './client-address.ts';
export { type CorsAnswer, corsOptions } from './cors.ts';
export { CSRF_HEADERS, useCsrfPrevention } from './csrf.ts';
export { edgeError, errorResponse, type FetchApi } from './errors.ts';
export { useExecutionTimeout } from './execution-timeout.ts';
export { INTERNAL_TOKEN_HEADER, internalHeaders, ROLE_HEADER } from './internal-headers.ts';
export { createKeyring, type KeyHolder, type Keyring } from './keyring.ts';
export { oversizedPage, usePageSizeLimit } from './page-size.ts';
export { maskUnexpected, publicError, usePublicErrors } from './public-errors.ts';
export { useQueryLimits } from './query-limits.ts';
export { type RateLimitOptions, useRateLimit } from './rate-limit.ts';
export { type ReadinessOptions, type SubgraphProbe, useReadiness } from './readiness.ts';
export { useRequestLog } from './request-log.ts';
export {
  createRequestStates,
  type RequestState,
  type RequestStates,
  useRequestState,
} from './request-state.ts';
export { type SubgraphAvailabilityOptions, useSubgraphAvailability } from './subgraph-availability.ts';
export { type BucketRate, createTokenBuckets, type TakeResult, type TokenBuckets } from './token-bucket.ts';
