import {
  jsonResponse,
  matchPath,
  type ReplicaHandler,
  type ReplicaRequest,
  type ReplicaResponse,
  type World,
} from '../replica/index.ts';
import { deedJson, deedmobInitiatives, organizationJson, peerToPeerDeed } from './replica-data.ts';

/** Data faults and site settings of the Deedmob replica; transport faults come from `withFaults`. */
export interface DeedmobReplicaOptions {
  /** Embed each deed's organisation when the list is asked `withOrganization=true` (true, as current sites do). */
  readonly organizationInList?: boolean;
  /** Include residents' peer-to-peer requests for help (true, as on real sites). */
  readonly peerToPeer?: boolean;
  /** Positions, in deed-id order, of deeds served with one broken field (in turn: title, id, capacity). */
  readonly malformed?: readonly number[];
  /** Serve page 1 whatever page is asked for, like a site that ignores `page`. */
  readonly repeatPage?: boolean;
  /** A members-only site: every API request answers 401. */
  readonly membersOnly?: boolean;
}

/** Source options the demo harvests the replica with: the public address its pages link to. */
export const DEMO_SOURCE_OPTIONS = { webUrl: 'https://www.vrijwilligersplein.example.nl' } as const;

/** The organisation of the site itself, under which residents post their requests. */
const SITE_ORGANIZATION_ID = 3204;
const MAX_PAGE_SIZE = 50;

/** Deedmob's error envelope: `{ status, error, data: null }`. */
export function deedmobError(status: number, error: string): ReplicaResponse {
  return jsonResponse(status, { status, error, data: null });
}

/** What a Deedmob site serves at its API paths to a browser: the web app's shell. */
const APP_SHELL: ReplicaResponse = {
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Vrijwilligersplein</title></head><body><div id="root"></div><script src="/static/js/main.js"></script></body></html>',
};

/**
 * A replica of one Deedmob site serving the world's initiatives that are on Deedmob: each initiative is an
 * organisation and each of its Deedmob opportunities a deed, plus residents' peer-to-peer requests. Serves
 * `GET /api/deeds?page=&pageSize=&withOrganization=` (the `{ status, error, data: { results, pagination } }`
 * envelope, at most 50 per page, newest first) and `GET /api/deeds/{id}`; answers the web app's HTML when the
 * `x-requested-with: XMLHttpRequest` header is missing, and Deedmob's error envelope otherwise.
 *
 * @example
 * const server = await startReplicaServer(createDeedmobReplica(generateWorld({ seed: 1, size: 500 })));
 */
export function createDeedmobReplica(world: World, options: DeedmobReplicaOptions = {}): ReplicaHandler {
  const deeds = buildDeeds(world, options);
  const byId = new Map(deeds.map((deed) => [String(deed.id), deed]));
  const listed = [...deeds].sort(
    (a, b) =>
      String(b.published_at ?? '').localeCompare(String(a.published_at ?? '')) || Number(b.id) - Number(a.id),
  );
  return (request) => {
    if (request.headers['x-requested-with'] !== 'XMLHttpRequest') return APP_SHELL;
    if (options.membersOnly) return deedmobError(401, 'Unauthorized');
    if (request.path === '/api/deeds') return listDeeds(request, listed, options);
    const detail = matchPath('/api/deeds/:id', request.path);
    if (detail) {
      const deed = byId.get(detail.id ?? '');
      return deed
        ? jsonResponse(200, { status: 200, error: null, data: { deed } })
        : deedmobError(404, 'Not Found');
    }
    return deedmobError(404, 'Not Found');
  };
}

/** Every deed of the site, in deed-id order, with faults applied; `organization` is embedded in all. */
function buildDeeds(world: World, options: DeedmobReplicaOptions): Record<string, unknown>[] {
  const entries = deedmobInitiatives(world);
  const deeds = entries
    .flatMap(({ initiative, opportunities }) =>
      opportunities.map((opportunity): Record<string, unknown> => ({
        ...deedJson(initiative, opportunity, initiative.opportunities.indexOf(opportunity) + 1),
        organization: organizationJson(initiative),
      })),
    )
    .sort((a, b) => Number(a.id) - Number(b.id));
  const faults = new Map((options.malformed ?? []).map((position, i) => [position, i % 3]));
  deeds.forEach((deed, position) => {
    const fault = faults.get(position);
    if (fault === 0) deed.title = null;
    if (fault === 1) deed.id = `deed-${String(deed.id)}`;
    if (fault === 2) deed.capacity = 'veel';
  });
  if (options.peerToPeer === false) return deeds;
  const residents = entries
    .filter((_, index) => index % 4 === 0)
    .map(({ initiative }) => peerToPeerDeed(initiative, SITE_ORGANIZATION_ID));
  return [...deeds, ...residents];
}

function listDeeds(
  request: ReplicaRequest,
  deeds: readonly Record<string, unknown>[],
  options: DeedmobReplicaOptions,
): ReplicaResponse {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(request.query.get('pageSize')) || 20));
  const asked = Math.max(1, Math.floor(Number(request.query.get('page')) || 1));
  const page = options.repeatPage ? 1 : asked;
  const embed = request.query.get('withOrganization') === 'true' && options.organizationInList !== false;
  const results = deeds
    .slice((page - 1) * pageSize, page * pageSize)
    .map((deed) => (embed ? deed : withoutOrganization(deed)));
  return jsonResponse(200, {
    status: 200,
    error: null,
    data: {
      results,
      pagination: { page, pageSize, rowCount: deeds.length, pageCount: Math.ceil(deeds.length / pageSize) },
    },
  });
}

function withoutOrganization(deed: Record<string, unknown>): Record<string, unknown> {
  const { organization: _organization, ...rest } = deed;
  return rest;
}
