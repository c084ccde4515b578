import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { type ErrorCode } from '../../schema/error-codes.ts';

/** The Fetch API the server adapter hands its hooks, so responses are built with its own `Response`. */
export interface FetchApi {
  readonly Response: typeof Response;
}

/**
 * A GraphQL error carrying a public code in `extensions.code` (plus any other extensions), for the edge
 * plugins to throw or return. `status` sets the HTTP status Yoga answers with when the error ends the request.
 */
export function edgeError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  status?: number,
): GraphQLError {
  // Made by the same graphql copy the gateway's libraries use (the one they check errors against).
  return createGraphQLError(message, {
    extensions: { ...extensions, code, ...(status ? { http: { status } } : {}) },
  });
}

/**
 * An HTTP response whose body is a GraphQL error, for requests refused before GraphQL sees them (401, 413,
 * 429): clients read one error format whatever refused them.
 *
 * @example
 * endResponse(errorResponse(fetchAPI, 429, 'RATE_LIMITED', 'Too many requests', { 'retry-after': '3' }));
 */
export function errorResponse(
  fetchApi: FetchApi,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new fetchApi.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
