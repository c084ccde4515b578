import type { RequestStates } from './request-state.ts';

/** The header that tells a subgraph the caller's role (`reader` or `admin`). */
export const ROLE_HEADER = 'x-knooppunt-role';
/** The header that proves to a subgraph that the call comes from the gateway. */
export const INTERNAL_TOKEN_HEADER = 'x-knooppunt-internal-token';

/**
 * The headers the gateway sends every subgraph: the role it authenticated and the internal token. Nothing the
 * client sent is passed through, so a client cannot claim a role or a token of its own.
 */
export function internalHeaders(
  states: RequestStates,
  internalToken: string | undefined,
): (payload: { context: unknown }) => Record<string, string> {
  return ({ context }) => ({
    [ROLE_HEADER]: states.of(context)?.role ?? 'reader',
    ...(internalToken ? { [INTERNAL_TOKEN_HEADER]: internalToken } : {}),
  });
}
