/**
 * The one public enum of GraphQL error codes, carried in `errors[].extensions.code` by the gateway and every
 * subgraph. Clients can rely on these names; unexpected errors are masked as INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = {
  /** The query does not parse. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The query does not fit the schema. */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** An argument value is wrong (a malformed cursor, a page size over the limit, an unknown code). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** No API key or an unknown one where one is required. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The API key's role does not allow the operation (admin mutations, the quarantine). */
  FORBIDDEN: 'FORBIDDEN',
  /** Too many requests for this key or client address; retry after the time given. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Depth, aliases, tokens or cost over the limits. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The request body is larger than allowed. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The request took longer than allowed. */
  TIMEOUT: 'TIMEOUT',
  /** A subgraph did not answer; the response holds what the others gave. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The thing asked for does not exist (for mutations; queries answer null instead). */
  NOT_FOUND: 'NOT_FOUND',
  /** A cross-site request without the header that proves it is not CSRF. */
  CSRF_REJECTED: 'CSRF_REJECTED',
  /** Anything unexpected; details are logged, never sent. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** A public error code. */
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
