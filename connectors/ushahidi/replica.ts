import {
  jsonResponse,
  matchPath,
  type ReplicaHandler,
  type ReplicaRequest,
  type ReplicaResponse,
  type World,
} from '../replica/index.ts';
import { featureJson, postJson, type ReplicaPost, replicaPosts } from './replica-data.ts';
import { formJson, tagJson } from './replica-collections.ts';
import { REPLICA_FORMS, REPLICA_TAGS } from './replica-vocabulary.ts';

/**
 * Source options for harvesting the replica in the demo: a public address for post pages (the replica's
 * own is a loopback address, which the graph does not serve) and the country the help map covers.
 */
export const DEMO_SOURCE_OPTIONS = { webUrl: 'https://hulpkaart.example.nl', country: 'NL' } as const;

/** Options of the Ushahidi replica. */
export interface UshahidiReplicaOptions {
  /** Refuse requests without `Authorization: Bearer <token>`, as a private deployment does. */
  readonly accessToken?: string;
  /** Positions (newest created first) of posts served without a title, in the feature and the detail. */
  readonly malformed?: readonly number[];
  /** Positions of posts whose detail answers 403, as a post unpublished after the list was read. */
  readonly hiddenDetails?: readonly number[];
  /** Serve the first page whatever offset is asked for. */
  readonly repeatPage?: boolean;
  /** The deployment's own URL in `url` fields; the replica's address by default. */
  readonly publicUrl?: string;
}

/** Ushahidi's error body: `{ errors: [{ status, title }] }`, with a `message` for authentication errors. */
export function ushahidiError(status: number, title: string, message?: string): ReplicaResponse {
  return jsonResponse(status, { errors: [{ status, title, ...(message ? { message } : {}) }] });
}

type SortKey = 'created' | 'updated' | 'id';

/**
 * A replica of an Ushahidi Platform v3 deployment (a help map) serving the world's initiatives on Ushahidi
 * as posts: an initiative report, requests for what it needs and offers of what it does, in three surveys
 * ("Ik zoek hulp", "Ik bied hulp aan", "Initiatief") and a two-level category tree. Serves
 * `/api/v3/posts/geojson` (limit, offset, orderby, order, updated_after, created_after; `total`),
 * `/api/v3/posts/{id}`, `/api/v3/tags`, `/api/v3/forms` and Ushahidi's error bodies. Posts carry the poster's
 * name, phone and e-mail (author fields and survey values), as real ones do.
 *
 * @example
 * const server = await startReplicaServer(createUshahidiReplica(generateWorld({ seed: 1, size: 1000 })));
 */
export function createUshahidiReplica(world: World, options: UshahidiReplicaOptions = {}): ReplicaHandler {
  const posts = replicaPosts(world);
  const byCreated = [...posts].sort((a, b) => b.created - a.created);
  const malformed = new Set((options.malformed ?? []).map((position) => byCreated[position]?.id));
  const hidden = new Set((options.hiddenDetails ?? []).map((position) => byCreated[position]?.id));

  return (request) => {
    const base = options.publicUrl ?? `http://${request.headers.host ?? 'localhost'}`;
    if (options.accessToken && request.headers.authorization !== `Bearer ${options.accessToken}`) {
      return ushahidiError(
        401,
        'The resource owner or authorization server denied the request.',
        'Missing "Authorization" header',
      );
    }
    if (request.path === '/api/v3/tags')
      return collection(
        request,
        base,
        'tags',
        REPLICA_TAGS.map((tag) => tagJson(tag, base)),
      );
    if (request.path === '/api/v3/forms')
      return collection(
        request,
        base,
        'forms',
        REPLICA_FORMS.map((form) => formJson(form, base)),
      );
    if (request.path === '/api/v3/posts/geojson')
      return geojson(request, posts, base, { malformed, repeat: options.repeatPage });
    const detail = matchPath('/api/v3/posts/:id', request.path);
    if (detail) {
      const post = posts.find((candidate) => String(candidate.id) === detail.id);
      if (!post) return ushahidiError(404, `Could not find Post with id ${detail.id}`);
      if (hidden.has(post.id))
        return ushahidiError(403, `User 0 is not allowed to read resource posts #${post.id}`);
      const json = postJson(post, base);
      if (malformed.has(post.id)) json.title = '';
      return jsonResponse(200, json);
    }
    return ushahidiError(404, `Could not find ${request.path}`);
  };
}

function geojson(
  request: ReplicaRequest,
  posts: readonly ReplicaPost[],
  base: string,
  faults: { malformed: ReadonlySet<number | undefined>; repeat?: boolean },
): ReplicaResponse {
  const q = request.query;
  const updatedAfter = Date.parse(q.get('updated_after') ?? '');
  const createdAfter = Date.parse(q.get('created_after') ?? '');
  const matching = posts.filter(
    (post) =>
      (Number.isNaN(updatedAfter) || (post.updated !== null && post.updated > updatedAfter)) &&
      (Number.isNaN(createdAfter) || post.created > createdAfter),
  );
  const key =
    (['created', 'updated', 'id'] as const).find((k) => k === q.get('orderby')) ??
    ('created' satisfies SortKey);
  const direction = q.get('order')?.toLowerCase() === 'asc' ? 1 : -1;
  // MySQL sorts NULL first ascending and last descending; Ushahidi inherits that for `updated`.
  const value = (post: ReplicaPost) => (key === 'updated' ? (post.updated ?? -Infinity) : post[key]);
  const sorted = [...matching].sort((a, b) => direction * (value(a) - value(b)) || direction * (a.id - b.id));
  const limit = Math.min(500, Math.max(1, Number(q.get('limit')) || 20));
  const offset = faults.repeat ? 0 : Math.max(0, Number(q.get('offset')) || 0);
  const features = sorted.slice(offset, offset + limit).map((post) => {
    const feature = featureJson(post, base);
    if (faults.malformed.has(post.id)) (feature.properties as Record<string, unknown>).title = null;
    return feature;
  });
  return jsonResponse(200, { type: 'FeatureCollection', features, total: matching.length });
}

function collection(
  request: ReplicaRequest,
  base: string,
  kind: string,
  results: unknown[],
): ReplicaResponse {
  const self = `${base}/api/v3/${kind}?orderby=id&order=asc&offset=0`;
  return jsonResponse(200, {
    count: results.length,
    results,
    limit: request.query.get('limit') ? Number(request.query.get('limit')) : null,
    offset: 0,
    order: 'asc',
    orderby: 'id',
    curr: self,
    next: self,
    prev: self,
    total_count: results.length,
  });
}
