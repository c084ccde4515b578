import {
  jsonResponse,
  matchPath,
  type ReplicaHandler,
  type ReplicaResponse,
  type World,
  withEtag,
} from '../replica/index.ts';
import { ideaId, ideaJson, siteInitiatives } from './replica-data.ts';
import { replicaSite } from './replica-sites.ts';

/** Options of the OpenStad replica. */
export interface OpenstadReplicaOptions {
  /** Refuse requests without `X-Authorization: <token>` with 401, as a site closed to anonymous readers. */
  readonly apiToken?: string;
  /** Positions in id order of ideas served with a broken field (in turn: no title, an id that is no number). */
  readonly malformed?: readonly number[];
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** OpenStad's JSON error body (`res.out('error', ...)`): status, friendly status, message, empty stack. */
export function openstadError(status: number, message: string): ReplicaResponse {
  return jsonResponse(status, {
    status,
    friendlyStatus: STATUS_TEXT[status] ?? 'Error',
    message,
    errorStack: '',
    error: { expose: status < 500, statusCode: status, status },
  });
}

/**
 * A replica of the OpenStad API serving the world's initiatives on OpenStad as ideas of the site of their
 * municipality (Wij Amsterdam = 197 and two more, see replica-sites.ts): `GET /api/site/{siteId}/idea` with
 * the whole list in one array (ETag and 304), `GET /api/site/{siteId}/idea/{id}`, and OpenStad's error body
 * for unknown sites and ideas. Ideas carry the personal fields real ones do (organiser phone and e-mail,
 * "how to apply" with a person's name, user ids) so that tests can prove they never get through.
 *
 * @example
 * const server = await startReplicaServer(createOpenstadReplica(generateWorld({ seed: 1, size: 1000 })));
 */
export function createOpenstadReplica(world: World, options: OpenstadReplicaOptions = {}): ReplicaHandler {
  const malformed = new Map((options.malformed ?? []).map((position, i) => [position, i % 2]));
  const cache = new Map<number, Record<string, unknown>[]>();

  function ideasOf(siteId: number): Record<string, unknown>[] | undefined {
    const site = replicaSite(siteId);
    if (!site) return undefined;
    let ideas = cache.get(siteId);
    if (!ideas) {
      ideas = siteInitiatives(world, site)
        .sort((a, b) => ideaId(a) - ideaId(b))
        .map((initiative, position) => {
          const json = ideaJson(initiative, site);
          const fault = malformed.get(position);
          if (fault === 0) json.title = null;
          if (fault === 1) json.id = 'idee-zonder-nummer';
          return json;
        });
      cache.set(siteId, ideas);
    }
    return ideas;
  }

  return (request) => {
    if (options.apiToken && request.headers['x-authorization'] !== options.apiToken) {
      return openstadError(401, 'Je bent niet ingelogd');
    }
    const list = matchPath('/api/site/:siteId/idea', request.path);
    const detail = matchPath('/api/site/:siteId/idea/:id', request.path);
    const siteId = Number((list ?? detail)?.siteId);
    if (!list && !detail) return openstadError(404, 'Pagina niet gevonden');
    const ideas = ideasOf(siteId);
    if (!ideas) return openstadError(404, `Site niet gevonden for siteId: ${siteId}`);
    if (list) return withEtag(request, jsonResponse(200, ideas));
    const idea = ideas.find((candidate) => String(candidate.id) === detail?.id);
    return idea ? withEtag(request, jsonResponse(200, idea)) : openstadError(404, 'Idea not found');
  };
}
