import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeGraph, post, startEdgeGraph } from '../testing/edge-graph.ts';

const KEY = 'reader-key-0123456789abcdef012';

describe('the request log of the gateway', () => {
  let edge: EdgeGraph;

  beforeAll(async () => {
    edge = await startEdgeGraph({
      server: { auth: { apiKeys: { research: { role: 'reader', key: KEY } } } },
    });
  });
  afterAll(() => edge.close());

  const requestLines = () => edge.logs.filter((line) => line.msg === 'graphql request');

  it('writes one line per request with operation, duration, status, error codes and client address', async () => {
    const before = requestLines().length;
    await post(edge.url, 'query Count { initiatives(first: 1) { totalCount } }');
    const lines = requestLines().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      operationName: 'Count',
      operationType: 'query',
      status: 200,
      errorCodes: [],
      client: '127.0.0.1',
    });
    expect(typeof lines[0]?.durationMs).toBe('number');
    expect(lines[0]?.requestId).toEqual(expect.any(String));
  });

  it("names the API key's holder and role, never the key", async () => {
    await post(edge.url, '{ initiatives(first: 1) { totalCount } }', {
      headers: { authorization: `Bearer ${KEY}` },
    });
    const line = requestLines().at(-1);
    expect(line).toMatchObject({ key: 'research', role: 'reader' });
    expect(line).not.toHaveProperty('client');
    expect(JSON.stringify(edge.logs)).not.toContain(KEY);
  });

  it('logs the codes of refused requests too', async () => {
    await post(edge.url, '{ initiatives(first: 1) { totalCount } }', {
      headers: { authorization: 'Bearer wrong-key-of-some-length' },
    });
    expect(requestLines().at(-1)).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'] });
    await post(edge.url, '{ nonsense }');
    expect(requestLines().at(-1)).toMatchObject({ errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
  });
});
