import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Logger } from '../../lib/log.ts';
import { ERROR_CODES } from '../../schema/error-codes.ts';
import { edgeError } from './errors.ts';

/** Codes the gateway's HTTP transport and upstream timeout put on errors when a subgraph did not answer. */
const TRANSPORT_FAILURES = new Set([
  'SUBREQUEST_HTTP_ERROR',
  'GATEWAY_TIMEOUT',
  'DOWNSTREAM_SERVICE_ERROR',
  'RESPONSE_VALIDATION_FAILED',
]);

/** Options of `useSubgraphAvailability`. */
export interface SubgraphAvailabilityOptions {
  /** The per-subgraph timeout in force (`limits.subgraphTimeoutMs`), named in the error. */
  readonly subgraphTimeoutMs: number;
  readonly log: Logger;
}

/**
 * Turns a subgraph that is down, slow (past the upstream timeout) or answering garbage into one error with the
 * code SUBGRAPH_UNAVAILABLE naming it (also in `extensions.subgraph`), so the gateway answers with what the
 * other subgraphs gave instead of failing the request. Transport details (URLs, request bodies) go to the log,
 * never to the client. Register after the runtime's upstream timeout so that this wraps it.
 */
export function useSubgraphAvailability(options: SubgraphAvailabilityOptions): GatewayPlugin {
  const unavailable = (subgraph: string, cause: unknown): { errors: GraphQLError[] } => {
    const message = cause instanceof Error ? cause.message : String(cause);
    const status = (cause as { extensions?: { response?: { status?: number } } }).extensions?.response
      ?.status;
    options.log.warn({ subgraph, reason: message, status }, 'subgraph unavailable');
    const why = /timeout|timed out/i.test(message)
      ? `did not answer within ${options.subgraphTimeoutMs} ms`
      : status
        ? `answered HTTP ${status} without a GraphQL result`
        : 'could not be reached';
    return {
      errors: [
        edgeError(
          ERROR_CODES.SUBGRAPH_UNAVAILABLE,
          `The ${subgraph} subgraph ${why}; the rest of the answer is complete`,
          { subgraph },
        ),
      ],
    };
  };
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const guarded: typeof executor = async (request) => {
        try {
          const result = await executor(request);
          if (Symbol.asyncIterator in Object(result)) return result;
          const failure = transportFailure(result as ExecutionResult);
          return failure ? unavailable(subgraphName, failure) : result;
        } catch (error) {
          return unavailable(subgraphName, error);
        }
      };
      setExecutor(guarded);
    },
  };
}

/** The transport error of a result that carries no data because the subgraph did not answer properly. */
function transportFailure(result: ExecutionResult): GraphQLError | undefined {
  if (result.data) return undefined;
  return result.errors?.find((error) => TRANSPORT_FAILURES.has(String(error.extensions?.code)));
}
