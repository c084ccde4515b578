import {
  jsonResponse,
  matchPath,
  type ReplicaHandler,
  type ReplicaRequest,
  type ReplicaResponse,
  type World,
  withEtag,
} from '../replica/index.ts';
import { FUNDERS, type ReplicaFunder, type ReplicaGrant, replicaGrants } from './replica-data.ts';

/** Data faults of the 360Giving replica; transport faults come from `withFaults`. */
export interface ThreeSixtyGivingReplicaOptions {
  /**
   * Positions, in the order of all grants (by funder, then id), of grants served with one broken field (in
   * turn: no title, an amount that is no number, no recipient organisation).
   */
  readonly malformed?: readonly number[];
  /** The datastore's `next` link points at the page just served, like a paginator stuck on one offset. */
  readonly repeatNext?: boolean;
}

/** The org ids and data-file paths the replica serves, as source options for the demo and tests. */
export const REPLICA_FUNDERS = FUNDERS.map((funder) => funder.orgId);
export const REPLICA_PACKAGES = FUNDERS.map((funder) => funder.file);

/**
 * Source options under which `knooppunt demo` harvests the replica: two funders from the datastore and the
 * third funder's data file, so that both ways of reading are shown.
 */
export const DEMO_SOURCE_OPTIONS = {
  funders: REPLICA_FUNDERS.slice(0, 2),
  packages: REPLICA_PACKAGES.slice(2),
};

const DEFAULT_LIMIT = 60;
const MAX_LIMIT = 1000;

/** The error body of the datastore API (Django REST framework). */
export function datastoreError(status: number): ReplicaResponse {
  const detail: Record<number, string> = {
    404: 'Not found.',
    429: 'Request was throttled. Expected available in 60 seconds.',
    500: 'A server error occurred.',
  };
  return jsonResponse(status, { detail: detail[status] ?? 'Error.' });
}

/**
 * A replica of 360Giving serving grants to the world's UK initiatives present on 360Giving, made by three
 * funders: the datastore API (`/api/v1/org/{org_id}/` with the publisher's `last_published`, and
 * `/api/v1/org/{org_id}/grants_made/` paged by `limit` and `offset` with relative `next` links, each result
 * wrapping the grant in `data`), and each funder's data file (`{ "grants": [...] }`, with ETag and
 * Last-Modified). One funder writes award dates day-first as its spreadsheet exports do; every funder has a
 * few grants to individuals (personal data the connector must skip), and recipients carry contact names
 * and telephone numbers (which it must drop).
 *
 * @example
 * const server = await startReplicaServer(create360GivingReplica(generateWorld({ seed: 1, size: 3000 })));
 */
export function create360GivingReplica(
  world: World,
  options: ThreeSixtyGivingReplicaOptions = {},
): ReplicaHandler {
  const all = replicaGrants(world).sort(
    (a, b) =>
      FUNDERS.indexOf(a.funder) - FUNDERS.indexOf(b.funder) ||
      String(a.json.id).localeCompare(String(b.json.id)),
  );
  const faults = new Map((options.malformed ?? []).map((position, i) => [all[position], i % 3]));
  const served = all.map((grant) => {
    const json = { ...grant.json };
    const fault = faults.get(grant);
    if (fault === 0) delete json.title;
    if (fault === 1) json.amountAwarded = 'n/a';
    if (fault === 2) delete json.recipientOrganization;
    return { ...grant, json };
  });
  const grantsOf = (funder: ReplicaFunder) => served.filter((grant) => grant.funder === funder);

  return (request) => {
    const file = FUNDERS.find((funder) => funder.file === request.path);
    if (file) return dataFile(request, grantsOf(file));
    const list = matchPath('/api/v1/org/:orgId/grants_made/', request.path);
    const listFunder = FUNDERS.find((funder) => funder.orgId === list?.orgId);
    if (list)
      return listFunder
        ? grantsMade(request, listFunder, grantsOf(listFunder), options)
        : datastoreError(404);
    const detail = matchPath('/api/v1/org/:orgId/', request.path);
    const detailFunder = FUNDERS.find((funder) => funder.orgId === detail?.orgId);
    if (detailFunder) return jsonResponse(200, organisation(detailFunder, grantsOf(detailFunder)));
    return datastoreError(404);
  };
}

function dataFile(request: ReplicaRequest, grants: readonly ReplicaGrant[]): ReplicaResponse {
  const modified = Math.max(0, ...grants.map((grant) => grant.modified));
  const response = jsonResponse(
    200,
    { grants: grants.map((grant) => grant.json) },
    {
      'last-modified': new Date(modified).toUTCString(),
    },
  );
  return withEtag(request, response);
}

function grantsMade(
  request: ReplicaRequest,
  funder: ReplicaFunder,
  grants: readonly ReplicaGrant[],
  options: ThreeSixtyGivingReplicaOptions,
): ReplicaResponse {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number(request.query.get('limit')) || DEFAULT_LIMIT));
  const offset = Math.max(0, Math.floor(Number(request.query.get('offset')) || 0));
  const path = `/api/v1/org/${funder.orgId}/grants_made/`;
  const link = (at: number) => `${path}?limit=${limit}&offset=${at}`;
  const nextOffset = options.repeatNext ? offset : offset + limit;
  return jsonResponse(200, {
    count: grants.length,
    next: offset + limit < grants.length ? link(nextOffset) : null,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    results: grants.slice(offset, offset + limit).map((grant) => {
      const recipients = (grant.json.recipientOrganization as { id: string }[] | undefined) ?? [];
      return {
        self: `/api/v1/grant/${grant.json.id}`,
        publisher: { org_id: funder.orgId, self: `/api/v1/org/${funder.orgId}` },
        recipients: recipients.map((recipient) => ({
          org_id: recipient.id,
          self: `/api/v1/org/${recipient.id}`,
        })),
        funders: [{ org_id: funder.orgId, self: `/api/v1/org/${funder.orgId}` }],
        grant_id: grant.json.id,
        data: grant.json,
      };
    }),
  });
}

function organisation(funder: ReplicaFunder, grants: readonly ReplicaGrant[]): Record<string, unknown> {
  const modified = Math.max(0, ...grants.map((grant) => grant.modified));
  const amounts = grants.map((grant) => Number(grant.json.amountAwarded)).filter(Number.isFinite);
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  return {
    self: `/api/v1/org/${funder.orgId}`,
    org_id: funder.orgId,
    name: funder.name,
    grants_made: `/api/v1/org/${funder.orgId}/grants_made`,
    grants_received: `/api/v1/org/${funder.orgId}/grants_received`,
    funder: {
      org_id: funder.orgId,
      name: funder.name,
      aggregate: {
        grants: grants.length,
        currencies: {
          GBP: {
            avg: amounts.length ? total / amounts.length : 0,
            max: Math.max(0, ...amounts),
            min: amounts.length ? Math.min(...amounts) : 0,
            total,
            grants: amounts.length,
          },
        },
      },
    },
    recipient: null,
    publisher: {
      data: {
        name: funder.name,
        org_id: funder.orgId,
        prefix: funder.prefix,
        website: `https://www.${funder.name
          .toLowerCase()
          .replace(/^the /, '')
          .replace(/[^a-z]+/g, '')}.org.uk/`,
        last_published: new Date(modified).toISOString().slice(0, 10),
      },
      quality: { hasRecipientOrgCompanyOrCharityNumber: 60, hasBeneficiaryLocationName: 100 },
    },
  };
}
