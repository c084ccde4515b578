import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../../schema/error-codes.ts';

/** The caller's role as the gateway vouches for it: `reader` reads the graph, `admin` also curates. */
export type SubgraphRole = 'reader' | 'admin';

/** The header in which the gateway names the caller's role. */
export const ROLE_HEADER = 'x-knooppunt-role';
/** The header with the secret that proves a call comes from the gateway. */
export const INTERNAL_TOKEN_HEADER = 'x-knooppunt-internal-token';

/** A fresh random internal token (256 bits, hex), for an embedded deployment where gateway and subgraphs share a process. */
export function createInternalToken(): string {
  return randomBytes(32).toString('hex');
}

function header(headers: Headers | IncomingHttpHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The role of a subgraph request: `admin` only when the request carries the internal token the subgraph was
 * given and the role header says admin; `reader` otherwise (no token configured, a wrong token, another role),
 * so a client that reaches a subgraph directly can never claim a role.
 */
export function roleFromRequest(
  headers: Headers | IncomingHttpHeaders,
  internalToken: string | undefined,
): SubgraphRole {
  const token = header(headers, INTERNAL_TOKEN_HEADER);
  if (!internalToken || !token || !sameSecret(token, internalToken)) return 'reader';
  return header(headers, ROLE_HEADER)?.trim() === 'admin' ? 'admin' : 'reader';
}

/** Refuses a non-admin caller with code FORBIDDEN, naming what was asked for. */
export function requireAdmin(context: { readonly role: SubgraphRole }, what: string): void {
  if (context.role !== 'admin') {
    throw new GraphQLError(`${what} needs an API key with the admin role`, {
      extensions: { code: ERROR_CODES.FORBIDDEN },
    });
  }
}
