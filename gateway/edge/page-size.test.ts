import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type EdgeGraph, post, startEdgeGraph } from '../testing/edge-graph.ts';

describe('the page-size limit at the gateway', () => {
  let edge: EdgeGraph;

  beforeAll(async () => {
    edge = await startEdgeGraph({ server: { limits: { maxPageSize: 3 } }, proxy: ['initiatives'] });
  });
  afterAll(() => edge.close());

  const subgraphCalls = () => edge.proxies.initiatives!.requests.length;

  it('answers pages up to the maximum', async () => {
    const answer = await post<{ initiatives: { edges: unknown[] } }>(
      edge.url,
      '{ initiatives(first: 3) { edges { node { id } } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.initiatives.edges).toHaveLength(3);
  });

  it('refuses a larger `first` written in the query before any subgraph is called', async () => {
    const before = subgraphCalls();
    const answer = await post(edge.url, '{ initiatives(first: 4) { totalCount } }');
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0]?.message).toBe('`first` of initiatives is 4; at most 3 per page');
    expect(answer.errors?.[0]?.extensions).toMatchObject({ argumentName: 'first', maxPageSize: 3 });
    expect(subgraphCalls()).toBe(before);
  });

  it('refuses a larger page given as a variable, or as a variable default', async () => {
    const given = await post(edge.url, 'query($n: Int) { initiatives(first: $n) { totalCount } }', {
      variables: { n: 500 },
    });
    expect(codes(given)).toEqual(['BAD_USER_INPUT']);
    const defaulted = await post(edge.url, 'query($n: Int = 50) { initiatives(first: $n) { totalCount } }');
    expect(codes(defaulted)).toEqual(['BAD_USER_INPUT']);
  });

  it('finds an oversized page inside a fragment', async () => {
    const answer = await post(
      edge.url,
      'query { ...Page } fragment Page on Query { initiatives(first: 10) { totalCount } }',
    );
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
  });
});
