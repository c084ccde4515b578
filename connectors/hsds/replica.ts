import {
  jsonResponse,
  matchPath,
  type ReplicaHandler,
  type ReplicaRequest,
  type ReplicaResponse,
  type World,
} from '../replica/index.ts';
import { hsdsOrganisations, type ReplicaOrganisation, type ReplicaService } from './replica-data.ts';

/** Data faults and variants of the HSDS replica; transport faults come from `withFaults`. */
export interface HsdsReplicaOptions {
  /** Require this API key in `x-api-key`; requests without it get the platform's 401 body. */
  readonly apiKey?: string;
  /**
   * Serve the older ORUK v1 shape of live UK feeds: the Spring Data envelope (`content`, `totalElements`,
   * `last`), empty strings for missing values and no `last_modified`; `modified_after` is ignored.
   */
  readonly legacy?: boolean;
  /** Leave the embedded organisation out of listed services (only `organization_id`), as some feeds do. */
  readonly bareServices?: boolean;
  /** Positions, in service order, of services served with one broken field (in turn: no name, no id). */
  readonly malformed?: readonly number[];
  /** Serve page 1 whatever page is asked for. */
  readonly repeatPage?: boolean;
}

const DEFAULT_PER_PAGE = 50;
const MAX_PER_PAGE = 500;

/**
 * The error body of the Placecube Open Place Directory, which runs on Spring Boot: timestamp, status,
 * reason phrase and path.
 */
export function hsdsError(status: number, path: string): ReplicaResponse {
  const reasons: Record<number, string> = { 401: 'Unauthorized', 404: 'Not Found', 429: 'Too Many Requests' };
  return jsonResponse(status, {
    timestamp: '2026-11-01T03:00:00.000+00:00',
    status,
    error: reasons[status] ?? 'Internal Server Error',
    path,
  });
}

/**
 * A replica of an HSDS 3 directory serving the world's initiatives that are in an Open Referral directory
 * (UK and US): `/` (the API's self-description), `/organizations` (`full=true` nests identifiers,
 * locations, contacts and services), `/organizations/{id}`, `/services` (`modified_after`,
 * `organization_id`) and `/services/{id}`, all lists in the HSDS 3 envelope with `page` and `per_page`.
 * Records carry the quirks of live feeds: HTML descriptions, `minimum_age: -1`, Placecube's `pc_*` fields,
 * reviewers' e-mail addresses and named contacts (personal data the connector must drop).
 *
 * @example
 * const server = await startReplicaServer(createHsdsReplica(generateWorld({ seed: 1, size: 2000 })));
 */
export function createHsdsReplica(world: World, options: HsdsReplicaOptions = {}): ReplicaHandler {
  const organisations = hsdsOrganisations(world).sort((a, b) =>
    String(a.json.name).localeCompare(String(b.json.name)),
  );
  const services = organisations.flatMap((organisation) => organisation.services);
  const malformed = new Map((options.malformed ?? []).map((position, i) => [services[position]?.id, i % 2]));

  const serviceJson = (service: ReplicaService, nested: boolean) => {
    const json: Record<string, unknown> = { ...service.json };
    if (options.bareServices && !nested) delete json.organization;
    const fault = malformed.get(service.id);
    if (fault === 0) json.name = null;
    if (fault === 1) delete json.id;
    return options.legacy ? legacyService(json) : json;
  };
  const organisationJson = (organisation: ReplicaOrganisation, full: boolean) => {
    if (!full) {
      const {
        organization_identifiers: _i,
        phones: _p,
        contacts: _c,
        locations: _l,
        ...basic
      } = organisation.json;
      return basic;
    }
    return {
      ...organisation.json,
      services: organisation.services.map((service) => {
        const { organization: _organisation, ...nested } = serviceJson(service, true);
        return nested;
      }),
    };
  };

  return (request) => {
    if (options.apiKey && request.headers['x-api-key'] !== options.apiKey)
      return hsdsError(401, request.path);
    if (request.path === '/' || request.path === '') {
      return jsonResponse(200, {
        version: '3.0',
        profile: 'https://openreferraluk.org/profile/uk',
        openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
      });
    }
    if (request.path === '/organizations') {
      const full = request.query.get('full') === 'true';
      return page(
        request,
        organisations.map((organisation) => organisationJson(organisation, full)),
        options,
      );
    }
    if (request.path === '/services') {
      const since = options.legacy ? Number.NaN : Date.parse(request.query.get('modified_after') ?? '');
      const organisationId = request.query.get('organization_id');
      const selected = services.filter(
        (service) =>
          (Number.isNaN(since) || service.lastModified >= since) &&
          (!organisationId || service.organisationId === organisationId),
      );
      return page(
        request,
        selected.map((service) => serviceJson(service, false)),
        options,
      );
    }
    const organisationDetail = matchPath('/organizations/:id', request.path);
    if (organisationDetail) {
      const found = organisations.find((organisation) => organisation.id === organisationDetail.id);
      return found ? jsonResponse(200, organisationJson(found, true)) : hsdsError(404, request.path);
    }
    const serviceDetail = matchPath('/services/:id', request.path);
    if (serviceDetail) {
      const found = services.find((service) => service.id === serviceDetail.id);
      return found ? jsonResponse(200, serviceJson(found, true)) : hsdsError(404, request.path);
    }
    return hsdsError(404, request.path);
  };
}

/** One page of a list in the HSDS 3 envelope, or in the Spring Data envelope of legacy feeds. */
function page(
  request: ReplicaRequest,
  all: readonly unknown[],
  options: HsdsReplicaOptions,
): ReplicaResponse {
  const perPage = Math.min(
    MAX_PER_PAGE,
    Math.max(1, Number(request.query.get('per_page')) || DEFAULT_PER_PAGE),
  );
  const asked = Math.max(1, Math.floor(Number(request.query.get('page')) || 1));
  const number = options.repeatPage ? 1 : asked;
  const contents = all.slice((number - 1) * perPage, number * perPage);
  const totalPages = Math.ceil(all.length / perPage);
  if (options.legacy) {
    return jsonResponse(200, {
      totalElements: all.length,
      totalPages,
      number,
      size: perPage,
      numberOfElements: contents.length,
      first: number === 1,
      last: number >= totalPages,
      content: contents,
    });
  }
  return jsonResponse(200, {
    total_items: all.length,
    total_pages: totalPages,
    page_number: number,
    size: contents.length,
    first_page: number === 1,
    last_page: number >= totalPages,
    empty: contents.length === 0,
    contents,
  });
}

/** A service as ORUK v1 feeds send it: empty strings instead of nulls, no `last_modified`, no HSDS 3 extras. */
function legacyService(json: Record<string, unknown>): Record<string, unknown> {
  const { last_modified: _modified, minimum_age: _min, maximum_age: _max, ...rest } = json;
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, value ?? '']));
}
