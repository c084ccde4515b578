import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type EdgeGraph, post, startEdgeGraph } from '../testing/edge-graph.ts';
import { INTERNAL_TOKEN_HEADER, ROLE_HEADER } from './internal-headers.ts';

const ADMIN_KEY = 'admin-key-0123456789abcdef0123';
const READER_KEY = 'reader-key-0123456789abcdef012';
const TOKEN = 'internal-token-0123456789abcdef0123456789';
const QUERY = '{ initiatives(first: 1) { totalCount edges { node { id campaigns { title } } } } }';

describe('API keys with roles at the gateway', () => {
  let edge: EdgeGraph;
  let closed: EdgeGraph;

  beforeAll(async () => {
    const apiKeys = {
      ops: { role: 'admin', key: ADMIN_KEY },
      research: { role: 'reader', key: READER_KEY },
    } as const;
    edge = await startEdgeGraph({
      server: { auth: { apiKeys } },
      proxy: ['initiatives', 'funding'],
      internalToken: TOKEN,
    });
    closed = await startEdgeGraph({ server: { auth: { publicRead: false, apiKeys } } });
  });
  afterAll(async () => {
    await edge.close();
    await closed.close();
  });

  const lastHeaders = (subgraph: string) => edge.proxies[subgraph]!.requests.at(-1)!;

  it('lets anyone read without a key by default, as the reader role', async () => {
    const answer = await post(edge.url, QUERY);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    for (const subgraph of ['initiatives', 'funding']) {
      expect(lastHeaders(subgraph)[ROLE_HEADER]).toBe('reader');
      expect(lastHeaders(subgraph)[INTERNAL_TOKEN_HEADER]).toBe(TOKEN);
    }
  });

  it('tells every subgraph the role of a known key, as a bearer token or in X-Api-Key', async () => {
    await post(edge.url, QUERY, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    expect(lastHeaders('initiatives')[ROLE_HEADER]).toBe('admin');
    expect(lastHeaders('funding')[ROLE_HEADER]).toBe('admin');
    await post(edge.url, QUERY, { headers: { 'x-api-key': READER_KEY } });
    expect(lastHeaders('initiatives')[ROLE_HEADER]).toBe('reader');
  });

  it('never passes on a role or a token the client sent itself', async () => {
    await post(edge.url, QUERY, {
      headers: { [ROLE_HEADER]: 'admin', [INTERNAL_TOKEN_HEADER]: 'forged' },
    });
    expect(lastHeaders('initiatives')[ROLE_HEADER]).toBe('reader');
    expect(lastHeaders('initiatives')[INTERNAL_TOKEN_HEADER]).toBe(TOKEN);
  });

  it('refuses an unknown key with 401 UNAUTHENTICATED, even where reading is public', async () => {
    const calls = edge.proxies.initiatives!.requests.length;
    const answer = await post(edge.url, QUERY, { headers: { authorization: 'Bearer not-a-key-of-ours' } });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
    expect(edge.proxies.initiatives!.requests.length).toBe(calls);
  });

  it('requires a key when public reading is off', async () => {
    const anonymous = await post(closed.url, QUERY);
    expect(anonymous.status).toBe(401);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const keyed = await post(closed.url, QUERY, { headers: { authorization: `Bearer ${READER_KEY}` } });
    expect(keyed.status).toBe(200);
    expect(keyed.errors).toBeUndefined();
  });
});
