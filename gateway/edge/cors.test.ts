import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeGraph, startEdgeGraph } from '../testing/edge-graph.ts';

const BODY = JSON.stringify({ query: '{ initiatives(first: 1) { totalCount } }' });

describe('CORS at the gateway', () => {
  let listed: EdgeGraph;
  let open: EdgeGraph;

  beforeAll(async () => {
    listed = await startEdgeGraph({
      server: {
        cors: { origins: ['https://dashboard.example.org/', 'https://atlas.example.net'], credentials: true },
      },
    });
    open = await startEdgeGraph();
  });
  afterAll(async () => {
    await listed.close();
    await open.close();
  });

  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
  const post = (url: string, origin: string) =>
    fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: BODY });

  it('answers the preflight of a listed origin, naming that origin, the methods and the key headers', async () => {
    const response = await preflight(listed.url, 'https://dashboard.example.org');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('gives an origin that is not listed no CORS headers, so its page cannot read the answer', async () => {
    const response = await post(listed.url, 'https://evil.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const asked = await preflight(listed.url, 'https://evil.example.com');
    expect(asked.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets any origin read by default, without credentials', async () => {
    const response = await post(open.url, 'https://anyone.example.com');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://anyone.example.com');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-expose-headers')).toContain('retry-after');
  });
});
