import { graphql } from 'graphql';
import {
  jsonResponse,
  type ReplicaHandler,
  type ReplicaRequest,
  type ReplicaResponse,
  type World,
} from '../replica/index.ts';
import { type ReplicaAccount, worldAccounts } from './replica-data.ts';
import { replicaSchema } from './replica-schema.ts';

/** Data faults and settings of the Open Collective replica; transport faults come from `withFaults`. */
export interface OpenCollectiveReplicaOptions {
  /** Personal tokens the replica accepts; any other `Personal-Token` is refused with 401. None by default. */
  readonly tokens?: readonly string[];
  /** Enforce Open Collective's per-minute limits (429 with Retry-After beyond them); off by default. */
  readonly rateLimit?: { readonly perMinute: number; readonly perMinuteWithToken: number };
  /** Positions, in creation order, of accounts served with a missing name (in turn: null, blank). */
  readonly malformed?: readonly number[];
  /** Positions, in creation order, of projects and events whose parent is a private person's account. */
  readonly personParent?: readonly number[];
}

/** The most accounts one query may ask for. */
const MAX_LIMIT = 1000;

/** Open Collective's answer to an HTTP-level error: a GraphQL `errors` list with a code. */
export function openCollectiveError(status: number, message: string, code: string): ReplicaResponse {
  return jsonResponse(status, { errors: [{ message, extensions: { code } }] });
}

/**
 * A replica of Open Collective's GraphQL API v2 serving the world's initiatives that are on Open Collective:
 * each is a collective (now and then a fund), each of its Open Collective campaigns a project or an event under
 * it. `POST /graphql/v2` runs the query with graphql-js over a subset of the real schema (replica-schema.ts),
 * so answers carry exactly the selected fields; `accounts` honours `limit` (at most 1,000), `offset`, `type`,
 * `orderBy`, `includeArchived` and `lastTransactionFrom`. A wrong `Personal-Token` gets 401, and with
 * `rateLimit` the replica answers 429 with Retry-After past 10 (or, with a token, 100) requests a minute.
 *
 * @example
 * const server = await startReplicaServer(createOpenCollectiveReplica(generateWorld({ seed: 1, size: 500 })));
 */
export function createOpenCollectiveReplica(
  world: World,
  options: OpenCollectiveReplicaOptions = {},
): ReplicaHandler {
  const accounts = withFaults(worldAccounts(world), options);
  const tokens = new Set(options.tokens ?? []);
  const window = { start: 0, tokenless: 0, token: 0 };
  return async (request) => {
    if (request.path.replace(/\/+$/, '') !== '/graphql/v2') {
      return openCollectiveError(404, `Cannot ${request.method} ${request.path}`, 'NOT_FOUND');
    }
    const token = header(request, 'personal-token');
    if (token !== undefined && !tokens.has(token)) {
      return openCollectiveError(401, 'Invalid personal token', 'UNAUTHORIZED');
    }
    const limited = rateLimited(options, window, token !== undefined);
    if (limited) return limited;
    if (request.method !== 'POST') {
      return openCollectiveError(400, 'GET query missing.', 'BAD_REQUEST');
    }
    let body: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      body = JSON.parse(request.body) as typeof body;
    } catch {
      return openCollectiveError(400, 'POST body sent invalid JSON.', 'BAD_REQUEST');
    }
    if (typeof body.query !== 'string') {
      return openCollectiveError(400, 'POST body must contain a "query" string.', 'BAD_REQUEST');
    }
    const result = await graphql({
      schema: replicaSchema(),
      source: body.query,
      variableValues: (body.variables ?? {}) as Record<string, unknown>,
      operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
      rootValue: { accounts: (args: AccountsArgs) => listAccounts(accounts, args) },
    });
    // Like Apollo Server: a query that does not validate never executes and gets 400.
    return jsonResponse(result.data === undefined ? 400 : 200, result);
  };
}

interface AccountsArgs {
  readonly limit: number;
  readonly offset: number;
  readonly type?: readonly string[] | null;
  readonly includeArchived?: boolean | null;
  readonly orderBy?: { readonly field: string; readonly direction: 'ASC' | 'DESC' } | null;
  readonly lastTransactionFrom?: string | null;
  readonly lastTransactionTo?: string | null;
}

function listAccounts(all: readonly ReplicaAccount[], args: AccountsArgs) {
  if (args.limit > MAX_LIMIT)
    throw new Error(`Cannot fetch more than ${MAX_LIMIT} accounts at the same time`);
  const from = args.lastTransactionFrom ? Date.parse(args.lastTransactionFrom) : undefined;
  const to = args.lastTransactionTo ? Date.parse(args.lastTransactionTo) : undefined;
  const filtered = all.filter(
    (account) =>
      (!args.type?.length || args.type.includes(account.type)) &&
      (args.includeArchived || !account.archived) &&
      (from === undefined ||
        (account.lastTransactionAt !== undefined && account.lastTransactionAt >= from)) &&
      (to === undefined || (account.lastTransactionAt !== undefined && account.lastTransactionAt <= to)),
  );
  const order = args.orderBy ?? { field: 'RANK', direction: 'DESC' };
  const key = (account: ReplicaAccount): number =>
    order.field === 'LAST_TRANSACTION_CREATED_AT'
      ? (account.lastTransactionAt ?? 0)
      : order.field === 'RANK'
        ? Number((account.node.stats as { contributorsCount: number }).contributorsCount)
        : account.createdAt;
  const sorted = [...filtered].sort((a, b) => {
    const diff = key(a) - key(b) || String(a.node.id).localeCompare(String(b.node.id));
    return order.direction === 'DESC' ? -diff : diff;
  });
  return {
    offset: args.offset,
    limit: args.limit,
    totalCount: sorted.length,
    nodes: sorted.slice(args.offset, args.offset + args.limit).map((account) => account.node),
  };
}

function withFaults(accounts: ReplicaAccount[], options: OpenCollectiveReplicaOptions): ReplicaAccount[] {
  const malformed = new Map((options.malformed ?? []).map((position, i) => [position, i % 2]));
  const personParent = new Set(options.personParent ?? []);
  return accounts.map((account, position) => {
    const fault = malformed.get(position);
    let node = account.node;
    if (fault !== undefined) node = { ...node, name: fault === 0 ? null : '  ' };
    if (personParent.has(position) && node.parent) {
      node = {
        ...node,
        parent: {
          __typename: 'Individual',
          id: `${String(node.id).slice(0, 18)}person00-00000000`,
          slug: 'anna-jansen',
          type: 'INDIVIDUAL',
          name: 'Anna Jansen',
          tags: [],
          socialLinks: [],
          currency: node.currency,
          isIncognito: false,
          isArchived: false,
          settings: {},
        },
      };
    }
    return node === account.node ? account : { ...account, node };
  });
}

function header(request: ReplicaRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function rateLimited(
  options: OpenCollectiveReplicaOptions,
  window: { start: number; tokenless: number; token: number },
  withToken: boolean,
): ReplicaResponse | undefined {
  if (!options.rateLimit) return undefined;
  const now = Date.now();
  if (now - window.start >= 60_000) Object.assign(window, { start: now, tokenless: 0, token: 0 });
  const count = withToken ? ++window.token : ++window.tokenless;
  const limit = withToken ? options.rateLimit.perMinuteWithToken : options.rateLimit.perMinute;
  if (count <= limit) return undefined;
  const retryAfter = Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
  return {
    ...openCollectiveError(429, 'Rate limit exceeded. Try again in a few minutes.', 'RATE_LIMIT_EXCEEDED'),
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) },
  };
}
