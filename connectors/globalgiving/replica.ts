import { XMLBuilder } from 'fast-xml-parser';
import {
  jsonResponse,
  matchPath,
  type ReplicaHandler,
  type ReplicaRequest,
  type ReplicaResponse,
  type World,
} from '../replica/index.ts';
import { globalGivingEntries, organisationJson, projectJson } from './replica-data.ts';

/** The API key the replica accepts unless told otherwise; the demo configures it as the source's key. */
export const REPLICA_API_KEY = 'replica-api-key';

/** What `knooppunt demo` passes to the replica, and the key the demo source must use. */
export const DEMO_REPLICA_OPTIONS = {
  apiKeys: [REPLICA_API_KEY],
} as const satisfies GlobalGivingReplicaOptions;

/** Data faults and settings of the GlobalGiving replica; transport faults come from `withFaults`. */
export interface GlobalGivingReplicaOptions {
  /** Keys the replica accepts; `[REPLICA_API_KEY]` by default. */
  readonly apiKeys?: readonly string[];
  /** Positions, in project-id order, of projects served with one broken field (in turn: no title, a goal that is no number, an organisation without name). */
  readonly malformed?: readonly number[];
  /** Answer every list page with the same `nextProjectId`, like a platform whose cursor does not move. */
  readonly repeatCursor?: boolean;
}

const PAGE_SIZE = 10;
const PROJECTS = '/api/public/projectservice/all/projects';
const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true });

/** GlobalGiving's error body, in JSON or XML as the request accepts. */
export function globalGivingError(status: number, message: string, asXml = false): ReplicaResponse {
  const statuses: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
  };
  const body = {
    error_response: {
      error_code: String(status),
      status: statuses[status] ?? 'Error',
      errors: { error: [{ error_message: message }] },
    },
  };
  return asXml ? xmlResponse(status, body) : jsonResponse(status, body);
}

/**
 * A replica of the GlobalGiving Project API serving the world's initiatives that are on GlobalGiving: each is
 * an organisation, each of its GlobalGiving campaigns a project (amounts in US dollars, times in US Eastern
 * time). Serves `/api/public/projectservice/all/projects[/active]`, `/api/public/orgservice/all/organizations`
 * (ten a page, `hasNext` and `nextProjectId` / `nextOrgId`, both absent on the last page), project and
 * organisation details, JSON or XML by the Accept header, and the platform's error body for a missing or
 * wrong `api_key` (401) and unknown paths (404). Like the real list, organisations come with single-element
 * lists as objects and numeric postcodes as numbers.
 *
 * @example
 * const server = await startReplicaServer(createGlobalGivingReplica(generateWorld({ seed: 1, size: 500 })));
 */
export function createGlobalGivingReplica(
  world: World,
  options: GlobalGivingReplicaOptions = {},
): ReplicaHandler {
  const entries = globalGivingEntries(world);
  const keys = new Set(options.apiKeys ?? [REPLICA_API_KEY]);
  const projects = buildProjects(entries, options);
  const organisations = entries
    .map((entry) => organisationJson(entry))
    .sort((a, b) => Number(a.id) - Number(b.id));

  return (request) => {
    const asXml = /application\/xml|text\/xml/.test(String(request.headers.accept ?? ''));
    const key = request.query.get('api_key');
    if (!key || !keys.has(key)) {
      return globalGivingError(401, key ? 'Invalid api_key' : 'Missing required parameter api_key', asXml);
    }
    const send = (body: unknown) => (asXml ? xmlResponse(200, body) : jsonResponse(200, body));
    const path = request.path.replace(/\/+$/, '');
    if (path === PROJECTS || path === `${PROJECTS}/active`) {
      const items = path === PROJECTS ? projects : projects.filter((project) => project.active === true);
      return send(page(request, items, 'projects', 'project', 'nextProjectId', options, asXml));
    }
    if (path === '/api/public/orgservice/all/organizations') {
      const items = asXml ? organisations : organisations.map(likeRecordedJson);
      return send(page(request, items, 'organizations', 'organization', 'nextOrgId', options, asXml));
    }
    const project = matchPath('/api/public/projectservice/projects/:id', path);
    if (project) {
      const found = projects.find((p) => String(p.id) === project.id);
      return found ? send({ project: found }) : globalGivingError(404, 'Project not found', asXml);
    }
    const organisation = matchPath('/api/public/orgservice/organization/:id', path);
    if (organisation) {
      const found = organisations.find((o) => String(o.id) === organisation.id);
      return found ? send({ organization: found }) : globalGivingError(404, 'Organization not found', asXml);
    }
    return globalGivingError(404, 'Resource not found', asXml);
  };
}

function buildProjects(
  entries: ReturnType<typeof globalGivingEntries>,
  options: GlobalGivingReplicaOptions,
): Record<string, unknown>[] {
  const all = entries
    .flatMap((entry) => entry.campaigns.map((campaign) => projectJson(entry, campaign)))
    .sort((a, b) => Number(a.id) - Number(b.id));
  (options.malformed ?? []).forEach((position, i) => {
    const project = all[position];
    if (!project) return;
    if (i % 3 === 0) delete project.title;
    if (i % 3 === 1) project.goal = 'n/a';
    if (i % 3 === 2) project.organization = { ...(project.organization as object), name: '' };
  });
  return all;
}

/**
 * One list page: items from the requested id on, ten of them; `hasNext` and the next id only when more
 * follow. An empty list answers `{ numberFound: 0 }` alone, as GlobalGiving does.
 */
function page(
  request: ReplicaRequest,
  items: readonly Record<string, unknown>[],
  envelope: string,
  item: string,
  cursor: string,
  options: GlobalGivingReplicaOptions,
  asXml: boolean,
): unknown {
  const from = Number(request.query.get(cursor) ?? 0) || 0;
  const rest = items.filter((entry) => Number(entry.id) >= from);
  const slice = rest.slice(0, PAGE_SIZE);
  const following = rest[PAGE_SIZE];
  const next = options.repeatCursor && items[PAGE_SIZE] ? items[PAGE_SIZE].id : following?.id;
  const body: Record<string, unknown> = asXml ? { '@_numberFound': items.length } : {};
  if (next !== undefined) Object.assign(body, { hasNext: true, [cursor]: next });
  if (slice.length > 0) body[item] = slice;
  if (!asXml) body.numberFound = items.length;
  return { [envelope]: body };
}

/**
 * An organisation as the recorded `all/organizations` JSON shows it: a list with one element as that element,
 * and a postcode of digits as a number.
 */
function likeRecordedJson(organisation: Record<string, unknown>): Record<string, unknown> {
  const single = (list: { [key: string]: unknown[] } | undefined, key: string) =>
    list && list[key]?.length === 1 ? { [key]: list[key][0] } : list;
  const postal = organisation.postal;
  return {
    ...organisation,
    postal: typeof postal === 'string' && /^[1-9]\d*$/.test(postal) ? Number(postal) : postal,
    themes: single(organisation.themes as { theme: unknown[] }, 'theme'),
    countries: single(organisation.countries as { country: unknown[] }, 'country'),
  };
}

function xmlResponse(status: number, body: unknown): ReplicaResponse {
  return {
    status,
    headers: { 'content-type': 'application/xml;charset=UTF-8' },
    body: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml.build(body)}`,
  };
}
