import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError } from '../sdk/index.ts';
import {
  jsonResponse,
  matchPath,
  notFound,
  type ReplicaServer,
  startReplicaServer,
  withEtag,
} from './server.ts';

const http = createHttpClient({ userAgent: 'knooppunt-test', retries: 0, limits: { concurrency: 4 } });
let server: ReplicaServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('startReplicaServer', () => {
  it('serves a handler over HTTP on a free loopback port', async () => {
    server = await startReplicaServer((request) =>
      jsonResponse(200, { path: request.path, page: request.query.get('page') }),
    );
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await http.json<{ path: string; page: string }>(`${server.url}/a/b.json?page=2`);
    expect(response.body).toEqual({ path: '/a/b.json', page: '2' });
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('passes the request body to the handler', async () => {
    server = await startReplicaServer((request) => jsonResponse(200, { echo: JSON.parse(request.body) }));
    const response = await http.json<{ echo: unknown }>({
      url: `${server.url}/graphql`,
      method: 'POST',
      body: { query: '{ a }' },
    });
    expect(response.body.echo).toEqual({ query: '{ a }' });
  });

  it('answers 500 when the handler throws, and 404 through the helper', async () => {
    server = await startReplicaServer((request) => {
      if (request.path === '/boom') throw new Error('replica bug');
      return notFound({ reason: 'Record Not Found' });
    });
    const boom = await fetch(`${server.url}/boom`);
    expect(boom.status).toBe(500);
    expect(await boom.json()).toEqual({ error: 'replica bug' });
    await expect(http.json(`${server.url}/missing`)).rejects.toMatchObject({ status: 404 });
    await expect(http.json(`${server.url}/missing`)).rejects.toBeInstanceOf(HttpError);
  });

  it('stops answering after close', async () => {
    const started = await startReplicaServer(() => jsonResponse(200, {}));
    await started.close();
    await expect(fetch(started.url)).rejects.toThrow();
  });
});

describe('withEtag', () => {
  it('adds an ETag and turns a matching If-None-Match into a 304', async () => {
    server = await startReplicaServer((request) => withEtag(request, jsonResponse(200, { data: [1, 2] })));
    const first = await http.json(`${server.url}/list`);
    expect(first.etag).toMatch(/^"[0-9a-f]{40}"$/);
    const second = await http.json({ url: `${server.url}/list`, etag: first.etag });
    expect(second.notModified).toBe(true);
    expect(second.status).toBe(304);
    const other = await http.json({ url: `${server.url}/list`, etag: '"stale"' });
    expect(other.status).toBe(200);
  });
});

describe('matchPath', () => {
  it('extracts named segments, also with literal text after them', () => {
    expect(matchPath('/:locale/api_v4/organisations/:id.json', '/de/api_v4/organisations/125.json')).toEqual({
      locale: 'de',
      id: '125',
    });
    expect(matchPath('/:locale/api_v4/projects.json', '/en/api_v4/projects.json')).toEqual({ locale: 'en' });
  });

  it('does not match other paths or let a placeholder cross a slash', () => {
    expect(matchPath('/:locale/api_v4/projects.json', '/de/api_v4/projects.xml')).toBeUndefined();
    expect(matchPath('/:locale/api_v4/projects.json', '/de/x/api_v4/projects.json')).toBeUndefined();
    expect(matchPath('/a.json', '/aXjson')).toBeUndefined();
  });
});
