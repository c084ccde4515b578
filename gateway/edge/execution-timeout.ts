import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../../schema/error-codes.ts';
import { edgeError } from './errors.ts';

/**
 * Ends an execution that runs longer than `timeoutMs` with the code TIMEOUT (HTTP 504) instead of letting the
 * client wait; subgraph calls still in flight end at their own, shorter timeout.
 */
export function useExecutionTimeout(options: { readonly timeoutMs: number }): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  edgeError(
                    ERROR_CODES.TIMEOUT,
                    `The request took longer than ${options.timeoutMs} ms and was stopped`,
                    {},
                    504,
                  ),
                ],
              }),
            options.timeoutMs,
          );
        });
        return Promise.race([Promise.resolve(executeFn(args)), timedOut]).finally(() => clearTimeout(timer));
      });
    },
  };
}
