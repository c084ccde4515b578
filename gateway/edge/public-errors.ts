import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError, type Plugin } from 'graphql-yoga';
import type { Logger } from '../../lib/log.ts';
import { ERROR_CODES } from '../../schema/error-codes.ts';

const PUBLIC_CODES = new Set<string>(Object.values(ERROR_CODES));

/** Codes the libraries under the gateway use, translated to the public enum. */
const TRANSLATED: Readonly<Record<string, string>> = {
  BAD_REQUEST: ERROR_CODES.BAD_USER_INPUT,
  GATEWAY_TIMEOUT: ERROR_CODES.TIMEOUT,
  PERSISTED_QUERY_NOT_FOUND: ERROR_CODES.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ERROR_CODES.GRAPHQL_VALIDATION_FAILED,
};

/** The message of every error with the code INTERNAL_SERVER_ERROR, whatever raised it. */
const INTERNAL_MESSAGE = 'Internal server error';

/** Extensions that describe the gateway's insides (subgraph URLs and bodies, stacks) and never leave it. */
const INTERNAL_EXTENSIONS = [
  'request',
  'response',
  'stacktrace',
  'originalError',
  'serviceName',
  'unexpected',
];

/**
 * The `maskedErrors` option of the gateway: an error that is not a GraphQL error raised on purpose becomes
 * "Internal server error" with the code INTERNAL_SERVER_ERROR, and its details are logged, never sent.
 */
export function maskUnexpected(log: Logger): { maskError(error: unknown, message: string): Error } {
  return {
    maskError(error) {
      const masked = maskError(error, INTERNAL_MESSAGE, false);
      if (masked !== error) log.error({ err: error }, 'unexpected error, masked in the response');
      return masked;
    },
  };
}

/**
 * Makes every error of every answer carry a code of the public enum: library codes are translated, an error
 * without a code gets BAD_USER_INPUT when it refused the request (HTTP 4xx) and INTERNAL_SERVER_ERROR
 * otherwise, internal extensions are removed, and the message of an internal error (also one a subgraph
 * reported) is replaced, the original going to the log.
 */
export function usePublicErrors(log: Logger): Plugin {
  const withPublicErrors = <T>(result: T): T => {
    const errors = (result as { errors?: readonly GraphQLError[] }).errors;
    if (!errors?.length) return result;
    return { ...result, errors: errors.map((error) => publicError(error, log)) };
  };
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) {
        setResult(result.map((one) => withPublicErrors(one)));
        return;
      }
      if (result && typeof result === 'object' && 'errors' in result) setResult(withPublicErrors(result));
    },
  };
}

/** The error as clients see it: the same place, a public code, no internal extensions. */
export function publicError(error: GraphQLError, log: Logger): GraphQLError {
  const extensions: Record<string, unknown> = { ...error.extensions };
  for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const status = (extensions.http as { status?: number } | undefined)?.status;
  extensions.code =
    code && PUBLIC_CODES.has(code)
      ? code
      : ((code && TRANSLATED[code]) ??
        (status && status >= 400 && status < 500
          ? ERROR_CODES.BAD_USER_INPUT
          : ERROR_CODES.INTERNAL_SERVER_ERROR));
  // Yoga answers 200 to `application/json` clients for "spec" errors; a body that is not a GraphQL request at
  // all (malformed JSON, no query) deserves its 400 whatever the client accepts.
  if (code === 'BAD_REQUEST' && status) extensions.http = { status };
  let message = error.message;
  if (extensions.code === ERROR_CODES.INTERNAL_SERVER_ERROR && message !== INTERNAL_MESSAGE) {
    log.error({ message, path: error.path, subgraph: error.extensions?.subgraph }, 'internal error, masked');
    message = INTERNAL_MESSAGE;
  }
  return createGraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}
