import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as a replica handler sees it: parsed URL, headers and the whole body as text. */
export interface ReplicaRequest {
  readonly method: string;
  readonly url: URL;
  /** The URL path, e.g. `/de/api_v4/projects.json`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What a replica handler answers; the server adds Content-Length. */
export interface ReplicaResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  /**
   * Fault injection: declare the full Content-Length, send only half the body, then close the
   * connection - what a client sees when a platform's connection drops mid-response.
   */
  readonly truncate?: boolean;
}

/** A replica: a pure function from request to response, so that fault wrappers compose around it. */
export type ReplicaHandler = (request: ReplicaRequest) => ReplicaResponse | Promise<ReplicaResponse>;

/** A running replica server. */
export interface ReplicaServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`; pass it as the connector's base URL. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

/** Options of `startReplicaServer`. */
export interface ReplicaServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Loopback by default: replicas are test doubles, never public services. */
  readonly host?: string;
}

/**
 * Serves a replica handler over real HTTP on node:http, so connectors are tested through the same
 * HTTP client, timeouts and retries as in production. A handler that throws answers 500.
 *
 * @example
 * const server = await startReplicaServer(createBetterplaceReplica(world, {}));
 * const http = createHttpClient({ userAgent: 'test' });
 * await http.json(`${server.url}/de/api_v4/projects.json`);
 * await server.close();
 */
export async function startReplicaServer(
  handler: ReplicaHandler,
  options: ReplicaServerOptions = {},
): Promise<ReplicaServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
    let response: ReplicaResponse;
    try {
      response = await handler({
        method: req.method ?? 'GET',
        url,
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
    } catch (error) {
      response = jsonResponse(500, { error: error instanceof Error ? error.message : String(error) });
    }
    const body = toBuffer(response.body);
    res.writeHead(response.status, { ...response.headers, 'content-length': String(body.byteLength) });
    if (response.truncate) {
      res.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => res.socket?.destroy());
      return;
    }
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function toBuffer(body: string | Uint8Array | undefined): Buffer {
  if (body === undefined) return Buffer.alloc(0);
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
}

/** A JSON response with `content-type: application/json; charset=utf-8`. */
export function jsonResponse(
  status: number,
  value: unknown,
  headers: Readonly<Record<string, string>> = {},
): ReplicaResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/** A 404; replicas pass their platform's error body so that connectors see what the platform sends. */
export function notFound(body: unknown = { error: 'not found' }): ReplicaResponse {
  return jsonResponse(404, body);
}

/**
 * Answers a conditional GET: adds a strong ETag (a hash of the body) to a 200 response and turns it
 * into a bodiless 304 when the request's If-None-Match names that ETag.
 */
export function withEtag(request: ReplicaRequest, response: ReplicaResponse): ReplicaResponse {
  if (response.status !== 200) return response;
  const etag = `"${createHash('sha1').update(toBuffer(response.body)).digest('hex')}"`;
  const headers = { ...response.headers, etag };
  const ifNoneMatch = request.headers['if-none-match'];
  const candidates = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (candidates.includes(etag)) return { status: 304, headers: { etag } };
  return { ...response, headers };
}

/**
 * Matches a path against a pattern with `:name` placeholders, which may be followed by literal text
 * inside a segment (`/:locale/api_v4/organisations/:id.json`). Returns the decoded parameters, or
 * undefined when the path does not match.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = pattern
    .split(/(:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        return '([^/]+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    params[name] = decodeURIComponent(match[i + 1] ?? '');
  });
  return params;
}
