import { jsonResponse, type ReplicaHandler, type ReplicaResponse } from '../../replica/index.ts';
import { REGISTER_FIELDS, type SubsidyRow } from './ckan-datastore.register.ts';

/** Options of the CKAN DataStore replica. */
export interface CkanReplicaOptions {
  /** The resource id the register is stored under. */
  readonly resourceId?: string;
  /** When set, the resource is private: requests need this API token in `Authorization`. */
  readonly apiKey?: string;
  /** `_id`s whose Bedrag is served as "n.v.t.", as a hand-edited CSV has it. */
  readonly malformed?: readonly number[];
}

/** CKAN's default and maximum rows per `datastore_search` (ckan.datastore.search.rows_default / rows_max). */
const ROWS_DEFAULT = 100;
const ROWS_MAX = 32_000;

/** CKAN's failure envelope: `{ help, success: false, error: { __type, message | <field>: [...] } }`. */
function ckanError(status: number, help: string, error: Record<string, unknown>): ReplicaResponse {
  return jsonResponse(status, { help, success: false, error });
}

function integerParam(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback;
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * A replica of CKAN's DataStore API serving a subsidy register: `GET /api/3/action/datastore_search` with
 * `resource_id`, `limit` (100 by default, at most 32000), `offset` and `sort` (`_id asc|desc`), answering
 * `{ help, success, result: { fields, records, total, limit, offset, _links: { start, next }, ... } }` as
 * CKAN 2.9+ does, with CKAN's 404, 403 and 409 failure bodies.
 *
 * @example
 * const server = await startReplicaServer(createCkanReplica(subsidyRegister(world), { resourceId: 'abc' }));
 */
export function createCkanReplica(
  rows: readonly SubsidyRow[],
  options: CkanReplicaOptions = {},
): ReplicaHandler {
  const resourceId = options.resourceId ?? 'subsidieregister-2026';
  const malformed = new Set(options.malformed ?? []);
  return (request) => {
    const help = `${request.url.origin}/api/3/action/help_show?name=datastore_search`;
    if (request.path !== '/api/3/action/datastore_search') {
      return ckanError(404, help, { __type: 'Not Found Error', message: 'Not found' });
    }
    const query = request.query;
    const id = query.get('resource_id');
    if (id !== resourceId) {
      return ckanError(404, help, {
        __type: 'Not Found Error',
        message: `Not found: Resource "${id}" was not found.`,
      });
    }
    if (options.apiKey !== undefined && request.headers.authorization !== options.apiKey) {
      return ckanError(403, help, {
        __type: 'Authorization Error',
        message: `Access denied: User not authorized to read resource ${resourceId}`,
      });
    }
    const limit = integerParam(query.get('limit'), ROWS_DEFAULT);
    const offset = integerParam(query.get('offset'), 0);
    if (limit === undefined || offset === undefined) {
      return ckanError(409, help, {
        __type: 'Validation Error',
        ...(limit === undefined ? { limit: ['Invalid integer'] } : { offset: ['Invalid integer'] }),
      });
    }
    const effectiveLimit = Math.min(limit, ROWS_MAX);
    const descending = /^_id\s+desc$/i.test(query.get('sort') ?? '');
    const ordered = [...rows].sort((a, b) => (Number(a._id) - Number(b._id)) * (descending ? -1 : 1));
    const records = ordered
      .slice(offset, offset + effectiveLimit)
      .map(({ worldId: _, ...columns }) =>
        malformed.has(Number(columns._id)) ? { ...columns, Bedrag: 'n.v.t.' } : columns,
      );
    const start = new URL(request.url);
    start.searchParams.delete('offset');
    const next = new URL(request.url);
    next.searchParams.set('offset', String(offset + effectiveLimit));
    return jsonResponse(200, {
      help,
      success: true,
      result: {
        include_total: true,
        limit: effectiveLimit,
        ...(query.has('offset') ? { offset } : {}),
        records_format: 'objects',
        resource_id: resourceId,
        total_estimation_threshold: null,
        fields: REGISTER_FIELDS,
        records,
        ...(query.has('sort') ? { sort: query.get('sort') } : {}),
        _links: { start: start.pathname + start.search, next: next.pathname + next.search },
        total: rows.length,
        total_was_estimated: false,
      },
    });
  };
}
