import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../../schema/error-codes.ts';
import { edgeError } from './errors.ts';

/**
 * Ends an execution that runs longer than `timeoutMs` with the code TIMEOUT (HTTP 504) instead of letting the
 * client wait, and aborts the subgraph calls still in flight (the gateway's upstream cancellation follows the
 * execution's signal).
 */
export function useExecutionTimeout(options: { readonly timeoutMs: number }): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const controller = new AbortController();
      const withSignal = args as { signal?: AbortSignal };
      withSignal.signal = withSignal.signal
        ? AbortSignal.any([withSignal.signal, controller.signal])
        : controller.signal;
      setExecuteFn((executeArgs) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            controller.abort(new Error(`execution took longer than ${options.timeoutMs} ms`));
            resolve({
              errors: [
                edgeError(
                  ERROR_CODES.TIMEOUT,
                  `The request took longer than ${options.timeoutMs} ms and was stopped`,
                  {},
                  504,
                ),
              ],
            });
          }, options.timeoutMs);
        });
        return Promise.race([Promise.resolve(executeFn(executeArgs)), timedOut]).finally(() =>
          clearTimeout(timer),
        );
      });
    },
  };
}
