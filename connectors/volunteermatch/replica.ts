import { graphql } from 'graphql';
import { jsonResponse, type ReplicaHandler, type ReplicaResponse, type World } from '../replica/index.ts';
import { opportunityJson, type ReplicaOpportunity, volunteerMatchOpportunities } from './replica-data.ts';
import { VOLUNTEERMATCH_REPLICA_SCHEMA } from './replica-schema.ts';

/** Data faults and settings of the VolunteerMatch replica; transport faults come from `withFaults`. */
export interface VolunteerMatchReplicaOptions {
  /** The key the replica's gateway accepts in `X-api-key`. */
  readonly apiKey?: string;
  /** Positions, newest update first, of opportunities served with one broken field (title, then organisation name). */
  readonly malformed?: readonly number[];
  /** Serve the first page whatever `pageNumber` is asked for. */
  readonly repeatPage?: boolean;
}

/** The key the demo's source must send: `options: { apiKey: ... }` (from the environment in real configs). */
export const DEMO_REPLICA_OPTIONS = { apiKey: 'demo-volunteermatch-key' } as const;

/** What the API gateway in front of VolunteerMatch answers: `{ message }`. */
export function gatewayError(status: number, message: string): ReplicaResponse {
  return jsonResponse(status, { message });
}

interface SearchInput {
  readonly location?: string | null;
  readonly virtual?: boolean | null;
  readonly categories?: readonly string[] | null;
  readonly pageNumber?: number | null;
  readonly numberOfResults?: number | null;
  readonly ids?: readonly number[] | null;
}

/**
 * A replica of VolunteerMatch's GraphQL API (`POST /graphql`) behind its API gateway: `X-api-key` is checked
 * (403 `{"message":"Forbidden"}`), anything but a JSON POST to `/graphql` gets the gateway's
 * `Missing Authentication Token`, and `searchOpportunities` runs over a subset of the real schema with
 * graphql-js, so unknown fields fail as at VolunteerMatch. A search returns the active opportunities of the
 * world's VolunteerMatch initiatives whose city or ZIP code matches `location` (the part before the comma),
 * or the virtual ones, newest update first, `numberOfResults` (at most 100) per `pageNumber`.
 *
 * @example
 * const server = await startReplicaServer(createVolunteerMatchReplica(generateWorld({ seed: 1, size: 6000 })));
 */
export function createVolunteerMatchReplica(
  world: World,
  options: VolunteerMatchReplicaOptions = {},
): ReplicaHandler {
  const apiKey = options.apiKey ?? DEMO_REPLICA_OPTIONS.apiKey;
  const opportunities = buildOpportunities(world, options);
  const root = {
    searchOpportunities: ({ input }: { input: SearchInput }) => search(opportunities, input, options),
  };

  return async (request) => {
    if (request.method !== 'POST' || request.path !== '/graphql') {
      return gatewayError(403, 'Missing Authentication Token');
    }
    if (request.headers['x-api-key'] !== apiKey) return gatewayError(403, 'Forbidden');
    if (!/application\/json/i.test(request.headers['content-type'] ?? '')) {
      return jsonResponse(415, { errors: [{ message: 'Content-Type must be application/json' }] });
    }
    let body: { query?: string; variables?: Record<string, unknown> };
    try {
      body = JSON.parse(request.body) as typeof body;
    } catch {
      return jsonResponse(400, { errors: [{ message: 'Unexpected token in JSON body' }] });
    }
    if (!body.query) return jsonResponse(400, { errors: [{ message: 'Must provide query string.' }] });
    const result = await graphql({
      schema: VOLUNTEERMATCH_REPLICA_SCHEMA,
      source: body.query,
      rootValue: root,
      variableValues: body.variables,
    });
    return jsonResponse(result.errors && !result.data ? 400 : 200, result);
  };
}

function buildOpportunities(world: World, options: VolunteerMatchReplicaOptions): ReplicaOpportunity[] {
  const all = volunteerMatchOpportunities(world)
    .map(({ initiative, opportunity, n }) => opportunityJson(initiative, opportunity, n))
    .sort((a, b) => b.updated.localeCompare(a.updated) || Number(b.json.id) - Number(a.json.id));
  const faults = new Map((options.malformed ?? []).map((position, i) => [position, i % 2]));
  all.forEach((opportunity, position) => {
    const fault = faults.get(position);
    if (fault === 0) opportunity.json.title = null;
    if (fault === 1) opportunity.json.parentOrg = { ...(opportunity.json.parentOrg as object), name: null };
  });
  return all;
}

function search(
  all: readonly ReplicaOpportunity[],
  input: SearchInput,
  options: VolunteerMatchReplicaOptions,
) {
  const place = input.location?.split(',')[0]?.trim().toLowerCase();
  const matching = all.filter((opportunity) => {
    if (input.ids?.length) return input.ids.includes(Number(opportunity.json.id));
    if (input.categories?.length && !opportunity.categories.some((c) => input.categories!.includes(c)))
      return false;
    if (input.virtual) return opportunity.virtual;
    return (
      !opportunity.virtual && (opportunity.city.toLowerCase() === place || opportunity.zipcode === place)
    );
  });
  const size = Math.min(100, Math.max(1, input.numberOfResults ?? 10));
  const page = options.repeatPage ? 1 : Math.max(1, input.pageNumber ?? 1);
  return {
    resultsSize: matching.length,
    currentPage: page,
    numberOfResults: size,
    opportunities: matching.slice((page - 1) * size, page * size).map((opportunity) => opportunity.json),
  };
}
