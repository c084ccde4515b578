import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type EdgeGraph, post, startEdgeGraph } from '../testing/edge-graph.ts';

const QUERY = '{ initiatives(first: 1) { totalCount } }';
const KEY = 'reader-key-0123456789abcdef012';
// A rate this slow refills nothing within a test, so the outcome does not depend on timing.
const SLOW = { perMinute: 0.01 };

describe('rate limits at the gateway', () => {
  let direct: EdgeGraph;
  let proxied: EdgeGraph;

  beforeAll(async () => {
    const server = {
      auth: { apiKeys: { research: { role: 'reader', key: KEY } } },
      rateLimit: { anonymous: { ...SLOW, burst: 2 }, reader: { ...SLOW, burst: 4 } },
    } as const;
    direct = await startEdgeGraph({ server });
    proxied = await startEdgeGraph({ server: { ...server, trustProxy: true } });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });

  it('refuses an address over its burst with 429, Retry-After and RATE_LIMITED', async () => {
    expect((await post(direct.url, QUERY)).status).toBe(200);
    expect((await post(direct.url, QUERY)).status).toBe(200);
    const refused = await post(direct.url, QUERY);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors?.[0]?.message).toMatch(/^Too many requests; retry after \d+ s$/);
  });

  it('gives each API key its own bucket at its role rate', async () => {
    const headers = { authorization: `Bearer ${KEY}` };
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(direct.url, QUERY, { headers })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it('ignores X-Forwarded-For unless trustProxy is set', async () => {
    const spoofed = await post(direct.url, QUERY, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(spoofed.status).toBe(429);
  });

  it('with trustProxy, limits each address the proxy names on its own', async () => {
    const from = (address: string) => post(proxied.url, QUERY, { headers: { 'x-forwarded-for': address } });
    expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.7')).status).toBe(429);
    expect((await from('198.51.100.1')).status).toBe(200);
    // The proxy appends the address it saw; what the client wrote before it counts for nothing.
    expect((await from('198.51.100.99, 203.0.113.7')).status).toBe(429);
  });
});
