import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../../schema/error-codes.ts';
import { errorResponse, type FetchApi } from './errors.ts';
import type { RequestStates } from './request-state.ts';

/** Options of `useBodyLimit`. */
export interface BodyLimitOptions {
  readonly maxBytes: number;
  readonly states: RequestStates;
}

/**
 * Refuses GraphQL request bodies over `maxBytes` with 413 and the code PAYLOAD_TOO_LARGE, before anything
 * parses them: at once from Content-Length, or while reading a chunked body, which stops at the limit.
 */
export function useBodyLimit(options: BodyLimitOptions): Plugin {
  return {
    async onRequest({ request, setRequest, serverContext, fetchAPI, endResponse }) {
      const state = options.states.of(serverContext);
      if (!state || !request.body) return;
      const refuse = () => {
        state.errorCodes.add(ERROR_CODES.PAYLOAD_TOO_LARGE);
        endResponse(tooLarge(fetchAPI, options.maxBytes));
      };
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > options.maxBytes) refuse();
        return;
      }
      const body = await readAtMost(request.body, options.maxBytes);
      if (!body) return refuse();
      setRequest(
        new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }),
      );
    },
  };
}

function tooLarge(fetchApi: FetchApi, maxBytes: number): Response {
  return errorResponse(
    fetchApi,
    413,
    ERROR_CODES.PAYLOAD_TOO_LARGE,
    `The request body is larger than ${maxBytes} bytes`,
    { connection: 'close' },
  );
}

/** Reads a stream whole, or returns undefined (and stops reading) once it passes `maxBytes`. */
async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Buffer<ArrayBuffer> | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
