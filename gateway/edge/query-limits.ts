import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../../schema/error-codes.ts';
import type { ServerConfig } from '../config.ts';
import { edgeError } from './errors.ts';

/**
 * Refuses documents over the configured depth, aliases, tokens or cost before they execute, with GraphQL
 * Armor's envelop plugins; each refusal carries the code QUERY_TOO_COMPLEX and says which limit and by how much.
 * Tokens are counted while parsing, so an oversized document is never fully parsed.
 */
export function useQueryLimits(limits: ServerConfig['limits']): Plugin {
  const reject = (context: ValidationContext | null, error: GraphQLError) => {
    const coded = edgeError(ERROR_CODES.QUERY_TOO_COMPLEX, error.message.replace(/^Syntax Error: /, ''));
    // The token limit rejects inside the parser, where there is no validation context to report to.
    if (!context) throw coded;
    context.reportError(coded);
  };
  const common = { onReject: [reject], propagateOnRejection: false, exposeLimits: true };
  const plugins = [
    maxTokensPlugin({ ...common, n: limits.maxTokens }),
    maxDepthPlugin({ ...common, n: limits.maxDepth }),
    maxAliasesPlugin({ ...common, n: limits.maxAliases }),
    costLimitPlugin({ ...common, maxCost: limits.maxCost }),
  ] as Plugin[];
  return {
    onParse: (payload) => {
      for (const plugin of plugins) plugin.onParse?.(payload);
    },
    onValidate: (payload) => {
      for (const plugin of plugins) plugin.onValidate?.(payload);
    },
  };
}
