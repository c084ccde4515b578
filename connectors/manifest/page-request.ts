import { ConnectorError, graphqlRequest, type HttpClient } from '../sdk/index.ts';
import type { AuthParts } from './auth.ts';
import { queryFirst } from './json-path.ts';
import type { RequestSpec } from './request-schema.ts';
import { renderDeep, renderTemplate, type TemplateScope } from './template.ts';

/** Parameters a paginator or an incremental cursor sets on one page's request. */
export interface PageParams {
  readonly query?: Readonly<Record<string, string | number>>;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** An absolute URL to fetch instead of the request's path and query (Link-header paging). */
  readonly url?: string;
}

/** A fetched page: the parsed body and the Link header. */
export interface FetchedPage {
  readonly body: unknown;
  readonly link: string | null;
}

/** Everything needed to send a stream's requests for one source. */
export interface Requester {
  readonly http: HttpClient;
  readonly baseUrl: string;
  readonly scope: TemplateScope;
  readonly auth: AuthParts;
  readonly signal: AbortSignal;
  /** Names the stream in errors, e.g. "arcgis-featureserver initiatives". */
  readonly what: string;
}

/** The first URL of a stream with its static query, without credentials (safe to checkpoint). */
export function firstUrl(spec: RequestSpec, requester: Requester, params: PageParams = {}): string {
  const path = renderTemplate(spec.path, requester.scope, encodeURIComponent);
  if (typeof path !== 'string') {
    throw new ConnectorError(
      'config',
      `${requester.what}: request path ${spec.path} names an option that is not set`,
    );
  }
  const url = new URL(requester.baseUrl.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(spec.query)) {
    const rendered = typeof value === 'string' ? renderTemplate(value, requester.scope) : value;
    if (rendered !== undefined && rendered !== null) url.searchParams.set(name, String(rendered));
  }
  for (const [name, value] of Object.entries(params.query ?? {})) url.searchParams.set(name, String(value));
  return url.toString();
}

function withAuth(url: string, auth: AuthParts): string {
  const withParams = new URL(url);
  for (const [name, value] of Object.entries(auth.query)) withParams.searchParams.set(name, value);
  return withParams.toString();
}

function checkError(body: unknown, spec: RequestSpec, what: string): void {
  if (!spec.errorPath) return;
  const error = queryFirst(spec.errorPath, body);
  if (error === undefined || error === null || error === false) return;
  const details = error as { code?: unknown; message?: unknown };
  const message = typeof details.message === 'string' ? details.message : JSON.stringify(error);
  // ArcGIS answers 200 with error code 498/499 for invalid or missing tokens.
  const auth = [401, 403, 498, 499].includes(Number(details.code));
  throw new ConnectorError(auth ? 'config' : 'system', `${what}: the platform answered an error: ${message}`);
}

/**
 * Fetches one page of a stream: fills the templates, adds the paginator's and cursor's parameters and the
 * credentials, sends it through the SDK client (or `graphqlRequest` for GraphQL), and fails the page when the
 * body carries an error at `errorPath`. GraphQL answers are returned as `{ data }`, so selectors read
 * `$.data...` exactly as the platform's answer looks.
 */
export async function fetchPage(
  spec: RequestSpec,
  requester: Requester,
  params: PageParams,
): Promise<FetchedPage> {
  const url = withAuth(params.url ?? firstUrl(spec, requester, params), requester.auth);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(spec.headers)) {
    const rendered = renderTemplate(value, requester.scope);
    if (rendered !== undefined) headers[name.toLowerCase()] = String(rendered);
  }
  Object.assign(headers, requester.auth.headers);
  let page: FetchedPage;
  if (spec.graphql) {
    const variables = {
      ...(renderDeep(spec.graphql.variables, requester.scope) as Record<string, unknown>),
      ...params.variables,
    };
    const data = await graphqlRequest(requester.http, {
      url,
      query: spec.graphql.query,
      variables,
      headers,
      signal: requester.signal,
    });
    page = { body: { data }, link: null };
  } else {
    const response = await requester.http.json({
      url,
      method: spec.method,
      headers,
      body: spec.body === undefined ? undefined : (renderDeep(spec.body, requester.scope) as object),
      signal: requester.signal,
    });
    page = { body: response.body, link: response.headers.get('link') };
  }
  checkError(page.body, spec, requester.what);
  return page;
}
