import {
  jsonResponse,
  matchPath,
  type ReplicaHandler,
  type ReplicaRequest,
  type ReplicaResponse,
  type World,
  withEtag,
} from '../replica/index.ts';
import {
  betterplaceInitiatives,
  organisationId,
  organisationJson,
  projectId,
  projectJson,
  type ReplicaProject,
} from './replica-data.ts';

/** Data faults of the betterplace replica; transport faults come from `withFaults`. */
export interface BetterplaceReplicaOptions {
  /**
   * Positions, in project-id order, of projects served with one broken field (in turn: a null title, a
   * carrier without name, a donated amount that is not a number).
   */
  readonly malformed?: readonly number[];
  /** Positions, in project-id order, of projects carried by a private person (a carrier without `self` link). */
  readonly personCarried?: readonly number[];
  /** Serve page 1 whatever page is asked for, like a platform that ignores `page`. */
  readonly repeatPage?: boolean;
  /** Answer every api_v4 request with this status, as a retired API does. */
  readonly retired?: 404 | 410;
}

const LOCALES = new Set(['de', 'en']);
const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 200;

/** betterplace's error body (`{ name, status, status_code, reason, links }`). */
export function betterplaceError(status: number, reason: string): ReplicaResponse {
  const names: Record<number, string> = {
    404: 'not_found',
    410: 'gone',
    429: 'too_many_requests',
    500: 'internal_server_error',
  };
  return jsonResponse(status, {
    name: 'GeneralError',
    status: names[status] ?? 'error',
    status_code: status,
    reason,
    links: [],
  });
}

/**
 * A replica of betterplace.org api_v4 serving the world's initiatives that are on betterplace: each
 * initiative is a carrier organisation and each of its betterplace campaigns a project. Serves
 * `/{de|en}/api_v4/projects.json` (envelope, `page`, `per_page` capped at 200, `order`, `facets`, ETag and
 * 304), `/{de|en}/api_v4/projects/{id}.json` and `/{de|en}/api_v4/organisations/{id}.json`, and answers
 * anything else with the platform's 404 body.
 *
 * @example
 * const server = await startReplicaServer(createBetterplaceReplica(generateWorld({ seed: 1, size: 500 }), {}));
 */
export function createBetterplaceReplica(
  world: World,
  options: BetterplaceReplicaOptions = {},
): ReplicaHandler {
  const entries = betterplaceInitiatives(world);
  const projects = new Map<string, ReplicaProject[]>();
  const organisations = new Map(entries.map(({ initiative }) => [organisationId(initiative), initiative]));

  function projectsFor(locale: string): ReplicaProject[] {
    let list = projects.get(locale);
    if (!list) {
      list = buildProjects(entries, locale, options);
      projects.set(locale, list);
    }
    return list;
  }

  return (request) => {
    if (options.retired)
      return betterplaceError(options.retired, options.retired === 410 ? 'Gone' : 'Record Not Found');
    const list = matchPath('/:locale/api_v4/projects.json', request.path);
    if (list && LOCALES.has(list.locale ?? ''))
      return withEtag(request, listProjects(request, projectsFor(list.locale!), options));
    const detail = matchPath('/:locale/api_v4/projects/:id.json', request.path);
    if (detail && LOCALES.has(detail.locale ?? '')) {
      const project = projectsFor(detail.locale!).find((p) => String(p.id) === detail.id);
      return project
        ? withEtag(request, jsonResponse(200, project.json))
        : betterplaceError(404, 'Record Not Found');
    }
    const organisation = matchPath('/:locale/api_v4/organisations/:id.json', request.path);
    if (organisation && LOCALES.has(organisation.locale ?? '')) {
      const initiative = organisations.get(Number(organisation.id));
      return initiative
        ? withEtag(request, jsonResponse(200, organisationJson(initiative, organisation.locale!)))
        : betterplaceError(404, 'Record Not Found');
    }
    return betterplaceError(404, 'Record Not Found');
  };
}

function buildProjects(
  entries: ReturnType<typeof betterplaceInitiatives>,
  locale: string,
  options: BetterplaceReplicaOptions,
): ReplicaProject[] {
  const all = entries
    .flatMap(({ initiative, campaigns }) =>
      campaigns.map((campaign) => ({ initiative, campaign, n: initiative.campaigns.indexOf(campaign) + 1 })),
    )
    .sort((a, b) => projectId(a.initiative, a.n) - projectId(b.initiative, b.n));
  const malformed = new Map((options.malformed ?? []).map((position, i) => [position, i % 3]));
  const personCarried = new Set(options.personCarried ?? []);
  return all.map(({ initiative, campaign, n }, position) => {
    const json = projectJson(initiative, campaign, n, locale, { personCarried: personCarried.has(position) });
    const fault = malformed.get(position);
    if (fault === 0) json.title = null;
    if (fault === 1) json.carrier = { ...(json.carrier as object), name: undefined };
    if (fault === 2) json.donated_amount_in_cents = 'n/a';
    return {
      id: projectId(initiative, n),
      json,
      updatedAt: Date.parse(campaign.updatedAt),
      createdAt: Date.parse(campaign.createdAt),
      completed: campaign.completedAt !== undefined,
      closed: campaign.closedAt !== undefined,
      progress: Number(json.progress_percentage),
    };
  });
}

type SortKey = 'id' | 'updatedAt' | 'createdAt' | 'progress' | 'completed' | 'closed';
const ORDER_FIELDS: Readonly<Record<string, SortKey>> = {
  id: 'id',
  rank: 'id',
  updated_at: 'updatedAt',
  created_at: 'createdAt',
  progress_percentage: 'progress',
  completed: 'completed',
  closed: 'closed',
};

function listProjects(
  request: ReplicaRequest,
  all: ReplicaProject[],
  options: BetterplaceReplicaOptions,
): ReplicaResponse {
  const facets = parsePairs(request.query.get('facets'));
  const filtered = all.filter((project) =>
    facets.every(([key, value]) => {
      const wanted = value.toLowerCase() === 'true';
      if (key === 'completed') return project.completed === wanted;
      if (key === 'closed') return project.closed === wanted;
      if (key === 'prohibit_donations') return project.closed === wanted;
      return true;
    }),
  );
  const order = parsePairs(request.query.get('order') ?? 'rank:DESC');
  const sorted = [...filtered].sort((a, b) => {
    for (const [field, direction] of order) {
      const key = ORDER_FIELDS[field];
      if (!key) continue;
      const diff = Number(a[key]) - Number(b[key]);
      if (diff !== 0) return direction.toUpperCase() === 'DESC' ? -diff : diff;
    }
    return 0;
  });
  const perPage = Math.min(
    MAX_PER_PAGE,
    Math.max(1, Number(request.query.get('per_page')) || DEFAULT_PER_PAGE),
  );
  const asked = Math.max(1, Math.floor(Number(request.query.get('page')) || 1));
  const page = options.repeatPage ? 1 : asked;
  const offset = (page - 1) * perPage;
  return jsonResponse(200, {
    total_entries: sorted.length,
    offset,
    total_pages: Math.ceil(sorted.length / perPage),
    current_page: page,
    per_page: perPage,
    data: sorted.slice(offset, offset + perPage).map((project) => project.json),
  });
}

/** Parses betterplace's `key:value|key:value` parameters. */
function parsePairs(value: string | null): [string, string][] {
  if (!value) return [];
  return value.split('|').flatMap((pair) => {
    const [key, ...rest] = pair.split(':');
    return key ? [[key.trim(), rest.join(':').trim()] as [string, string]] : [];
  });
}
