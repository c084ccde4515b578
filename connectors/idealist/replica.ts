import {
  jsonResponse,
  matchPath,
  type ReplicaHandler,
  type ReplicaRequest,
  type ReplicaResponse,
  type World,
} from '../replica/index.ts';
import { idealistInitiatives, summaryJson, volopJson } from './replica-data.ts';

/** Data faults and settings of the Idealist replica; transport faults come from `withFaults`. */
export interface IdealistReplicaOptions {
  /** The API key the replica accepts as Basic user name. */
  readonly apiKey?: string;
  /** Listings per page of the list (Idealist's own page size is not published; 100 here). */
  readonly pageSize?: number;
  /** Positions, in change order, of listings whose details come with one broken field (name, then org name). */
  readonly malformed?: readonly number[];
  /** Answer 404 for the details of unpublished listings, as for listings deleted rather than unpublished. */
  readonly goneOnUnpublish?: boolean;
  /** Ignore `since`: always serve the first page with `hasMore: true`, like an API whose cursor broke. */
  readonly ignoreSince?: boolean;
}

/** The key the demo's source must send: `options: { apiKey: ... }` (from the environment in real configs). */
export const DEMO_REPLICA_OPTIONS = { apiKey: 'demo-idealist-key' } as const;

/** Idealist's error body: `{ detail }`, as its API answers for authentication, missing records and throttling. */
export function idealistError(status: number, detail: string): ReplicaResponse {
  return jsonResponse(status, { detail });
}

interface Listing {
  readonly summary: Record<string, unknown>;
  readonly volop: Record<string, unknown>;
  readonly updated: string;
}

/**
 * A replica of Idealist's Listings API for volunteer opportunities, serving the world's Idealist initiatives:
 * `GET /api/v1/listings/volops[?since=]` (`{ volops, hasMore }`, oldest change first, `since` exclusive) and
 * `GET /api/v1/listings/volops/{id}` (`{ volop }`), behind HTTP Basic authentication with the API key as user
 * name. Filled and closed listings are unpublished (`isPublished: false`) and keep their details. Listings
 * carry a coordinator's name, e-mail address and phone number in their texts, as real ones do.
 *
 * @example
 * const server = await startReplicaServer(createIdealistReplica(generateWorld({ seed: 1, size: 4000 }), { apiKey: 'k' }));
 */
export function createIdealistReplica(world: World, options: IdealistReplicaOptions = {}): ReplicaHandler {
  const apiKey = options.apiKey ?? DEMO_REPLICA_OPTIONS.apiKey;
  const listings = buildListings(world, options);
  const byId = new Map(listings.map((listing) => [String(listing.summary.id), listing]));
  return (request) => {
    const denied = authenticate(request, apiKey);
    if (denied) return denied;
    if (request.path === '/api/v1/listings/volops') return list(request, listings, options);
    const detail = matchPath('/api/v1/listings/volops/:id', request.path);
    const listing = detail ? byId.get(detail.id ?? '') : undefined;
    if (!listing || (options.goneOnUnpublish && listing.summary.isPublished === false)) {
      return idealistError(404, 'Not found.');
    }
    return jsonResponse(200, { volop: listing.volop });
  };
}

function authenticate(request: ReplicaRequest, apiKey: string): ReplicaResponse | undefined {
  const header = request.headers.authorization;
  if (!header) return idealistError(401, 'Authentication credentials were not provided.');
  const [scheme, encoded] = header.split(' ');
  const user = Buffer.from(encoded ?? '', 'base64')
    .toString('utf8')
    .split(':')[0];
  return scheme === 'Basic' && user === apiKey ? undefined : idealistError(401, 'Invalid token.');
}

function buildListings(world: World, options: IdealistReplicaOptions): Listing[] {
  const listings = idealistInitiatives(world)
    .flatMap(({ initiative, opportunities }) =>
      opportunities.map((opportunity) => {
        const volop = volopJson(initiative, opportunity);
        return { summary: summaryJson(volop, opportunity), volop, updated: String(volop.updated) };
      }),
    )
    .sort((a, b) => a.updated.localeCompare(b.updated));
  const faults = new Map((options.malformed ?? []).map((position, i) => [position, i % 2]));
  listings.forEach((listing, position) => {
    const fault = faults.get(position);
    if (fault === 0) listing.volop.name = null;
    if (fault === 1) listing.volop.org = { ...(listing.volop.org as object), name: '' };
  });
  return listings;
}

function list(request: ReplicaRequest, listings: readonly Listing[], options: IdealistReplicaOptions) {
  const pageSize = options.pageSize ?? 100;
  const since = options.ignoreSince ? undefined : (request.query.get('since') ?? undefined);
  const after = since === undefined ? listings : listings.filter((listing) => listing.updated > since);
  return jsonResponse(200, {
    volops: after.slice(0, pageSize).map((listing) => listing.summary),
    hasMore: options.ignoreSince ? true : after.length > pageSize,
  });
}
