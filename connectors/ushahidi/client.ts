import { ConnectorError, explainAuthError, HttpError, type ReadContext } from '../sdk/index.ts';
import type { UshahidiConfig } from './config.ts';
import { UshahidiCollection, UshahidiFeatureCollection } from './raw.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

/** How an operator gets access to a deployment that does not show its posts to anonymous visitors. */
const CREDENTIALS_HINT =
  'this Ushahidi deployment does not show its posts to anonymous visitors: ask its administrators for an ' +
  'account or OAuth client, and give an access token as the accessToken option from the environment';

/** URL of an API v3 resource of the deployment. */
export function apiUrl(baseUrl: string, path: string, query?: URLSearchParams): string {
  const url = `${baseUrl.replace(/\/+$/, '')}/api/v3/${path}`;
  return query && [...query.keys()].length > 0 ? `${url}?${query}` : url;
}

function headers(config: UshahidiConfig): Record<string, string> {
  return {
    accept: 'application/json',
    ...(config.accessToken ? { authorization: `Bearer ${config.accessToken}` } : {}),
  };
}

async function getJson(context: ReadContext<UshahidiConfig>, url: string): Promise<unknown> {
  try {
    const response = await context.http.json<unknown>({
      url,
      headers: headers(context.config),
      signal: context.signal,
    });
    return response.body;
  } catch (error) {
    throw explainAuthError(error, CREDENTIALS_HINT);
  }
}

/**
 * Reads the deployment's categories (`/api/v3/tags`) and surveys (`/api/v3/forms`) once per run, so that
 * posts can carry labels instead of ids. A deployment without forms (404) gives none.
 */
export async function fetchVocabulary(context: ReadContext<UshahidiConfig>): Promise<Vocabulary> {
  const tags = collection(await getJson(context, apiUrl(context.baseUrl, 'tags')), 'tags');
  let forms: unknown[] = [];
  try {
    forms = collection(await getJson(context, apiUrl(context.baseUrl, 'forms')), 'forms');
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 404)) throw error;
    context.log.warn('Ushahidi deployment has no forms endpoint; posts are typed from categories and titles');
  }
  return buildVocabulary(tags, forms);
}

function collection(body: unknown, what: string): unknown[] {
  const parsed = UshahidiCollection.safeParse(body);
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `Ushahidi ${what} did not come in the collection envelope; the API may have changed`,
    );
  }
  return parsed.data.results;
}

/** Fetches one page of the GeoJSON post list and checks that it is a FeatureCollection. */
export async function fetchFeaturePage(
  context: ReadContext<UshahidiConfig>,
  query: URLSearchParams,
): Promise<UshahidiFeatureCollection> {
  const url = apiUrl(context.baseUrl, 'posts/geojson', query);
  const parsed = UshahidiFeatureCollection.safeParse(await getJson(context, url));
  if (!parsed.success) {
    throw new ConnectorError(
      'system',
      `GET ${url} did not answer with a GeoJSON FeatureCollection; the API may have changed`,
      {
        internal: `GET ${url}: ${parsed.error.message}`,
      },
    );
  }
  return parsed.data;
}

/**
 * Fetches a post's detail (`/api/v3/posts/{id}`). A post that is no longer readable (403, 404: unpublished
 * or deleted since the list was read) gives undefined, so that it is mapped from its feature alone.
 */
export async function fetchPost(context: ReadContext<UshahidiConfig>, id: number): Promise<unknown> {
  const url = apiUrl(context.baseUrl, `posts/${id}`);
  try {
    const response = await context.http.json<unknown>({
      url,
      headers: headers(context.config),
      signal: context.signal,
    });
    return response.body;
  } catch (error) {
    if (error instanceof HttpError && (error.status === 403 || error.status === 404)) {
      context.log.warn(
        { url, status: error.status },
        'post detail unavailable; mapping the map feature alone',
      );
      return undefined;
    }
    throw explainAuthError(error, CREDENTIALS_HINT);
  }
}
