import { afterEach, describe, expect, it } from 'vitest';
import {
  jsonResponse,
  type ReplicaHandler,
  type ReplicaServer,
  startReplicaServer,
} from '../replica/index.ts';
import { connectorFromManifest } from './build-connector.ts';
import { harvestReplica, recordingSink } from './examples/harvest-replica.ts';
import { parseManifest } from './load.ts';
import { firstStream, sampleYaml } from './test-manifest.ts';

const items = Array.from({ length: 25 }, (_, i) => ({
  id: i + 1,
  name: `Initiatief ${i + 1}`,
  updated: `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
}));

let server: ReplicaServer | undefined;
const requests: { url: URL; body: string; headers: Record<string, unknown> }[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  requests.length = 0;
});

async function serve(handler: ReplicaHandler): Promise<string> {
  server = await startReplicaServer((request) => {
    requests.push({ url: request.url, body: request.body, headers: request.headers });
    return handler(request);
  });
  return server.url;
}

function manifestWith(stream: Record<string, unknown>, top: Record<string, unknown> = {}) {
  return parseManifest(
    sampleYaml((manifest) => {
      Object.assign(firstStream(manifest), stream);
      Object.assign(manifest, top);
    }),
    'test.yaml',
  );
}

describe('connectorFromManifest', () => {
  it('describes the connector: config with secrets marked, cursor field and the default limits', () => {
    const connector = connectorFromManifest(
      manifestWith(
        { incremental: { field: 'updated', param: 'since' } },
        {
          limits: {
            concurrency: 2,
            requestsPerMinute: 60,
            comment: 'the platform asks for one request a second',
          },
          options: [
            { name: 'region', type: 'string', default: 'utrecht' },
            { name: 'key', type: 'string', secret: true },
          ],
        },
      ),
    );
    expect(connector).toMatchObject({
      id: 'sample',
      kind: 'directory',
      defaultBaseUrl: 'https://api.example.org',
    });
    expect(connector.streams[0]).toMatchObject({ name: 'items', primaryKey: 'id', cursorField: 'updated' });
    expect(connector.defaultLimits).toEqual({
      concurrency: 2,
      requestsPerMinute: 60,
      comment: expect.any(String),
    });
    expect(connector.config.parse({})).toEqual({ region: 'utrecht' });
  });

  it('pages GraphQL through variables, with option values in the variables', async () => {
    const baseUrl = await serve((request) => {
      const { variables } = JSON.parse(request.body) as {
        variables: { slug: string; offset: number; limit: number };
      };
      const nodes =
        variables.slug === 'utrecht' ? items.slice(variables.offset, variables.offset + variables.limit) : [];
      return jsonResponse(200, { data: { collective: { members: { totalCount: 25, nodes } } } });
    });
    const manifest = manifestWith({
      request: {
        path: '/graphql',
        method: 'POST',
        graphql: {
          query: 'query($slug: String, $offset: Int, $limit: Int) { collective(slug: $slug) { id } }',
          variables: { slug: '{region}' },
        },
      },
      records: '$.data.collective.members.nodes[*]',
      paginator: {
        type: 'offset-limit',
        in: 'variables',
        offsetParam: 'offset',
        limitParam: 'limit',
        limit: 10,
        total: '$.data.collective.members.totalCount',
      },
    });
    const sink = recordingSink();
    const run = await harvestReplica({ connector: connectorFromManifest(manifest), baseUrl, sink });
    expect(run).toMatchObject({ status: 'succeeded', pages: 3, stored: 25 });
    expect(JSON.parse(requests[1]?.body ?? '{}')).toMatchObject({
      variables: { slug: 'utrecht', offset: 10, limit: 10 },
    });
  });

  it('fails the run as a system fault when GraphQL answers errors', async () => {
    const baseUrl = await serve(() =>
      jsonResponse(200, { errors: [{ message: 'Cannot query field "members"' }] }),
    );
    const manifest = manifestWith({
      request: { path: '/graphql', method: 'POST', graphql: { query: '{ members { id } }' } },
      records: '$.data.members[*]',
    });
    const run = await harvestReplica({
      connector: connectorFromManifest(manifest),
      baseUrl,
      sink: recordingSink(),
    });
    expect(run).toMatchObject({
      status: 'failed',
      errors: [{ type: 'system', message: expect.stringContaining('members') }],
    });
  });

  it('follows Link headers with a bearer token from the environment, checkpointing URLs without it', async () => {
    const baseUrl = await serve((request) => {
      if (request.headers.authorization !== 'Bearer t0k') return jsonResponse(401, { error: 'unauthorised' });
      const page = Number(request.query.get('page') ?? '1');
      const link: Record<string, string> =
        page < 3 ? { link: `<${request.url.origin}/items?region=utrecht&page=${page + 1}>; rel="next"` } : {};
      return jsonResponse(200, { items: items.slice((page - 1) * 10, page * 10) }, link);
    });
    const manifest = manifestWith(
      { paginator: { type: 'link-header' } },
      { auth: { type: 'bearer', token: { env: 'SAMPLE_TOKEN' } } },
    );
    const sink = recordingSink();
    const connector = connectorFromManifest(manifest, { env: { SAMPLE_TOKEN: 't0k' } });
    const run = await harvestReplica({ connector, baseUrl, sink });
    expect(run).toMatchObject({ status: 'succeeded', pages: 3, stored: 25 });
    expect(sink.states.get('items')?.[0]).toEqual({ position: `${baseUrl}/items?region=utrecht&page=2` });
  });

  it('fails the run as a config fault naming the environment variable of a missing secret', async () => {
    const baseUrl = await serve(() => jsonResponse(200, { items }));
    const manifest = manifestWith({}, { auth: { type: 'bearer', token: { env: 'SAMPLE_TOKEN' } } });
    const run = await harvestReplica({
      connector: connectorFromManifest(manifest, { env: {} }),
      baseUrl,
      sink: recordingSink(),
    });
    expect(run).toMatchObject({
      status: 'failed',
      errors: [
        { type: 'config', message: 'environment variable SAMPLE_TOKEN is not set (needed by sample)' },
      ],
    });
    expect(requests).toHaveLength(0);
  });

  it('asks for records past the last run with the incremental parameter and advances the cursor', async () => {
    const baseUrl = await serve((request) => {
      const after = request.query.get('updated_after');
      const newer = items.filter((item) => !after || item.updated > after);
      const token = Number(request.query.get('cursor') ?? '0');
      const next = token + 10 < newer.length ? String(token + 10) : null;
      return jsonResponse(200, { items: newer.slice(token, token + 10), next });
    });
    const manifest = manifestWith({
      paginator: { type: 'cursor-token', param: 'cursor', next: '$.next' },
      incremental: { field: 'updated', param: 'updated_after', format: 'iso' },
    });
    const connector = connectorFromManifest(manifest);
    const sink = recordingSink();
    await harvestReplica({ connector, baseUrl, sink });
    expect(sink.states.get('items')).toEqual([
      { position: '10', seen: items[9]?.updated },
      { position: '20', seen: items[19]?.updated },
      { cursor: items[24]?.updated },
    ]);
    requests.length = 0;
    const again = await harvestReplica({ connector, baseUrl, sink });
    expect(again).toMatchObject({ status: 'succeeded', fetched: 0 });
    expect(requests[0]?.url.searchParams.get('updated_after')).toBe('2026-01-25T00:00:00Z');
  });

  it('continues a since-paged stream from the last finished run', async () => {
    const baseUrl = await serve((request) => {
      const since = request.query.get('since');
      const newer = items.filter((item) => !since || item.updated > since);
      return jsonResponse(200, { items: newer.slice(0, 10), hasMore: newer.length > 10 });
    });
    const manifest = manifestWith({
      paginator: { type: 'since', param: 'since', field: 'updated', hasMore: '$.hasMore' },
    });
    const connector = connectorFromManifest(manifest);
    const sink = recordingSink();
    const first = await harvestReplica({ connector, baseUrl, sink });
    expect(first).toMatchObject({ status: 'succeeded', pages: 3, stored: 25 });
    expect(sink.states.get('items')?.at(-1)).toEqual({ cursor: items[24]?.updated });
    requests.length = 0;
    await harvestReplica({ connector, baseUrl, sink });
    expect(requests.map((request) => request.url.searchParams.get('since'))).toEqual([items[24]?.updated]);
  });

  it('fails the page when the body carries an error, as a config fault for auth codes', async () => {
    const baseUrl = await serve(() => jsonResponse(200, { error: { code: 498, message: 'Invalid Token' } }));
    const manifest = manifestWith({ request: { path: '/items', errorPath: '$.error' } });
    const run = await harvestReplica({
      connector: connectorFromManifest(manifest),
      baseUrl,
      sink: recordingSink(),
    });
    expect(run).toMatchObject({
      status: 'failed',
      errors: [{ type: 'config', message: 'sample items: the platform answered an error: Invalid Token' }],
    });
  });
});
