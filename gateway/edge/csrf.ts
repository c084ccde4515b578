import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from '../../schema/error-codes.ts';
import { edgeError } from './errors.ts';

/**
 * Headers any of which proves a request is not a browser's "simple" cross-site request: a page can only send
 * them after a CORS preflight the gateway answers. API keys travel in such headers anyway.
 */
export const CSRF_HEADERS = ['x-graphql-csrf', 'apollo-require-preflight', 'authorization', 'x-api-key'];

/**
 * CSRF prevention with Yoga's plugin: a GET or a form/text POST (which browsers send cross-site without asking)
 * must carry one of `CSRF_HEADERS`. Yoga's refusal is re-raised with the public code CSRF_REJECTED (HTTP 403).
 */
export function useCsrfPrevention(): Plugin {
  const yoga = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      try {
        return yoga.onRequestParse?.(payload);
      } catch {
        // The hook throws only its refusal.
        throw edgeError(
          ERROR_CODES.CSRF_REJECTED,
          `This request could come from another site: send a JSON body, or one of the headers ${CSRF_HEADERS.join(', ')}`,
          {},
          403,
        );
      }
    },
  };
}
