import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type EdgeGraph, post, startEdgeGraph } from '../testing/edge-graph.ts';

describe('the execution time limit at the gateway', () => {
  let edge: EdgeGraph;

  beforeAll(async () => {
    edge = await startEdgeGraph({
      server: { limits: { timeoutMs: 1500, subgraphTimeoutMs: 20_000 } },
      proxy: ['initiatives'],
    });
    // The first request plans the query; it should not be the one that meets the limit.
    await post(edge.url, '{ initiatives(first: 1) { totalCount } }');
  });
  afterAll(() => edge.close());

  it('stops a request that runs past timeoutMs with 504 and the code TIMEOUT', async () => {
    edge.proxies.initiatives!.delayMs = 10_000;
    const answer = await post(edge.url, '{ initiatives(first: 1) { totalCount } }');
    edge.proxies.initiatives!.delayMs = 0;
    expect(answer.status).toBe(504);
    expect(codes(answer)).toEqual(['TIMEOUT']);
    expect(answer.errors?.[0]?.message).toBe('The request took longer than 1500 ms and was stopped');
  });

  it('answers normally once the subgraph is fast again', async () => {
    const answer = await post(edge.url, '{ initiatives(first: 1) { totalCount } }');
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ initiatives: { totalCount: 6 } });
  });
});
