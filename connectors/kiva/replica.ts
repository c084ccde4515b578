import { graphql } from 'graphql';
import { jsonResponse, type ReplicaHandler, type ReplicaResponse, type World } from '../replica/index.ts';
import { type ReplicaLoan, replicaLoans } from './replica-data.ts';
import { KIVA_REPLICA_SCHEMA } from './replica-schema.ts';

/** Options of the Kiva replica. */
export interface KivaReplicaOptions {
  /** Answer every request after this many with Kiva's throttle: 403 Forbidden (Rate Limit Exceeded). */
  readonly rateLimitAfter?: number;
  /** Positions (newest first) of loans served with an amount that is no number. */
  readonly malformed?: readonly number[];
  /** Serve the first page whatever offset is asked for. */
  readonly repeatPage?: boolean;
}

/** Kiva's loan search filter values and the loan statuses they select. */
const STATUS_FILTERS: Readonly<Record<string, string>> = {
  fundRaising: 'fundraising',
  funded: 'funded',
  expired: 'expired',
};

interface LoanSearchArgs {
  readonly filters?: { readonly status?: string; readonly country?: readonly string[] } | null;
  readonly sortBy?: string | null;
  readonly offset?: number | null;
  readonly limit?: number | null;
}

/** Kiva's throttle answer: plain text, no JSON. */
function throttled(): ReplicaResponse {
  return {
    status: 403,
    headers: { 'content-type': 'text/plain' },
    body: '403 Forbidden (Rate Limit Exceeded)',
  };
}

/**
 * A replica of Kiva's public GraphQL API (`POST /graphql`, and `GET /graphql?query=`) serving the world's
 * Kiva initiatives' loans: each Kiva campaign as a field partner's loan, plus direct loans some initiatives
 * endorse as trustee and some without any organisation. The schema is executed for real (graphql-js), so
 * queries are validated and unknown fields fail as at Kiva (HTTP 400 with GRAPHQL_VALIDATION_FAILED).
 * Loans carry the borrower's name, story and photo, as Kiva's do, so tests can prove none gets through.
 *
 * @example
 * const server = await startReplicaServer(createKivaReplica(generateWorld({ seed: 1, size: 3000 })));
 */
export function createKivaReplica(world: World, options: KivaReplicaOptions = {}): ReplicaHandler {
  const loans = replicaLoans(world).sort((a, b) => b.posted - a.posted || b.id - a.id);
  const malformed = new Set((options.malformed ?? []).map((position) => loans[position]?.id));
  let requests = 0;

  const search = (args: LoanSearchArgs) => {
    const status = args.filters?.status ? STATUS_FILTERS[args.filters.status] : undefined;
    const countries = args.filters?.country ?? [];
    const matching = loans.filter(
      (loan) =>
        (args.filters?.status === undefined || loan.status === status) &&
        (countries.length === 0 || countries.includes(loan.country)),
    );
    const offset = options.repeatPage ? 0 : Math.max(0, args.offset ?? 0);
    const limit = Math.min(100, Math.max(0, args.limit ?? 20));
    return {
      totalCount: matching.length,
      values: matching.slice(offset, offset + limit).map((loan) => loanValue(loan, malformed)),
    };
  };
  const root = {
    lend: () => ({
      loans: search,
      loan: ({ id }: { id: number }) => {
        const loan = loans.find((candidate) => candidate.id === id);
        return loan ? loanValue(loan, malformed) : null;
      },
    }),
  };

  return async (request) => {
    requests++;
    if (options.rateLimitAfter !== undefined && requests > options.rateLimitAfter) return throttled();
    if (request.path !== '/graphql')
      return jsonResponse(404, { errors: [{ message: `Cannot ${request.method} ${request.path}` }] });
    let query: string | undefined;
    let variables: Record<string, unknown> | undefined;
    if (request.method === 'POST') {
      try {
        const body = JSON.parse(request.body) as { query?: string; variables?: Record<string, unknown> };
        query = body.query;
        variables = body.variables;
      } catch {
        return jsonResponse(400, {
          errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }],
        });
      }
    } else {
      query = request.query.get('query') ?? undefined;
      variables = JSON.parse(request.query.get('variables') ?? '{}') as Record<string, unknown>;
    }
    if (!query) {
      return jsonResponse(400, {
        errors: [
          {
            message: 'GraphQL operations must contain a non-empty `query`.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    }
    const result = await graphql({
      schema: KIVA_REPLICA_SCHEMA,
      source: query,
      rootValue: root,
      variableValues: variables,
    });
    const invalid = result.errors && !result.data;
    const body = {
      ...(result.errors
        ? {
            errors: result.errors.map((error) => ({
              ...error.toJSON(),
              extensions: { code: invalid ? 'GRAPHQL_VALIDATION_FAILED' : 'INTERNAL_SERVER_ERROR' },
            })),
          }
        : {}),
      ...(result.data ? { data: result.data } : {}),
    };
    return jsonResponse(invalid ? 400 : 200, body);
  };
}

/** A loan as the resolvers serve it: its JSON, the image URL resolved per requested size, a broken amount. */
function loanValue(loan: ReplicaLoan, malformed: ReadonlySet<number | undefined>): Record<string, unknown> {
  const image = loan.json.image as { id: number; hash: string };
  return {
    ...loan.json,
    loanAmount: malformed.has(loan.id) ? 'n/a' : loan.json.loanAmount,
    image: {
      ...image,
      url: ({ presetSize, customSize }: { presetSize?: string; customSize?: string }) =>
        `https://www-kiva-org.freetls.fastly.net/img/${customSize ?? presetSize ?? 'orig'}/${image.hash}.jpg`,
    },
  };
}
